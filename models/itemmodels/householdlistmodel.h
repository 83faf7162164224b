// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "householdrepository.h"

#include <QAbstractTableModel>

namespace Posyandu {

// The household register as a table. Holds summaries only (a few hundred
// bytes a row), refreshed from the repository after a save or a search.
// Qt Core roles only: colours and icons belong to ui/.
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeadName, KkNumber, RtRw, Dusun, Members, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit HouseholdListModel(Storage::HouseholdRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reloads with `filter` (empty = everything). Returns the error in words, or empty.
    QString refresh(const QString &filter = {});
    const QString &filter() const { return m_filter; }

private:
    Storage::HouseholdRepository &m_repository;
    QList<Storage::HouseholdSummary> m_rows;
    QString m_filter;
};

} // namespace Posyandu

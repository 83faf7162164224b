// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targetlist.h"

#include <QAbstractTableModel>

namespace Posyandu {

// The session's target list (sasaran): who is due today and whether they
// have been served yet. Filterable by name as the cadre types; the filter
// keeps the full list so the "served" ticks survive a search.
class TargetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Done, Name, Age, Group, Due, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1, ServedRole, DangerRole };

    explicit TargetListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTargets(const QList<Storage::Target> &targets, const QDate &date);
    // Shows only people whose name or household head contains every word of `text`.
    void setFilter(const QString &text);
    const Storage::Target &targetAt(int row) const { return m_visible.at(row); }
    int rowOf(const QString &memberId) const;
    int servedCount() const;
    int dangerCount() const; // targets with a danger sign, for the day's summary
    int totalCount() const { return int(m_all.size()); }

private:
    void rebuild();

    QList<Storage::Target> m_all;
    QList<Storage::Target> m_visible;
    QString m_filter;
    QDate m_date;
};

} // namespace Posyandu

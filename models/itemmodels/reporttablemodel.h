// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporttable.h"

#include <QAbstractTableModel>

namespace Posyandu {

// One report table for a view: the table's own columns; percentages and
// decimals shown with the UI's decimal mark, empty cells as a dash.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTable(const Reports::ReportTable &table);
    const Reports::ReportTable &table() const { return m_table; }

private:
    Reports::ReportTable m_table;
};

} // namespace Posyandu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include <QLocale>

namespace Posyandu {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    const bool number = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double;
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::EditRole)
        return value;
    if (role != Qt::DisplayRole)
        return {};
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'f', 1);
    return value.toString();
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_table.columns.value(section);
}

void ReportTableModel::setTable(const Reports::ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

} // namespace Posyandu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdlistmodel.h"

namespace Posyandu {

HouseholdListModel::HouseholdListModel(Storage::HouseholdRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::HouseholdSummary &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case HeadName:
        return row.headName;
    case KkNumber:
        return row.kkNumber;
    case RtRw:
        return QStringLiteral("%1/%2").arg(row.rt, row.rw);
    case Dusun:
        return row.dusun;
    case Members:
        return row.memberCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case HeadName:
        return tr("Head of household");
    case KkNumber:
        return tr("Family card no.");
    case RtRw:
        return tr("RT/RW");
    case Dusun:
        return tr("Dusun");
    case Members:
        return tr("Members");
    case ColumnCount:
        break;
    }
    return {};
}

QString HouseholdListModel::refresh(const QString &filter)
{
    auto rows = filter.trimmed().isEmpty() ? m_repository.summaries() : m_repository.search(filter);
    if (!rows)
        return rows.error().message;
    beginResetModel();
    m_rows = std::move(rows).value();
    m_filter = filter;
    endResetModel();
    return {};
}

} // namespace Posyandu

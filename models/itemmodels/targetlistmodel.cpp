// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetlistmodel.h"

#include "memberlistmodel.h"

namespace Posyandu {

TargetListModel::TargetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TargetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::Target &t = m_visible.at(index.row());
    if (role == MemberIdRole)
        return t.memberId;
    if (role == ServedRole)
        return t.servedToday;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Household of %1").arg(t.headName);
    if (role == DangerRole)
        return t.dangerSigns;
    if (role == Qt::ToolTipRole && index.column() == Due)
        return data(index, Qt::DisplayRole); // read whole when the column cuts it
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Done:
        return t.servedToday ? QStringLiteral("✓") : QString();
    case Name:
        return t.name;
    case Age:
        return MemberListModel::ageText(t.birthDate, m_date);
    case Group:
        return Storage::TargetList::groupLabel(t.group);
    case Due:
        return t.dangerSigns.isEmpty()
            ? t.due.join(QStringLiteral("; "))
            : tr("⚠ %1").arg(t.dangerSigns.join(QStringLiteral("; "))) + QStringLiteral(" · ") + t.due.join(QStringLiteral("; "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Done:
        return tr("Done");
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case Group:
        return tr("Group");
    case Due:
        return tr("Due today");
    case ColumnCount:
        break;
    }
    return {};
}

void TargetListModel::setTargets(const QList<Storage::Target> &targets, const QDate &date)
{
    m_all = targets;
    m_date = date;
    rebuild();
}

void TargetListModel::setFilter(const QString &text)
{
    m_filter = text;
    rebuild();
}

void TargetListModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    const QStringList words = m_filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const Storage::Target &t : m_all) {
        bool matches = true;
        for (const QString &w : words)
            matches = matches && (t.name.contains(w, Qt::CaseInsensitive) || t.headName.contains(w, Qt::CaseInsensitive));
        if (matches)
            m_visible.append(t);
    }
    endResetModel();
}

int TargetListModel::rowOf(const QString &memberId) const
{
    for (int i = 0; i < m_visible.size(); ++i)
        if (m_visible.at(i).memberId == memberId)
            return i;
    return -1;
}

int TargetListModel::dangerCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Storage::Target &t) { return !t.dangerSigns.isEmpty(); }));
}

int TargetListModel::servedCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Storage::Target &t) { return t.servedToday; }));
}

} // namespace Posyandu

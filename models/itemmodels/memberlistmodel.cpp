// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberlistmodel.h"
#include "userdate.h"

#include "age.h"
#include "codes.h"
#include "memberrepository.h"

#include <QLocale>

namespace Posyandu {

MemberListModel::MemberListModel(Storage::MemberRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberListModel::ageText(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return {};
    const int months = ageInMonths(birth, on);
    if (months < 1)
        return tr("%n day(s)", nullptr, int(birth.daysTo(on)));
    if (months < 24)
        return tr("%n month(s)", nullptr, months);
    return tr("%n year(s)", nullptr, months / 12);
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return m.name;
    case Nik:
        return m.nik;
    case Sex:
        return m.sex;
    case BirthDate: {
        const QString date = formatUserDate(m.birthDate);
        return m.birthDateEstimated ? tr("± %1").arg(date) : date;
    }
    case Age:
        return ageText(m.birthDate, m.status == QLatin1String("alive") || !m.statusDate.isValid() ? m_today : m.statusDate);
    case Relationship:
        return Codes::relationshipLabel(m.relationship);
    case Status:
        return Codes::memberStatusLabel(m.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Nik:
        return tr("NIK");
    case Sex:
        return tr("Sex");
    case BirthDate:
        return tr("Birth date");
    case Age:
        return tr("Age");
    case Relationship:
        return tr("Relationship");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QString MemberListModel::setHousehold(const QString &householdId, const QDate &today)
{
    QList<Member> members;
    if (!householdId.isEmpty()) {
        auto loaded = m_repository.ofHousehold(householdId);
        if (!loaded)
            return loaded.error().message;
        members = std::move(loaded).value();
    }
    beginResetModel();
    m_householdId = householdId;
    m_members = std::move(members);
    m_today = today;
    endResetModel();
    return {};
}

} // namespace Posyandu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberrepository.h"

#include "codes.h"
#include "repositorysupport.h"
#include "sql.h"

namespace Posyandu::Storage {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, household_id, coalesce(nik, ''), name, sex, birth_date, birth_date_estimated, relationship, father_name, "
                   "mother_name, education, occupation, disability, status, status_date FROM member ");

Member readMember(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toString();
    m.householdId = q.value(1).toString();
    m.nik = q.value(2).toString();
    m.name = q.value(3).toString();
    m.sex = q.value(4).toString();
    m.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    m.birthDateEstimated = q.value(6).toBool();
    m.relationship = q.value(7).toString();
    m.fatherName = q.value(8).toString();
    m.motherName = q.value(9).toString();
    m.education = q.value(10).toString();
    m.occupation = q.value(11).toString();
    m.disability = q.value(12).toString();
    m.status = q.value(13).toString();
    m.statusDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    return m;
}
} // namespace

Result<Saved> MemberRepository::save(const Member &input, const QDate &today)
{
    const Member m = input.normalized();
    return saveValidated(m_db, QStringLiteral("member"), m.id, m.validate(today), columns(m));
}

QVariantMap MemberRepository::columns(const Member &m)
{
    return {{QStringLiteral("household_id"), m.householdId},
            {QStringLiteral("nik"), nullIfEmpty(m.nik)},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("sex"), m.sex},
            {QStringLiteral("birth_date"), m.birthDate},
            {QStringLiteral("birth_date_estimated"), m.birthDateEstimated},
            {QStringLiteral("relationship"), m.relationship},
            {QStringLiteral("father_name"), m.fatherName},
            {QStringLiteral("mother_name"), m.motherName},
            {QStringLiteral("education"), m.education},
            {QStringLiteral("occupation"), m.occupation},
            {QStringLiteral("disability"), m.disability},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("status_date"), m.status == QLatin1String("alive") ? QVariant() : QVariant(m.statusDate)}};
}

Result<std::optional<Member>> MemberRepository::find(const QString &id) const
{
    auto r = Sql::run(m_db.sql(), kSelect + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), {id});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? std::optional<Member>(readMember(q)) : std::optional<Member>();
}

Result<QList<Member>> MemberRepository::ofHousehold(const QString &householdId) const
{
    // In family-card order: the head, spouse, children, ... (Codes::relationships()), the elder first within each.
    static const QString byFamilyCard = [] {
        const QStringList relationships = Codes::relationships();
        QStringList cases;
        for (qsizetype i = 0; i < relationships.size(); ++i)
            cases.append(QStringLiteral("WHEN '%1' THEN %2").arg(relationships.at(i)).arg(i));
        return QStringLiteral("CASE relationship %1 ELSE %2 END, birth_date, name").arg(cases.join(QLatin1Char(' '))).arg(relationships.size());
    }();
    auto r = Sql::run(m_db.sql(), kSelect + QStringLiteral("WHERE household_id = ? AND deleted_at IS NULL ORDER BY ") + byFamilyCard, {householdId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<Member> members;
    while (q.next())
        members.append(readMember(q));
    return members;
}

Result<Saved> MemberRepository::moveToHousehold(const QString &memberId, const QString &householdId, const QString &relationship)
{
    auto member = find(memberId);
    if (!member)
        return member.error();
    ValidationReport report;
    if (!member.value())
        report.addError(QStringLiteral("member_id"), tr("This person is not in the register."));
    else if (member.value()->householdId == householdId)
        report.addError(QStringLiteral("household_id"), tr("This person already belongs to that household."));
    auto target = Sql::run(m_db.sql(), QStringLiteral("SELECT 1 FROM household WHERE id = ? AND deleted_at IS NULL"), {householdId});
    if (!target)
        return target.error();
    if (QSqlQuery q = std::move(target).value(); !q.next())
        report.addError(QStringLiteral("household_id"), tr("Choose the household to move to."));
    if (!Codes::relationships().contains(relationship))
        report.addError(QStringLiteral("relationship"), tr("Choose the relationship to the head of the family, as on the family card."));
    return saveValidated(m_db, QStringLiteral("member"), memberId, report,
                         {{QStringLiteral("household_id"), householdId}, {QStringLiteral("relationship"), relationship}});
}

Result<QList<Member>> MemberRepository::likelyDuplicates(const Member &input) const
{
    const Member m = input.normalized();
    auto r = Sql::run(m_db.sql(),
                      kSelect
                          + QStringLiteral("WHERE deleted_at IS NULL AND id <> ? AND ((nik IS NOT NULL AND nik = ?) "
                                           "OR (lower(name) = lower(?) AND birth_date = ?)) LIMIT 10"),
                      {m.id, nullIfEmpty(m.nik), m.name, m.birthDate});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<Member> found;
    while (q.next())
        found.append(readMember(q));
    return found;
}

} // namespace Posyandu::Storage

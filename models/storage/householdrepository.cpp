// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdrepository.h"

#include "memberrepository.h"
#include "repositorysupport.h"
#include "sql.h"

#include <QRegularExpression>

namespace Posyandu::Storage {

namespace {
const QString kSummarySelect =
    QStringLiteral("SELECT h.id, h.head_name, coalesce(h.kk_number, ''), h.rt, h.rw, h.dusun, "
                   "(SELECT count(*) FROM member m WHERE m.household_id = h.id AND m.deleted_at IS NULL AND m.status = 'alive') "
                   "FROM household h ");

QList<HouseholdSummary> readSummaries(QSqlQuery &q)
{
    QList<HouseholdSummary> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toInt()});
    return rows;
}

QVariantMap columns(const Household &h)
{
    return {{QStringLiteral("posyandu_id"), h.posyanduId},
            {QStringLiteral("kk_number"), nullIfEmpty(h.kkNumber)},
            {QStringLiteral("head_name"), h.headName},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("rt"), h.rt},
            {QStringLiteral("rw"), h.rw},
            {QStringLiteral("dusun"), h.dusun},
            {QStringLiteral("village_code"), h.villageCode},
            {QStringLiteral("dasawisma"), h.dasawisma}};
}

// The head as registerWithHead writes them: named as the household's head, with the head of the family's
// relationship (the SHDK code first in Codes::relationships()), in household `id`.
Member asHead(const Member &head, const Household &h, const QString &id)
{
    Member m = head;
    m.householdId = id;
    m.name = h.headName;
    m.relationship = QStringLiteral("kepala_keluarga");
    return m.normalized();
}

// Both records' issues, each at its field. The head's name is the household's head_name: told once, there.
// The head's household is the one being registered, so its id (not known before the insert) is no issue.
ValidationReport validatedPair(const Household &h, const Member &head, const QDate &today)
{
    ValidationReport report = h.validate();
    bool nameExplained = false;
    for (const ValidationIssue &issue : report.issues())
        nameExplained = nameExplained || issue.field == QLatin1String("head_name");
    const ValidationReport headReport = head.validate(today);
    for (ValidationIssue issue : headReport.issues()) {
        if (issue.field == QLatin1String("household_id"))
            continue;
        if (issue.field == QLatin1String("name")) {
            if (nameExplained)
                continue;
            issue.field = QStringLiteral("head_name");
        }
        report.append({issue});
    }
    return report;
}
} // namespace

Result<Saved> HouseholdRepository::save(const Household &input)
{
    const Household h = input.normalized();
    return saveValidated(m_db, QStringLiteral("household"), h.id, h.validate(), columns(h));
}

ValidationReport HouseholdRepository::validateWithHead(const Household &household, const Member &head, const QDate &today)
{
    const Household h = household.normalized();
    return validatedPair(h, asHead(head, h, QString()), today);
}

Result<Saved> HouseholdRepository::registerWithHead(const Household &input, const Member &headInput, const QDate &today)
{
    if (!input.id.isEmpty())
        return Error{tr("This household is registered already: add its head as a member of it."), {}};
    const Household h = input.normalized();
    const QString id = Ids::newUuidV7();
    const Member head = asHead(headInput, h, id);
    const ValidationReport report = validatedPair(h, head, today);
    if (report.hasErrors())
        return Error{report.firstError(), report.issues()};

    Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    ChangeSet changes;
    ChangeWriter writer(m_db, &changes);
    if (auto written = writer.insert(QStringLiteral("household"), id, columns(h)); !written)
        return written.error();
    if (auto written = writer.insert(QStringLiteral("member"), Ids::newUuidV7(), MemberRepository::columns(head)); !written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    QList<ValidationIssue> warnings;
    for (const ValidationIssue &issue : report.issues())
        if (issue.severity == ValidationIssue::Severity::Warning)
            warnings.append(issue);
    return Saved{id, warnings, changes};
}

Result<std::optional<Household>> HouseholdRepository::find(const QString &id) const
{
    auto r = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, posyandu_id, coalesce(kk_number, ''), head_name, address, rt, rw, "
                                     "dusun, village_code, dasawisma FROM household WHERE id = ? AND deleted_at IS NULL"),
                      {id});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return std::optional<Household>();
    Household h;
    h.id = q.value(0).toString();
    h.posyanduId = q.value(1).toString();
    h.kkNumber = q.value(2).toString();
    h.headName = q.value(3).toString();
    h.address = q.value(4).toString();
    h.rt = q.value(5).toString();
    h.rw = q.value(6).toString();
    h.dusun = q.value(7).toString();
    h.villageCode = q.value(8).toString();
    h.dasawisma = q.value(9).toString();
    return std::optional<Household>(h);
}

Result<QList<HouseholdSummary>> HouseholdRepository::summaries() const
{
    auto r = Sql::run(m_db.sql(), kSummarySelect + QStringLiteral("WHERE h.deleted_at IS NULL ORDER BY h.head_name COLLATE NOCASE"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return readSummaries(q);
}

Result<QList<HouseholdSummary>> HouseholdRepository::search(const QString &text, int limit) const
{
    // Each word becomes a quoted prefix term, so user input can never be FTS5
    // syntax (a lone quote or "NOT" must not break the query).
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    if (terms.isEmpty())
        return summaries();
    auto r = Sql::run(m_db.sql(),
                      kSummarySelect
                          + QStringLiteral("WHERE h.rowid IN (SELECT rowid FROM household_search "
                                           "WHERE household_search MATCH ? LIMIT ?) "
                                           "AND h.deleted_at IS NULL ORDER BY h.head_name COLLATE NOCASE"),
                      {terms.join(QLatin1Char(' ')), limit});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return readSummaries(q);
}

} // namespace Posyandu::Storage

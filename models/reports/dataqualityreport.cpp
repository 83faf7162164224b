// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataqualityreport.h"

#include "database.h"
#include "nik.h"
#include "sql.h"

#include <QHash>

#include <algorithm>

namespace Posyandu::Reports {

namespace {
// Everyone counted: living in scope on the month's last day.
const QString kPeople = QStringLiteral(" FROM member m JOIN household h ON h.id = m.household_id WHERE h.deleted_at IS NULL AND ")
    + ReportScope::livingSql() + QStringLiteral(" AND ");

Posyandu::Result<int> countOf(Storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto r = Storage::Sql::run(db.sql(), sql, values);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

Posyandu::Result<DataQualityReport::Result> DataQualityReport::compute(Storage::Database &db, const ReportScope &scope,
                                                                       const QStringList &posyanduIds, bool withNames)
{
    const ScopeFilter filter(posyanduIds);
    const QDate end = scope.lastDay();
    const QVariantList people{end, end, filter.json};
    Result r;
    // Counting and duplicate detection are SQLite's (a district has 150,000
    // people); the NIK rules stay in one place, Nik::parse, run on the NIKs only.
    auto counts = Storage::Sql::run(db.sql(),
                                    QStringLiteral("SELECT count(*), coalesce(sum((m.nik IS NULL OR m.nik = '') AND m.birth_date <= ?), 0)") + kPeople
                                        + ScopeFilter::clause(),
                                    QVariantList{end.addYears(-17)} + people);
    if (!counts)
        return counts.error();
    if (QSqlQuery q = std::move(counts).value(); q.next()) {
        r.people = q.value(0).toInt();
        r.adultsWithoutNik = q.value(1).toInt();
    }
    auto sameNik = countOf(db,
                           QStringLiteral("SELECT coalesce(sum(c), 0) FROM (SELECT count(*) AS c") + kPeople + ScopeFilter::clause()
                               + QStringLiteral(" AND m.nik <> '' GROUP BY m.nik HAVING c > 1)"),
                           people);
    auto samePerson = countOf(db,
                              QStringLiteral("SELECT coalesce(sum(c), 0) FROM (SELECT count(*) AS c") + kPeople + ScopeFilter::clause()
                                  + QStringLiteral(" GROUP BY lower(trim(m.name)), m.birth_date HAVING c > 1)"),
                              people);
    if (!sameNik || !samePerson)
        return !sameNik ? sameNik.error() : samePerson.error();
    r.sameNik = sameNik.value();
    r.sameNameAndBirth = samePerson.value();

    // Names are read only for the one-Posyandu list.
    auto m =
        Storage::Sql::run(db.sql(),
                          QStringLiteral("SELECT coalesce(m.nik, ''), m.sex, m.birth_date%1")
                                  .arg(withNames ? QStringLiteral(", m.name, h.head_name, lower(trim(m.name)) || '|' || m.birth_date") : QString())
                              + kPeople + ScopeFilter::clause() + (withNames ? QString() : QStringLiteral(" AND m.nik <> ''")),
                          people);
    if (!m)
        return m.error();
    QHash<QString, int> niks, persons;
    struct Named {
        QString name, head, nik, personKey;
    };
    QList<Named> named;
    for (QSqlQuery q = std::move(m).value(); q.next();) {
        const QString nik = q.value(0).toString();
        const QDate birth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        QString problem;
        if (nik.isEmpty()) {
            if (birth.addYears(17) <= end)
                problem = tr("no NIK (17 or older)");
        } else {
            ValidationReport report;
            const auto parts = Nik::parse(nik, report);
            if (!parts) {
                ++r.invalidNik;
                problem = tr("malformed NIK %1").arg(nik);
            } else {
                Nik::crossCheck(*parts, q.value(1).toString(), birth, report);
                if (!report.issues().isEmpty()) {
                    ++r.nikMismatch;
                    problem = tr("NIK %1 disagrees with the birth date or sex").arg(nik);
                }
            }
        }
        if (!withNames)
            continue;
        const Named person{q.value(3).toString(), q.value(4).toString(), nik, q.value(5).toString()};
        if (!problem.isEmpty())
            r.findings.append({person.name, person.head, problem});
        if (!nik.isEmpty())
            niks[nik] += 1;
        persons[person.personKey] += 1;
        named.append(person);
    }
    for (const Named &person : std::as_const(named)) {
        if (!person.nik.isEmpty() && niks.value(person.nik) > 1)
            r.findings.append({person.name, person.head, tr("NIK %1 is registered %2 times").arg(person.nik).arg(niks.value(person.nik))});
        if (persons.value(person.personKey) > 1)
            r.findings.append({person.name, person.head, tr("same name and birth date as another person")});
    }
    // The list reads by name; sorted here rather than making SQLite sort every person.
    std::sort(r.findings.begin(), r.findings.end(),
              [](const Finding &a, const Finding &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    auto o = countOf(db, QStringLiteral("SELECT count(*) FROM outbox"), {});
    if (!o)
        return o.error();
    r.unsynced = o.value();
    return r;
}

QList<ReportTable> DataQualityReport::tables(const Result &r, bool withNames)
{
    ReportTable quality;
    quality.id = QStringLiteral("data_quality");
    quality.title = tr("Data quality");
    quality.columns = {tr("Check"), tr("People or changes")};
    quality.rows = {{tr("People in the register"), r.people},
                    {tr("17 or older without a NIK"), r.adultsWithoutNik},
                    {tr("Malformed NIK"), r.invalidNik},
                    {tr("NIK disagrees with birth date or sex"), r.nikMismatch},
                    {tr("Same NIK on more than one person"), r.sameNik},
                    {tr("Same name and birth date (likely duplicates)"), r.sameNameAndBirth},
                    {tr("Changes on this device not yet acknowledged by the server"), r.unsynced}};
    quality.notes << tr("Sync conflicts appear here once this device syncs with the regional server.");
    QList<ReportTable> result{quality};
    if (withNames) {
        ReportTable list;
        list.id = QStringLiteral("data_quality_list");
        list.title = tr("Records to correct");
        list.columns = {tr("Name"), tr("Household"), tr("Problem")};
        for (const Finding &f : r.findings)
            list.rows.append({f.name, f.headName, f.problem});
        result.append(list);
    }
    return result;
}

} // namespace Posyandu::Reports

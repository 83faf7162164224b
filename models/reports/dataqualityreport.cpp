// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataqualityreport.h"

#include "database.h"
#include "nik.h"
#include "sql.h"

#include <QHash>

#include <algorithm>

namespace Posyandu::Reports {

Posyandu::Result<DataQualityReport::Result> DataQualityReport::compute(Storage::Database &db, const ReportScope &scope,
                                                                       const QStringList &posyanduIds)
{
    const ScopeFilter filter(posyanduIds);
    const QDate end = scope.lastDay();
    auto m = Storage::Sql::run(db.sql(), QStringLiteral(
        "SELECT m.name, h.head_name, coalesce(m.nik, ''), m.sex, m.birth_date FROM member m JOIN household h ON h.id = m.household_id "
        "WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL AND m.birth_date <= ? "
        "AND (m.status = 'alive' OR m.status_date IS NULL OR m.status_date > ?) AND ") + ScopeFilter::clause(),
        {end, end, filter.json});
    if (!m)
        return m.error();
    Result r;
    QHash<QString, int> niks, people;
    struct Row {
        QString name, head, nik, birthKey;
    };
    QList<Row> rows;
    for (QSqlQuery q = std::move(m).value(); q.next();) {
        ++r.people;
        const QString name = q.value(0).toString(), head = q.value(1).toString(), nik = q.value(2).toString();
        const QDate birth = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        auto note = [&](const QString &problem) { r.findings.append({name, head, problem}); };
        if (nik.isEmpty()) {
            if (birth.addYears(17) <= end) {
                ++r.adultsWithoutNik;
                note(tr("no NIK (17 or older)"));
            }
        } else {
            ValidationReport report;
            const auto parts = Nik::parse(nik, report);
            if (!parts) {
                ++r.invalidNik;
                note(tr("malformed NIK %1").arg(nik));
            } else {
                Nik::crossCheck(*parts, q.value(3).toString(), birth, report);
                if (!report.issues().isEmpty()) {
                    ++r.nikMismatch;
                    note(tr("NIK %1 disagrees with the birth date or sex").arg(nik));
                }
            }
            niks[nik] += 1;
        }
        const QString personKey = name.simplified().toLower() + QLatin1Char('|') + birth.toString(Qt::ISODate);
        people[personKey] += 1;
        rows.append({name, head, nik, personKey});
    }
    for (const Row &row : rows) {
        if (!row.nik.isEmpty() && niks.value(row.nik) > 1) {
            ++r.sameNik;
            r.findings.append({row.name, row.head, tr("NIK %1 is registered %2 times").arg(row.nik).arg(niks.value(row.nik))});
        }
        if (people.value(row.birthKey) > 1) {
            ++r.sameNameAndBirth;
            r.findings.append({row.name, row.head, tr("same name and birth date as another person")});
        }
    }
    // The list reads by name; sorted here rather than making SQLite sort every person.
    std::sort(r.findings.begin(), r.findings.end(), [](const Finding &a, const Finding &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    auto o = Storage::Sql::run(db.sql(), QStringLiteral("SELECT count(*) FROM outbox"));
    if (!o)
        return o.error();
    if (QSqlQuery q = std::move(o).value(); q.next())
        r.unsynced = q.value(0).toInt();
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

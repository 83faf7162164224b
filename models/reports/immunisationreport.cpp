// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisationreport.h"

#include "database.h"
#include "sql.h"

#include <QHash>

namespace Posyandu::Reports {

Posyandu::Result<ImmunisationReport::Result> ImmunisationReport::compute(Storage::Database &db, const ReportScope &scope,
                                                                         const QList<UnderFive> &children, const ScheduleRules &rules)
{
    QHash<QString, const UnderFive *> byId;
    QStringList ids;
    for (const UnderFive &c : children) {
        byId.insert(c.memberId, &c);
        ids << c.memberId;
    }
    const QString json = jsonArrayOf(ids);
    const QDate end = scope.lastDay();
    const QDate january(scope.year, 1, 1);
    Result r;
    for (const VaccineRule &rule : rules.vaccines()) {
        r.dosesThisMonth.insert(rule.code, 0);
        r.dosesThisYear.insert(rule.code, 0);
    }
    QHash<QString, QHash<QString, QDate>> given; // member -> vaccine -> first date given
    auto q = Storage::Sql::run(db.sql(),
                               QStringLiteral("SELECT member_id, vaccine_code, given_on FROM immunisation WHERE deleted_at IS NULL "
                                              "AND given_on <= ? AND member_id IN (SELECT value FROM json_each(?)) ORDER BY given_on"),
                               {end, json});
    if (!q)
        return q.error();
    for (QSqlQuery rows = std::move(q).value(); rows.next();) {
        const QString member = rows.value(0).toString(), vaccine = rows.value(1).toString();
        const QDate on = QDate::fromString(rows.value(2).toString(), Qt::ISODate);
        if (!given[member].contains(vaccine))
            given[member].insert(vaccine, on);
        if (on >= scope.firstDay())
            r.dosesThisMonth[vaccine] += 1;
        if (on >= january)
            r.dosesThisYear[vaccine] += 1;
    }

    for (const UnderFive &child : children) {
        const auto &doses = given.value(child.memberId);
        QDate completed;
        bool complete = true;
        QStringList late;
        for (const VaccineRule &rule : rules.vaccines()) {
            const bool has = doses.contains(rule.code);
            if (rule.completeBasic) {
                complete = complete && has;
                if (has && doses.value(rule.code) > completed)
                    completed = doses.value(rule.code);
            }
            // Overdue: more than a month past the dose's age, never given.
            if (!has && !rule.endemicOnly && child.ageMonths >= rule.dueMonths + 1)
                late << rule.label;
        }
        if (complete && completed.isValid()) {
            r.completedThisMonth += completed >= scope.firstDay() ? 1 : 0;
            r.completedThisYear += completed >= january ? 1 : 0;
        }
        if (!late.isEmpty())
            r.overdue.append({&child, late});
        if (const QString capsule = rules.vitaminACapsule(child.birthDate, end); !capsule.isEmpty())
            (capsule == QLatin1String("blue") ? r.blueTarget : r.redTarget) += 1;
    }

    r.vitaminARound = rules.isVitaminAMonth(scope.firstDay());
    auto a = Storage::Sql::run(db.sql(),
                               QStringLiteral("SELECT capsule, count(DISTINCT member_id) FROM vitamin_a WHERE deleted_at IS NULL "
                                              "AND given_on BETWEEN ? AND ? AND member_id IN (SELECT value FROM json_each(?)) GROUP BY capsule"),
                               {scope.firstDay(), end, json});
    if (!a)
        return a.error();
    for (QSqlQuery rows = std::move(a).value(); rows.next();)
        (rows.value(0).toString() == QLatin1String("blue") ? r.blueGiven : r.redGiven) = rows.value(1).toInt();
    return r;
}

QList<ReportTable> ImmunisationReport::tables(const Result &r, const ScheduleRules &rules, bool withNames)
{
    ReportTable doses;
    doses.id = QStringLiteral("immunisation");
    doses.title = tr("Immunisation");
    doses.columns = {tr("Vaccine"), tr("Doses this month"), tr("Doses since January")};
    for (const VaccineRule &rule : rules.vaccines())
        doses.rows.append({rule.label, r.dosesThisMonth.value(rule.code), r.dosesThisYear.value(rule.code)});
    doses.rows.append({tr("Completed basic immunisation (children)"), r.completedThisMonth, r.completedThisYear});
    doses.notes << tr("Complete basic immunisation: every dose due before 12 months in the schedule rules, counted in the month "
                      "of the last of those doses.");

    ReportTable vitamin;
    vitamin.id = QStringLiteral("vitamin_a");
    vitamin.title = tr("Vitamin A");
    vitamin.columns = {tr("Capsule"), tr("Target"), tr("Given this month"), tr("%")};
    vitamin.rows = {{tr("Blue (6-11 months)"), r.blueTarget, r.blueGiven, percentCell(r.blueGiven, r.blueTarget)},
                    {tr("Red (12-59 months)"), r.redTarget, r.redGiven, percentCell(r.redGiven, r.redTarget)}};
    if (!r.vitaminARound) {
        vitamin.rows = {{tr("Blue (6-11 months)"), QVariant(), r.blueGiven, QVariant()},
                        {tr("Red (12-59 months)"), QVariant(), r.redGiven, QVariant()}};
        vitamin.notes << tr("Not a vitamin A month (February and August): targets are counted for those months only.");
    }

    QList<ReportTable> result{doses, vitamin};
    if (withNames) {
        ReportTable late;
        late.id = QStringLiteral("immunisation_overdue");
        late.title = tr("Children with overdue doses");
        late.columns = {tr("Name"), tr("Household"), tr("Age (months)"), tr("Doses not given")};
        for (const Overdue &o : r.overdue)
            late.rows.append({o.child->name, o.child->headName, o.child->ageMonths, o.doses.join(QStringLiteral(", "))});
        result.append(late);
    }
    return result;
}

} // namespace Posyandu::Reports

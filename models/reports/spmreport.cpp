// SPDX-License-Identifier: GPL-3.0-or-later
#include "spmreport.h"

#include "age.h"
#include "database.h"
#include "pregnancywindow.h"
#include "referraldestination.h"
#include "sql.h"

#include <QHash>

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <functional>

namespace Posyandu::Reports {

namespace {
// Latest answers grouped by what decides whether they count: the value, and
// for people their age in completed months on the month's last day, sex
// and pregnancy then (households: age -1). SQLite does the grouping, so a
// district's answers arrive as a few hundred rows, not one per subject.
struct Answer {
    QString value;
    int ageMonths = -1;
    QString sex;
    bool pregnant = false;
    int subjects = 0;
};
using Answers = QList<Answer>;

// The SQL pieces every query shares. Each comes with the values its "?"
// take, in order, so a query is assembled together with its bindings.
struct Sql {
    QString text;
    QVariantList values;
    Sql &operator<<(const Sql &other)
    {
        text += other.text;
        values += other.values;
        return *this;
    }
};

Sql ageOf(const QDate &end)
{
    // Completed months, as ageInMonths(): (Y*12 + M) - (y*12 + m) - (D < d).
    return {QStringLiteral("(? - (CAST(substr(m.birth_date, 1, 4) AS INTEGER) * 12 + CAST(substr(m.birth_date, 6, 2) AS INTEGER)) "
                           "- (? < CAST(substr(m.birth_date, 9, 2) AS INTEGER)))"),
            {end.year() * 12 + end.month(), end.day()}};
}

Sql pregnantOn(const QDate &end)
{
    // Only women are looked up: most of a register never needs the pregnancy table.
    return {QStringLiteral("(m.sex = 'P' AND EXISTS (SELECT 1 FROM pregnancy p WHERE p.member_id = m.id AND p.deleted_at IS NULL AND ")
                + PregnancyWindow::ongoingSql() + QStringLiteral("))"),
            PregnancyWindow::valuesOn(end)};
}

Sql livingOn(const QDate &end)
{
    return {ReportScope::livingSql(), {end, end}};
}

Sql inScope(const QString &json)
{
    return {QStringLiteral("h.deleted_at IS NULL AND ") + ScopeFilter::clause(), {json}};
}

Posyandu::Result<QSqlQuery> run(Storage::Database &db, const Sql &sql)
{
    return Storage::Sql::run(db.sql(), sql.text, sql.values);
}

// Reads rows of (value, age, sex, pregnant, subjects).
Posyandu::Result<Answers> answersOf(Storage::Database &db, const Sql &sql)
{
    auto r = run(db, sql);
    if (!r)
        return r.error();
    Answers answers;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        answers.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt() == 1, q.value(4).toInt()});
    return answers;
}

// The latest answer of every subject of one observation indicator up to
// `end` (SQLite's max() picks the value of the row with the newest date),
// grouped. The (indicator, subject, date) indexes make this one ordered read.
Posyandu::Result<Answers> latestObservations(Storage::Database &db, const Indicator &indicator, const QDate &end, const QString &scopeJson)
{
    Sql sql;
    if (indicator.subject == QLatin1String("household")) {
        sql << Sql{QStringLiteral("SELECT value, -1, '', 0, count(*) FROM (SELECT o.value AS value, max(o.observed_on) "
                                  "FROM observation o JOIN household h ON h.id = o.household_id "
                                  "WHERE o.indicator_code = ? AND o.member_id IS NULL AND o.observed_on <= ? AND o.deleted_at IS NULL AND "),
                   {indicator.code, end}}
            << inScope(scopeJson) << Sql{QStringLiteral(" GROUP BY o.household_id) GROUP BY value"), {}};
    } else {
        sql << Sql{QStringLiteral("SELECT value, age, sex, 0, count(*) FROM (SELECT o.value AS value, max(o.observed_on), "), {}} << ageOf(end)
            << Sql{QStringLiteral(" AS age, m.sex AS sex FROM observation o JOIN member m ON m.id = o.member_id "
                                  "JOIN household h ON h.id = m.household_id "
                                  "WHERE o.indicator_code = ? AND o.observed_on <= ? AND o.deleted_at IS NULL AND "),
                   {indicator.code, end}}
            << inScope(scopeJson) << Sql{QStringLiteral(" AND "), {}} << livingOn(end)
            << Sql{QStringLiteral(" GROUP BY o.member_id) GROUP BY value, age, sex"), {}};
    }
    return answersOf(db, sql);
}

// Households whose latest floor area per latest number of occupants is at least `min` m².
Posyandu::Result<int> spaciousHouseholds(Storage::Database &db, double min, const QDate &end, const QString &scopeJson)
{
    auto latest = [&](const char *code, const char *name) {
        return Sql{QStringLiteral("(SELECT o.household_id AS hid, o.value AS %1, max(o.observed_on) FROM observation o "
                                  "JOIN household h ON h.id = o.household_id WHERE o.indicator_code = '%2' AND o.member_id IS NULL "
                                  "AND o.observed_on <= ? AND o.deleted_at IS NULL AND ")
                       .arg(QLatin1String(name), QLatin1String(code)),
                   {end}}
        << inScope(scopeJson) << Sql{QStringLiteral(" GROUP BY o.household_id)"), {}};
    };
    Sql sql{QStringLiteral("SELECT count(*) FROM "), {}};
    sql << latest("rumah_floor_area", "area") << Sql{QStringLiteral(" a JOIN "), {}} << latest("rumah_occupants", "occupants")
        << Sql{QStringLiteral(" b ON a.hid = b.hid WHERE CAST(b.occupants AS REAL) > 0 "
                              "AND CAST(a.area AS REAL) / CAST(b.occupants AS REAL) >= ?"),
               {min}};
    auto r = run(db, sql);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : 0;
}

// member id -> the month's latest value of a typed column (anthropometry, anc_visit, adult_screening).
Posyandu::Result<Answers> latestTyped(Storage::Database &db, const QString &typedTarget, const ReportScope &scope, const QString &scopeJson)
{
    const QString table = typedTarget.section(QLatin1Char('.'), 0, 0), column = typedTarget.section(QLatin1Char('.'), 1);
    QString member, date, join;
    if (table == QLatin1String("anthropometry")) {
        member = QStringLiteral("t.member_id");
        date = QStringLiteral("t.measured_on");
    } else if (table == QLatin1String("adult_screening")) {
        member = QStringLiteral("t.member_id");
        date = QStringLiteral("t.screened_on");
    } else if (table == QLatin1String("anc_visit")) {
        member = QStringLiteral("p0.member_id");
        date = QStringLiteral("t.visit_date");
        join = QStringLiteral(" CROSS JOIN pregnancy p0 ON p0.id = t.pregnancy_id");
    } else {
        return Answers(); // member.* and others have no monthly value
    }
    // Table and column names come from the shipped catalog, checked here against what we know.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(column).hasMatch())
        return Error{SpmReport::tr("The catalog names an unknown column %1.").arg(typedTarget), {}};
    const QDate end = scope.lastDay();
    // CROSS JOIN keeps SQLite on the month's rows first (date index), not on every person in scope.
    Sql sql{QStringLiteral("SELECT value, age, sex, pregnant, count(*) FROM (SELECT %1 AS member, t.%2 AS value, ").arg(member, column), {}};
    sql << ageOf(end) << Sql{QStringLiteral(" AS age, m.sex AS sex, "), {}} << pregnantOn(end)
        << Sql{QStringLiteral(" AS pregnant, row_number() OVER (PARTITION BY %1 ORDER BY %2 DESC, t.id DESC) AS rn "
                              "FROM %3 t%4 CROSS JOIN member m ON m.id = %1 CROSS JOIN household h ON h.id = m.household_id "
                              "WHERE t.deleted_at IS NULL AND t.%5 IS NOT NULL AND %2 BETWEEN ? AND ? AND ")
                   .arg(member, date, table, join, column),
               {scope.firstDay(), end}}
        << inScope(scopeJson) << Sql{QStringLiteral(" AND "), {}} << livingOn(end)
        << Sql{QStringLiteral(") WHERE rn = 1 GROUP BY value, age, sex, pregnant"), {}};
    return answersOf(db, sql);
}

QStringList texts(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &x : v.toArray())
        list << x.toString();
    return list;
}

struct Group {
    int ageMonths;
    QString sex;
    bool pregnant;
    int people;
};
} // namespace

Posyandu::Result<SpmReport::Result> SpmReport::compute(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds,
                                                       const Storage::IndicatorCatalog &catalog)
{
    const ScopeFilter filter(posyanduIds);
    const QDate end = scope.lastDay();
    // Targets come from how many people there are of each age, sex and
    // pregnancy, counted by SQLite; indicators' filters then pick groups.
    Sql groupsSql{QStringLiteral("SELECT "), {}};
    groupsSql << ageOf(end) << Sql{QStringLiteral(", m.sex, "), {}} << pregnantOn(end)
              << Sql{QStringLiteral(", count(*) FROM member m JOIN household h ON h.id = m.household_id WHERE "), {}} << inScope(filter.json)
              << Sql{QStringLiteral(" AND "), {}} << livingOn(end) << Sql{QStringLiteral(" GROUP BY 1, 2, 3"), {}};
    auto g = run(db, groupsSql);
    if (!g)
        return g.error();
    QList<Group> groups;
    for (QSqlQuery q = std::move(g).value(); q.next();)
        groups.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt() == 1, q.value(3).toInt()});
    auto h = run(db, Sql{QStringLiteral("SELECT count(*) FROM household h WHERE "), {}} << inScope(filter.json));
    if (!h)
        return h.error();
    QSqlQuery householdQuery = std::move(h).value();
    const int households = householdQuery.next() ? householdQuery.value(0).toInt() : 0;
    householdQuery.finish();

    Result result;
    for (const Indicator &indicator : catalog.all()) {
        const QJsonObject map = indicator.reportMapping;
        if (map.isEmpty() || !indicator.isActiveOn(end))
            continue;
        // Who the indicator is about this month.
        const bool aboutHousehold = indicator.subject == QLatin1String("household");
        const bool pregnancyQuestion = indicator.typedTarget.startsWith(QLatin1String("anc_visit."));
        auto applies = [&](int ageMonths, const QString &sex, bool pregnant) {
            return (!pregnancyQuestion || pregnant) && indicator.appliesTo(ageMonths, sex, end);
        };
        int targetCount = aboutHousehold ? households : 0;
        if (!aboutHousehold)
            for (const Group &group : std::as_const(groups))
                targetCount += applies(group.ageMonths, group.sex, group.pregnant) ? group.people : 0;
        auto answers = indicator.typedTarget.isEmpty() ? latestObservations(db, indicator, end, filter.json)
                                                       : latestTyped(db, indicator.typedTarget, scope, filter.json);
        if (!answers)
            return answers.error();

        Row row{Indicator::fieldLabel(indicator.field), indicator.service, indicator.label(), targetCount, {}, {}, {}, {}};
        auto countWhere = [&](const std::function<bool(const QString &)> &test) {
            int n = 0;
            for (const Answer &a : answers.value())
                n += (aboutHousehold || applies(a.ageMonths, a.sex, a.pregnant)) && test(a.value) ? a.subjects : 0;
            return n;
        };
        if (map.contains(QStringLiteral("served_if"))) {
            const QStringList served = texts(map.value(QStringLiteral("served_if")));
            row.served = countWhere([&](const QString &v) { return served.contains(QStringLiteral("any")) || served.contains(v); });
            row.rule = tr("served: %1").arg(served.join(QStringLiteral(", ")));
        } else if (map.contains(QStringLiteral("served_min"))) {
            const double min = map.value(QStringLiteral("served_min")).toDouble();
            row.served = countWhere([&](const QString &v) { return v.toDouble() >= min; });
            row.rule = tr("served: at least %1").arg(QLocale().toString(min));
        } else if (map.contains(QStringLiteral("flag_below"))) {
            const double below = map.value(QStringLiteral("flag_below")).toDouble();
            row.identified = countWhere([&](const QString &v) { return v.toDouble() < below; });
            row.rule = tr("identified: below %1").arg(QLocale().toString(below));
        } else if (map.contains(QStringLiteral("flag_at_least"))) {
            const double atLeast = map.value(QStringLiteral("flag_at_least")).toDouble();
            row.identified = countWhere([&](const QString &v) { return v.toDouble() >= atLeast; });
            row.rule = tr("identified: at least %1").arg(QLocale().toString(atLeast));
        } else if (map.contains(QStringLiteral("min_m2_per_person"))) {
            const double min = map.value(QStringLiteral("min_m2_per_person")).toDouble();
            auto spacious = spaciousHouseholds(db, min, end, filter.json);
            if (!spacious)
                return spacious.error();
            row.served = spacious.value();
            row.rule = tr("served: at least %1 m² per person").arg(QLocale().toString(min));
        }
        if (map.contains(QStringLiteral("referral_if"))) {
            const QStringList referred = texts(map.value(QStringLiteral("referral_if")));
            row.referred = countWhere([&](const QString &v) { return referred.contains(v); });
            row.rule =
                (row.rule.isEmpty() ? QString() : row.rule + QStringLiteral("; ")) + tr("referred: %1").arg(referred.join(QStringLiteral(", ")));
        }
        result.rows.append(row);
    }

    auto f = Storage::Sql::run(db.sql(),
                               QStringLiteral("SELECT f.destination, count(*) FROM referral f JOIN household h ON h.id = f.household_id "
                                              "WHERE f.deleted_at IS NULL AND f.referred_on BETWEEN ? AND ? AND ")
                                   + ReferralDestination::referredSql(QStringLiteral("f")) + QStringLiteral(" AND ") + ScopeFilter::clause()
                                   + QStringLiteral(" GROUP BY f.destination ORDER BY f.destination"),
                               {scope.firstDay(), end, filter.json});
    if (!f)
        return f.error();
    for (QSqlQuery q = std::move(f).value(); q.next();)
        result.referralsByDestination.append({ReferralDestination::label(q.value(0).toString()), q.value(1).toInt()});
    return result;
}

QList<ReportTable> SpmReport::tables(const Result &r)
{
    ReportTable spm;
    spm.id = QStringLiteral("spm_achievement");
    spm.title = tr("SPM achievement");
    spm.columns = {tr("Field"),      tr("Service"),         tr("Indicator"), tr("Target"),    tr("Served"),
                   tr("Identified"), tr("Achievement (%)"), tr("Referred"),  tr("Counted as")};
    auto cell = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    for (const Row &row : r.rows) {
        const std::optional<int> numerator = row.served ? row.served : row.identified;
        const QVariant percent = numerator ? percentCell(*numerator, row.target) : QVariant();
        spm.rows.append(
            {row.field, row.service, row.indicator, row.target, cell(row.served), cell(row.identified), percent, cell(row.referred), row.rule});
    }
    spm.notes << tr("Achievement = served (or identified) / target × 100. Targets on the last day of the month; answers are the "
                    "latest up to the month's end, measurements the latest of the month. The rules come from the indicator catalog.");
    ReportTable referrals;
    referrals.id = QStringLiteral("referrals");
    referrals.title = tr("Referrals this month by destination");
    referrals.columns = {tr("Destination"), tr("Referrals")};
    for (const auto &[destination, count] : r.referralsByDestination)
        referrals.rows.append({destination, count});
    return {spm, referrals};
}

} // namespace Posyandu::Reports

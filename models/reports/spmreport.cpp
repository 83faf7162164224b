// SPDX-License-Identifier: GPL-3.0-or-later
#include "spmreport.h"

#include "age.h"
#include "database.h"
#include "sessionentryrepository.h"
#include "sql.h"

#include <QHash>

#include <functional>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

namespace Posyandu::Reports {

namespace {
struct Subject {
    int ageMonths = 0; // on the month's last day
    QString sex;
};

bool indonesian()
{
    return QLocale().language() == QLocale::Indonesian;
}

// member id -> the month's latest value of a typed column (anthropometry, anc_visit, adult_screening).
Posyandu::Result<QHash<QString, QString>> latestTyped(Storage::Database &db, const QString &typedTarget, const ReportScope &scope,
                                                      const QString &scopeJson)
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
        member = QStringLiteral("p.member_id");
        date = QStringLiteral("t.visit_date");
        join = QStringLiteral(" CROSS JOIN pregnancy p ON p.id = t.pregnancy_id");
    } else {
        return QHash<QString, QString>(); // member.* and others have no monthly value
    }
    // Table and column names come from the shipped catalog, checked here against what we know.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(column).hasMatch())
        return Error{SpmReport::tr("The catalog names an unknown column %1.").arg(typedTarget), {}};
    auto r = Storage::Sql::run(db.sql(), QStringLiteral(
        "SELECT member, value FROM (SELECT %1 AS member, t.%2 AS value, row_number() OVER (PARTITION BY %1 ORDER BY %3 DESC, t.id DESC) AS rn "
        // CROSS JOIN keeps SQLite on the month's rows first (date index), not on every person in scope.
        " FROM %4 t%5 CROSS JOIN member m ON m.id = %1 CROSS JOIN household h ON h.id = m.household_id "
        " WHERE t.deleted_at IS NULL AND t.%2 IS NOT NULL AND %3 BETWEEN ? AND ? AND ")
        .arg(member, column, date, table, join) + ScopeFilter::clause() + QStringLiteral(") WHERE rn = 1"),
        {scope.firstDay(), scope.lastDay(), scopeJson});
    if (!r)
        return r.error();
    QHash<QString, QString> values;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

// code -> subject -> latest value up to `end`, for every mapped observation
// indicator in one index-ordered pass (later rows overwrite earlier ones),
// kept only for subjects in scope.
Posyandu::Result<QHash<QString, QHash<QString, QString>>> latestObservationsOf(Storage::Database &db, const QStringList &codes,
                                                                              const QDate &end,
                                                                              const std::function<bool(const QString &)> &inScope)
{
    auto r = Storage::Sql::run(db.sql(), QStringLiteral(
        "SELECT indicator_code, coalesce(member_id, household_id), value FROM observation "
        "WHERE indicator_code IN (SELECT value FROM json_each(?)) AND observed_on <= ? AND deleted_at IS NULL "
        "ORDER BY indicator_code, observed_on, id"),
        {ScopeFilter(codes).json, end});
    if (!r)
        return r.error();
    QHash<QString, QHash<QString, QString>> values;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        const QString subject = q.value(1).toString();
        if (inScope(subject))
            values[q.value(0).toString()].insert(subject, q.value(2).toString());
    }
    return values;
}

QStringList texts(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &x : v.toArray())
        list << x.toString();
    return list;
}
} // namespace

QString SpmReport::fieldLabel(const QString &field)
{
    if (field == QLatin1String("pendidikan")) return tr("Education");
    if (field == QLatin1String("kesehatan")) return tr("Health");
    if (field == QLatin1String("pekerjaan_umum")) return tr("Public works");
    if (field == QLatin1String("perumahan")) return tr("Housing");
    if (field == QLatin1String("trantibumlinmas")) return tr("Public order and disaster preparedness");
    if (field == QLatin1String("sosial")) return tr("Social affairs");
    return field;
}

Posyandu::Result<SpmReport::Result> SpmReport::compute(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds,
                                                       const Storage::IndicatorCatalog &catalog)
{
    const ScopeFilter filter(posyanduIds);
    const QDate end = scope.lastDay();
    QHash<QString, Subject> people;
    auto m = Storage::Sql::run(db.sql(), QStringLiteral(
        "SELECT m.id, m.birth_date, m.sex FROM member m JOIN household h ON h.id = m.household_id "
        "WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL AND m.birth_date <= ? "
        "AND (m.status = 'alive' OR m.status_date IS NULL OR m.status_date > ?) AND ") + ScopeFilter::clause(),
        {end, end, filter.json});
    if (!m)
        return m.error();
    for (QSqlQuery q = std::move(m).value(); q.next();)
        people.insert(q.value(0).toString(), {ageInMonths(QDate::fromString(q.value(1).toString(), Qt::ISODate), end), q.value(2).toString()});
    // Targets are counted from how many people there are of each age and sex,
    // not by testing every person against every indicator.
    QMap<std::pair<int, QString>, int> ageSex, pregnantAgeSex;
    QSet<QString> households;
    auto h = Storage::Sql::run(db.sql(), QStringLiteral("SELECT h.id FROM household h WHERE h.deleted_at IS NULL AND ") + ScopeFilter::clause(),
                               {filter.json});
    if (!h)
        return h.error();
    for (QSqlQuery q = std::move(h).value(); q.next();)
        households.insert(q.value(0).toString());
    QSet<QString> pregnant;
    auto p = Storage::Sql::run(db.sql(), QStringLiteral(
        "SELECT p.member_id FROM pregnancy p WHERE p.deleted_at IS NULL AND (p.status = 'ongoing' OR p.outcome_date > ?) "
        "AND (p.lmp_date IS NULL OR (p.lmp_date <= ? AND p.lmp_date > ?))"),
        {end, end, end.addDays(-44 * 7)});
    if (!p)
        return p.error();
    for (QSqlQuery q = std::move(p).value(); q.next();)
        pregnant.insert(q.value(0).toString());
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        ageSex[{it->ageMonths, it->sex}] += 1;
        if (pregnant.contains(it.key()))
            pregnantAgeSex[{it->ageMonths, it->sex}] += 1;
    }

    QStringList observed{QStringLiteral("rumah_floor_area"), QStringLiteral("rumah_occupants")};
    for (const Indicator &indicator : catalog.all())
        if (!indicator.reportMapping.isEmpty() && indicator.typedTarget.isEmpty())
            observed << indicator.code;
    auto latest = latestObservationsOf(db, observed, end, [&](const QString &subject) {
        return people.contains(subject) || households.contains(subject);
    });
    if (!latest)
        return latest.error();

    Result result;
    for (const Indicator &indicator : catalog.all()) {
        const QJsonObject map = indicator.reportMapping;
        if (map.isEmpty() || !indicator.isActiveOn(end))
            continue;
        // Who the indicator is about this month: decided per subject, not
        // collected into a set (tens of thousands of people per indicator).
        const bool aboutHousehold = indicator.subject == QLatin1String("household");
        const bool pregnancyQuestion = indicator.typedTarget.startsWith(QLatin1String("anc_visit."));
        auto inTarget = [&](const QString &id) {
            if (aboutHousehold)
                return households.contains(id);
            const auto person = people.constFind(id);
            return person != people.cend() && (!pregnancyQuestion || pregnant.contains(id))
                && indicator.appliesTo(person->ageMonths, person->sex, end);
        };
        int targetCount = 0;
        if (aboutHousehold) {
            targetCount = int(households.size());
        } else {
            const auto &groups = pregnancyQuestion ? pregnantAgeSex : ageSex;
            for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                targetCount += indicator.appliesTo(it.key().first, it.key().second, end) ? it.value() : 0;
        }
        auto answers = indicator.typedTarget.isEmpty() ? Posyandu::Result<QHash<QString, QString>>(latest.value().value(indicator.code))
                                                       : latestTyped(db, indicator.typedTarget, scope, filter.json);
        if (!answers)
            return answers.error();

        Row row{fieldLabel(indicator.field), indicator.service, indonesian() ? indicator.labelId : indicator.labelEn,
                targetCount, {}, {}, {}, {}};
        auto countWhere = [&](const std::function<bool(const QString &)> &test) {
            int n = 0;
            for (auto it = answers.value().cbegin(); it != answers.value().cend(); ++it)
                n += test(it.value()) && inTarget(it.key());
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
            const auto area = latest.value().value(QStringLiteral("rumah_floor_area"));
            const auto occupants = latest.value().value(QStringLiteral("rumah_occupants"));
            int served = 0;
            for (const QString &household : std::as_const(households)) {
                const double people = occupants.value(household).toDouble();
                served += people > 0 && area.value(household).toDouble() / people >= min;
            }
            row.served = served;
            row.rule = tr("served: at least %1 m² per person").arg(QLocale().toString(min));
        }
        if (map.contains(QStringLiteral("referral_if"))) {
            const QStringList referred = texts(map.value(QStringLiteral("referral_if")));
            row.referred = countWhere([&](const QString &v) { return referred.contains(v); });
            row.rule = (row.rule.isEmpty() ? QString() : row.rule + QStringLiteral("; ")) + tr("referred: %1").arg(referred.join(QStringLiteral(", ")));
        }
        result.rows.append(row);
    }

    auto f = Storage::Sql::run(db.sql(), QStringLiteral(
        "SELECT f.destination, count(*) FROM referral f JOIN household h ON h.id = f.household_id "
        "WHERE f.deleted_at IS NULL AND f.referred_on BETWEEN ? AND ? AND ") + ScopeFilter::clause() + QStringLiteral(
        " GROUP BY f.destination ORDER BY f.destination"),
        {scope.firstDay(), end, filter.json});
    if (!f)
        return f.error();
    for (QSqlQuery q = std::move(f).value(); q.next();)
        result.referralsByDestination.append({Storage::SessionEntryRepository::referralDestinationLabel(q.value(0).toString()), q.value(1).toInt()});
    return result;
}

QList<ReportTable> SpmReport::tables(const Result &r)
{
    ReportTable spm;
    spm.id = QStringLiteral("spm_achievement");
    spm.title = tr("SPM achievement");
    spm.columns = {tr("Field"), tr("Service"), tr("Indicator"), tr("Target"), tr("Served"), tr("Identified"), tr("Achievement (%)"),
                   tr("Referred"), tr("Counted as")};
    auto cell = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    for (const Row &row : r.rows) {
        const std::optional<int> numerator = row.served ? row.served : row.identified;
        const QVariant percent = numerator && row.target > 0 ? QVariant(std::round(1000.0 * *numerator / row.target) / 10.0) : QVariant();
        spm.rows.append({row.field, row.service, row.indicator, row.target, cell(row.served), cell(row.identified), percent,
                         cell(row.referred), row.rule});
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

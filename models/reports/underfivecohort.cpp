// SPDX-License-Identifier: GPL-3.0-or-later
#include "underfivecohort.h"

#include "age.h"
#include "database.h"
#include "sql.h"

#include <QHash>

namespace Posyandu::Reports {

std::optional<Weighing> UnderFive::thisMonth(const ReportScope &scope) const
{
    std::optional<Weighing> last;
    for (const Weighing &w : weighings)
        if (w.date >= scope.firstDay() && w.date <= scope.lastDay())
            last = w;
    return last;
}

Result<QList<UnderFive>> UnderFiveCohort::load(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds)
{
    const QString inScope = ScopeFilter::clause();
    const QString ids = ScopeFilter(posyanduIds).json;
    const QDate end = scope.lastDay();
    const QDate oldest = end.addMonths(-60); // born after this date: under 60 months on `end`
    // CROSS JOIN: start from the birth-date index (a few years of births),
    // not from every household of the area.
    auto r = Storage::Sql::run(db.sql(),
                               QStringLiteral("SELECT m.id, m.name, h.head_name, m.sex, m.birth_date FROM member m "
                                              "CROSS JOIN household h ON h.id = m.household_id "
                                              "WHERE ")
                                   + inScope + QStringLiteral(" AND h.deleted_at IS NULL AND m.birth_date > ? AND ") + ReportScope::livingSql()
                                   + QStringLiteral(" ORDER BY m.name, m.id"),
                               {ids, oldest, end, end});
    if (!r)
        return r.error();
    QList<UnderFive> children;
    QHash<QString, qsizetype> index;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        UnderFive c;
        c.memberId = q.value(0).toString();
        c.name = q.value(1).toString();
        c.headName = q.value(2).toString();
        c.sex = q.value(3).toString();
        c.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.ageMonths = ageInMonths(c.birthDate, end);
        if (c.ageMonths < 0 || c.ageMonths >= 60)
            continue;
        index.insert(c.memberId, children.size());
        children.append(c);
    }

    const QDate window = scope.firstDay().addMonths(-2);
    auto w = Storage::Sql::run(db.sql(),
                               QStringLiteral("SELECT a.member_id, a.measured_on, a.weight_kg, a.lenhei_cm, a.position, a.oedema "
                                              "FROM anthropometry a WHERE a.deleted_at IS NULL AND a.weight_kg IS NOT NULL "
                                              "AND a.measured_on BETWEEN ? AND ? ORDER BY a.measured_on, a.id"),
                               {window, end});
    if (!w)
        return w.error();
    for (QSqlQuery q = std::move(w).value(); q.next();) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        children[*it].weighings.append({QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toDouble(),
                                        q.value(3).isNull() ? std::nullopt : std::optional<double>(q.value(3).toDouble()),
                                        q.value(4).toString() != QLatin1String("standing"), q.value(5).toInt() == 1});
    }

    auto older = Storage::Sql::run(db.sql(),
                                   QStringLiteral("SELECT DISTINCT member_id FROM anthropometry WHERE deleted_at IS NULL "
                                                  "AND weight_kg IS NOT NULL AND measured_on < ? AND measured_on > ?"),
                                   {window, oldest});
    if (!older)
        return older.error();
    for (QSqlQuery q = std::move(older).value(); q.next();) {
        const auto it = index.constFind(q.value(0).toString());
        if (it != index.constEnd())
            children[*it].weighedBefore = true;
    }

    // KMS / Buku KIA: the latest answer up to the month's end counts.
    auto k = Storage::Sql::run(db.sql(),
                               QStringLiteral("SELECT o.member_id, o.value FROM observation o JOIN household h ON h.id = o.household_id "
                                              "WHERE ")
                                   + inScope
                                   + QStringLiteral(" AND o.indicator_code = 'kes_kia_book' AND o.deleted_at IS NULL "
                                                    "AND o.observed_on <= ? ORDER BY o.observed_on, o.id"),
                               {ids, end});
    if (!k)
        return k.error();
    for (QSqlQuery q = std::move(k).value(); q.next();) {
        const auto it = index.constFind(q.value(0).toString());
        if (it != index.constEnd())
            children[*it].hasKms = q.value(1).toString() == QLatin1String("true");
    }
    return children;
}

} // namespace Posyandu::Reports

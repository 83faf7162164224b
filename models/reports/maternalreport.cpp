// SPDX-License-Identifier: GPL-3.0-or-later
#include "maternalreport.h"

#include "database.h"
#include "pregnancywindow.h"
#include "referraldestination.h"
#include "sql.h"

#include <QRegularExpression>

namespace Posyandu::Reports {

namespace {
constexpr double kKekBelowCm = 23.5;
} // namespace

Posyandu::Result<MaternalReport::Result> MaternalReport::compute(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds)
{
    const ScopeFilter filter(posyanduIds);
    const QDate first = scope.firstDay(), end = scope.lastDay();
    Result r;
    // One row per ongoing pregnancy with the month's visits folded in: the
    // latest LILA of the month decides KEK. Qt binds "?" by position, so the
    // names below are only there to be read; they become "?" in order.
    QString sql =
        QStringLiteral(
            "SELECT m.name, h.head_name, "
            " (SELECT count(*) FROM anc_visit a WHERE a.pregnancy_id = p.id AND a.deleted_at IS NULL AND a.visit_date BETWEEN :f1 AND :e1), "
            " (SELECT a.muac_cm FROM anc_visit a WHERE a.pregnancy_id = p.id AND a.deleted_at IS NULL AND a.visit_date BETWEEN :f2 AND :e2 "
            "  AND a.muac_cm IS NOT NULL ORDER BY a.visit_date DESC, a.id DESC LIMIT 1), "
            " (SELECT coalesce(sum(a.iron_tablets), 0) FROM anc_visit a WHERE a.pregnancy_id = p.id AND a.deleted_at IS NULL "
            "  AND a.visit_date BETWEEN :f3 AND :e3), "
            " (SELECT count(*) FROM anc_visit a WHERE a.pregnancy_id = p.id AND a.deleted_at IS NULL AND a.visit_date BETWEEN :f4 AND :e4 "
            "  AND a.referral_to <> '') + "
            " (SELECT count(*) FROM referral f WHERE f.member_id = m.id AND f.deleted_at IS NULL AND f.referred_on BETWEEN :f5 AND :e5 AND ")
        + ReferralDestination::referredSql(QStringLiteral("f"))
        + QStringLiteral(") "
                         "FROM pregnancy p JOIN member m ON m.id = p.member_id JOIN household h ON h.id = m.household_id "
                         "WHERE p.deleted_at IS NULL AND m.deleted_at IS NULL AND h.posyandu_id IN (SELECT value FROM json_each(:ids)) "
                         " AND ")
        + PregnancyWindow::ongoingSql() + QStringLiteral(" ORDER BY m.name");
    QVariantList values;
    for (int i = 0; i < 5; ++i)
        values << first << end;
    values << filter.json << PregnancyWindow::valuesOn(end);
    auto rows = Storage::Sql::run(db.sql(), sql.replace(QRegularExpression(QStringLiteral(":[a-z0-9]+")), QStringLiteral("?")), values);
    if (!rows)
        return rows.error();
    for (QSqlQuery q = std::move(rows).value(); q.next();) {
        ++r.pregnant;
        const bool visited = q.value(2).toInt() > 0;
        const bool kek = !q.value(3).isNull() && q.value(3).toDouble() < kKekBelowCm;
        const int iron = q.value(4).toInt();
        const bool referred = q.value(5).toInt() > 0;
        r.visited += visited;
        r.kek += kek;
        r.ironWomen += iron > 0;
        r.ironTablets += iron;
        r.referredMothers += referred;
        QStringList why;
        if (kek)
            why << tr("KEK (LILA %1 cm)").arg(q.value(3).toDouble());
        if (referred)
            why << tr("referred");
        if (!visited)
            why << tr("no visit this month");
        if (kek || referred || !visited)
            r.mothersToFollow.append({q.value(0).toString(), q.value(1).toString(), why.join(QStringLiteral("; "))});
    }

    // Adult screening: the month's screenings, one verdict per person (any screening flagged counts).
    auto s =
        Storage::Sql::run(db.sql(),
                          QStringLiteral("SELECT m.id, m.name, h.head_name, m.birth_date, max(s.systolic >= 140 OR s.diastolic >= 90), "
                                         " max((s.glucose_kind = 'fasting' AND s.glucose_mg_dl >= 126) OR (coalesce(s.glucose_kind, '') <> 'fasting' "
                                         "AND s.glucose_mg_dl >= 200)), "
                                         " max(s.tb_symptoms), max(s.referral_to <> '' OR EXISTS (SELECT 1 FROM referral f WHERE f.member_id = m.id "
                                         "  AND f.deleted_at IS NULL AND f.referred_on = s.screened_on AND ")
                              + ReferralDestination::referredSql(QStringLiteral("f"))
                              + QStringLiteral(")) "
                                               "FROM adult_screening s JOIN member m ON m.id = s.member_id JOIN household h ON h.id = m.household_id "
                                               "WHERE s.deleted_at IS NULL AND s.screened_on BETWEEN ? AND ? AND ")
                              + ScopeFilter::clause() + QStringLiteral(" GROUP BY m.id ORDER BY m.name"),
                          {first, end, filter.json});
    if (!s)
        return s.error();
    for (QSqlQuery q = std::move(s).value(); q.next();) {
        const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const bool elderly = birth.addYears(60) <= end;
        (elderly ? r.screenedElderly : r.screenedAdults) += 1;
        const bool bp = q.value(4).toInt() == 1, sugar = q.value(5).toInt() == 1, tb = q.value(6).toInt() == 1, referred = q.value(7).toInt() == 1;
        r.highBloodPressure += bp;
        r.highSugar += sugar;
        r.tbSymptoms += tb;
        r.referredScreened += referred;
        QStringList why;
        if (bp)
            why << tr("blood pressure ≥ 140/90");
        if (sugar)
            why << tr("high blood sugar");
        if (tb)
            why << tr("TB symptoms");
        if (referred)
            why << tr("referred");
        if (!why.isEmpty())
            r.screenedToFollow.append({q.value(1).toString(), q.value(2).toString(), why.join(QStringLiteral("; "))});
    }
    return r;
}

QList<ReportTable> MaternalReport::tables(const Result &r, bool withNames)
{
    ReportTable mothers;
    mothers.id = QStringLiteral("pregnant_women");
    mothers.title = tr("Pregnant women");
    mothers.columns = {tr("Indicator"), tr("Value")};
    mothers.rows = {{tr("Pregnant at the end of the month"), r.pregnant},
                    {tr("Visited this month (ANC)"), r.visited},
                    {tr("KEK: upper-arm circumference < 23.5 cm"), r.kek},
                    {tr("Received iron tablets"), r.ironWomen},
                    {tr("Iron tablets given"), r.ironTablets},
                    {tr("Referred"), r.referredMothers}};

    ReportTable screening;
    screening.id = QStringLiteral("adult_screening");
    screening.title = tr("Adult screening");
    screening.columns = {tr("Indicator"), tr("Value")};
    screening.rows = {{tr("Screened, 15-59 years"), r.screenedAdults},
                      {tr("Screened, 60 years and over"), r.screenedElderly},
                      {tr("Blood pressure ≥ 140/90"), r.highBloodPressure},
                      {tr("High blood sugar (fasting ≥ 126, other ≥ 200 mg/dL)"), r.highSugar},
                      {tr("TB symptoms"), r.tbSymptoms},
                      {tr("Referred"), r.referredScreened}};

    QList<ReportTable> result{mothers, screening};
    if (withNames) {
        for (const auto &[id, title, people] : {std::tuple{"pregnant_follow_up", tr("Pregnant women to follow up"), &r.mothersToFollow},
                                                std::tuple{"screening_follow_up", tr("Screened adults to follow up"), &r.screenedToFollow}}) {
            ReportTable t;
            t.id = QLatin1String(id);
            t.title = title;
            t.columns = {tr("Name"), tr("Household"), tr("Why")};
            for (const Person &p : *people)
                t.rows.append({p.name, p.headName, p.why});
            result.append(t);
        }
    }
    return result;
}

} // namespace Posyandu::Reports

// SPDX-License-Identifier: GPL-3.0-or-later
// bench/reports: every monthly report over a whole area. Generates N
// households (default 50,000) with 12 months of sessions through the
// practice-village generator, then times each report of last month for the
// area (all Posyandu) and the three exports (median of five runs each), and
// prints the memory used while reporting.
// Figures only; never a pass/fail test.
//
//   build/release/bench/bench_reports [--households N] [--keep DIR]
#include "benchsupport.h"
#include "database.h"
#include "dataqualityreport.h"
#include "demogenerator.h"
#include "immunisationreport.h"
#include "indicatorcatalog.h"
#include "maternalreport.h"
#include "monthlyreport.h"
#include "nutritionreport.h"
#include "reportpdf.h"
#include "reportxlsx.h"
#include "schedulerules.h"
#include "skdnreport.h"
#include "spmreport.h"
#include "underfivecohort.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Posyandu;
using namespace Posyandu::Reports;

namespace {
// The process's own memory (heap, RssAnon) apart from the database pages
// it maps (RssFile: page cache, shared and reclaimable), largest seen after
// any report.
long g_maxAnonKb = 0;
long g_maxFileKb = 0;

// Runs `work` five times (shared machines are noisy) and prints the median and the slowest.
void timed(const char *what, const std::function<bool()> &work)
{
    constexpr int kRuns = 5;
    QList<double> ms;
    bool ok = true;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        ok = work() && ok;
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("  %-34s median %8.1f ms  (max %7.1f)%s\n", what, Bench::percentile(ms, 0.5), Bench::percentile(ms, 1.0), ok ? "" : "  (FAILED)");
    g_maxAnonKb = std::max(g_maxAnonKb, Bench::statusKb("RssAnon:"));
    g_maxFileKb = std::max(g_maxFileKb, Bench::statusKb("RssFile:"));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const auto [households, keep] = Bench::Options::parse(app.arguments());
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    auto opened = Storage::Database::open(dir + QStringLiteral("/bench-reports.sqlite"));
    if (!opened)
        return 1;
    Storage::Database &db = *opened.value();
    QElapsedTimer timer;
    timer.start();
    auto made = Demo::DemoGenerator::generate(db, Demo::DemoOptions{households, 12, 1, QDate::currentDate()});
    if (!made)
        return 1;
    std::printf("generated %d households, %d people, %d weighings in %.1f s\n", made.value().households, made.value().members,
                made.value().measurements, double(timer.elapsed()) / 1000);

    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    ReportScope scope;
    scope.year = lastMonth.year();
    scope.month = lastMonth.month();
    auto ids = scope.posyanduIds(db);
    auto rules = ScheduleRules::fromResources();
    auto growth = Growth::GrowthCalculator::fromResources();
    auto catalog = Storage::IndicatorCatalog::load(db.sql());
    if (!ids || !rules || !growth || !catalog)
        return 1;
    std::printf("reports of %04d-%02d for the whole area (%lld Posyandu):\n", scope.year, scope.month, qlonglong(ids.value().size()));
    QList<UnderFive> children;
    SkdnReport::Result skdn;
    timed("under-fives and weighings (shared)", [&] {
        auto c = UnderFiveCohort::load(db, scope, ids.value());
        children = c ? c.value() : QList<UnderFive>();
        return c.ok();
    });
    timed("SKDN", [&] {
        skdn = SkdnReport::compute(children, scope, rules.value());
        return true;
    });
    timed("nutrition status", [&] { return NutritionReport::compute(children, scope, *growth, skdn.twiceNotUp).weighed >= 0; });
    timed("immunisation and vitamin A", [&] { return ImmunisationReport::compute(db, scope, children, rules.value()).ok(); });
    timed("pregnant women and screening", [&] { return MaternalReport::compute(db, scope, ids.value()).ok(); });
    timed("SPM achievement", [&] { return SpmReport::compute(db, scope, ids.value(), catalog.value()).ok(); });
    timed("data quality", [&] { return DataQualityReport::compute(db, scope, ids.value(), false).ok(); });
    MonthlyReport report;
    timed("all reports together", [&] {
        auto r = MonthlyReport::build(db, scope);
        if (r)
            report = r.value();
        return r.ok();
    });
    timed("export CSV", [&] { return ReportCsv::write(report, dir + QStringLiteral("/r.csv")).ok(); });
    timed("export XLSX", [&] { return ReportXlsx::write(report, dir + QStringLiteral("/r.xlsx")).ok(); });
    timed("export PDF", [&] { return ReportPdf::write(report, dir + QStringLiteral("/r.pdf")).ok(); });
    std::printf("memory while reporting: own (RssAnon) at most %.1f MB; database pages mapped (RssFile) at most %.1f MB\n",
                double(g_maxAnonKb) / 1024, double(g_maxFileKb) / 1024);
    return 0;
}

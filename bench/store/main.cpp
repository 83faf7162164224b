// SPDX-License-Identifier: GPL-3.0-or-later
// bench/store: the local store at district scale. Generates N households
// (default 50,000) with 12 months of sessions through the practice-village
// generator, then prints: the main window's start on that store, search as
// you type (median and p95 per keystroke, through the same model the window
// uses), one session entry's save time, the opening day's list with its danger
// signs, and resident memory. Figures only;
// never a pass/fail test.
//
//   build/release/bench/bench_store [--households N] [--keep DIR]
#include "benchsupport.h"
#include "dangercheck.h"
#include "database.h"
#include "demogenerator.h"
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "indicatorcatalog.h"
#include "mainwindow.h"
#include "posyandurepository.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"
#include "sessionrepository.h"
#include "sql.h"
#include "targetlist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Posyandu;

namespace {
QString firstUnderFive(Storage::Database &db)
{
    auto r = Storage::Sql::run(db.sql(), QStringLiteral("SELECT id FROM member WHERE birth_date > ? ORDER BY id LIMIT 1"),
                               {QDate::currentDate().addYears(-4)});
    if (!r)
        return {};
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const auto [households, keep] = Bench::Options::parse(app.arguments());
    QTemporaryDir tmp;
    const QString path = (keep.isEmpty() ? tmp.path() : keep) + QStringLiteral("/bench.sqlite");
    QElapsedTimer timer;
    {
        auto db = Storage::Database::open(path);
        if (!db) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(db.error().message));
            return 1;
        }
        timer.start();
        auto made = Demo::DemoGenerator::generate(*db.value(), Demo::DemoOptions{households, 12, 1, QDate::currentDate()});
        if (!made) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(made.error().message));
            return 1;
        }
        std::printf("generated %d households, %d people, %d weighings (12 months) in %.1f s\n", made.value().households, made.value().members,
                    made.value().measurements, double(timer.elapsed()) / 1000);
    }

    // Cold start: open the store and show the main window, until it has painted.
    const long rssBefore = Bench::statusKb("RssAnon:");
    timer.restart();
    auto opened = Storage::Database::open(path);
    if (!opened)
        return 1;
    Storage::Database &db = *opened.value();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    auto window = std::make_unique<Ui::MainWindow>(db);
    window->show();
    QCoreApplication::processEvents();
    window->grab(); // forces a full paint
    const double windowMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("start: store open %.1f ms; main window with the whole register shown %.1f ms (file cache warm)\n", openMs, windowMs);

    Storage::HouseholdRepository repo(db);
    HouseholdListModel model(repo);
    // Search as you type: each prefix of each query is one keystroke.
    const QStringList queries = {QStringLiteral("budi santoso"), QStringLiteral("siti rahayu"),   QStringLiteral("3578011"),
                                 QStringLiteral("krajan"),       QStringLiteral("wayan"),         QStringLiteral("dewi kusuma"),
                                 QStringLiteral("rt 003"),       QStringLiteral("hendra nugroho")};
    QList<double> latencies;
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : queries) {
            for (int n = 1; n <= q.size(); ++n) {
                timer.restart();
                model.refresh(q.left(n));
                latencies.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    std::printf("search as you type: %lld keystrokes, median %.1f ms, p95 %.1f ms, max %.1f ms\n", qlonglong(latencies.size()),
                Bench::percentile(latencies, 0.5), Bench::percentile(latencies, 0.95), Bench::percentile(latencies, 1.0));

    // One session entry (weight, length, an observation) saved in one transaction.
    auto catalog = Storage::IndicatorCatalog::load(db.sql());
    auto rules = ScheduleRules::fromResources();
    auto posyandus = Storage::PosyanduRepository(db).list();
    const QString childId = firstUnderFive(db);
    if (!catalog || !rules || !posyandus || childId.isEmpty())
        return 1;
    auto session = Storage::SessionRepository(db).openOrContinue(posyandus.value().first().id, QDate::currentDate());
    Storage::SessionEntryRepository entries(db, catalog.value(), rules.value());
    QList<double> saves;
    for (int i = 0; i < 30; ++i) {
        Storage::SessionEntry e{session.value().id, childId, QDate::currentDate(), {}, {}, {}, {}, {}, {}, {}};
        e.answers = {{QStringLiteral("kes_weight"), QStringLiteral("12,%1").arg(i % 10)},
                     {QStringLiteral("kes_lenhei"), QStringLiteral("88")},
                     {QStringLiteral("kes_kia_book"), QStringLiteral("ya")}};
        timer.restart();
        auto saved = entries.save(e);
        saves.append(double(timer.nsecsElapsed()) / 1e6);
        if (!saved) {
            std::fprintf(stderr, "bench_store: save failed: %s\n", qPrintable(saved.error().message));
            return 1;
        }
    }
    std::printf("save one session entry (synchronous=FULL, file in %s): median %.1f ms, p95 %.1f ms\n", qPrintable(QFileInfo(path).path()),
                Bench::percentile(saves, 0.5), Bench::percentile(saves, 0.95));

    // The opening day's list as the session page reloads it after every save: the targets, then each one's
    // danger signs from what was saved today and the history (DangerCheck::savedSigns).
    const Storage::DangerCheck danger(catalog.value(), rules.value(), Growth::GrowthCalculator::fromResources());
    QList<double> reloads;
    qsizetype targetCount = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto targets = Storage::TargetList::load(db, posyandus.value().first().id, session.value().id, QDate::currentDate(), rules.value());
        if (!targets)
            return 1;
        for (const Storage::Target &t : targets.value())
            if (!danger.savedSigns(entries, t.memberId, QDate::currentDate()))
                return 1;
        reloads.append(double(timer.nsecsElapsed()) / 1e6);
        targetCount = targets.value().size();
    }
    std::printf("opening-day list with danger signs (%lld targets of one Posyandu): median %.1f ms, max %.1f ms\n", qlonglong(targetCount),
                Bench::percentile(reloads, 0.5), Bench::percentile(reloads, 1.0));
    std::printf("memory with the window open: own (RssAnon) %.1f MB, database pages mapped (RssFile) %.1f MB; %.1f MB own before opening "
                "the store\n",
                double(Bench::statusKb("RssAnon:")) / 1024, double(Bench::statusKb("RssFile:")) / 1024, double(rssBefore) / 1024);
    return 0;
}

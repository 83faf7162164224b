// SPDX-License-Identifier: GPL-3.0-or-later
// bench/store: the local store at Posyandu-district scale. Prints, for a
// store of N households (default 50,000, ~4 people each): opening time,
// loading the whole register, search-as-you-type latency (median and p95 per
// keystroke, through the same model the window uses), one session entry's
// save time, and resident memory. Figures only; never a pass/fail test.
//
//   build/release/bench/bench_store [--households N] [--keep DIR]
#include "database.h"
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "ids.h"
#include "indicatorcatalog.h"
#include "posyandurepository.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"
#include "sessionrepository.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Posyandu;

namespace {
const QStringList kGiven = {QStringLiteral("Budi"),  QStringLiteral("Siti"),  QStringLiteral("Ahmad"), QStringLiteral("Dewi"),
                            QStringLiteral("Wayan"), QStringLiteral("Made"),  QStringLiteral("Agus"),  QStringLiteral("Sri"),
                            QStringLiteral("Joko"),  QStringLiteral("Rina"),  QStringLiteral("Eko"),   QStringLiteral("Nur"),
                            QStringLiteral("Putu"),  QStringLiteral("Ketut"), QStringLiteral("Yanti"), QStringLiteral("Hendra")};
const QStringList kFamily = {QStringLiteral("Santoso"), QStringLiteral("Wijaya"),  QStringLiteral("Lestari"), QStringLiteral("Sudarta"),
                             QStringLiteral("Rahayu"),  QStringLiteral("Saputra"), QStringLiteral("Hidayat"), QStringLiteral("Kusuma"),
                             QStringLiteral("Pratama"), QStringLiteral("Susanti"), QStringLiteral("Nugroho"), QStringLiteral("Utami")};

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Bulk rows straight through SQL (bench data, not a path under test): the
// FTS triggers still run, so the search index is the real one.
bool generate(Storage::Database &db, const QString &posyanduId, int households, QString &childId)
{
    Storage::Transaction tx(db.sql());
    QRandomGenerator rng(42);
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString stamp = db.clock().now().toString();
    QSqlQuery h(db.sql()), m(db.sql());
    h.prepare(QStringLiteral("INSERT INTO household (id, posyandu_id, kk_number, head_name, address, rt, rw, dusun, village_code, "
                             "created_at, updated_at, updated_by, row_hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m.prepare(QStringLiteral("INSERT INTO member (id, household_id, nik, name, sex, birth_date, relationship, created_at, updated_at, "
                             "updated_by, row_hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < households; ++i) {
        const QString hid = Ids::newUuidV7();
        const QString family = kFamily.at(rng.bounded(int(kFamily.size())));
        const QString head = kGiven.at(rng.bounded(int(kGiven.size()))) + QLatin1Char(' ') + family;
        h.addBindValue(hid);
        h.addBindValue(posyanduId);
        h.addBindValue(QStringLiteral("3578%1").arg(i, 12, 10, QLatin1Char('0')));
        h.addBindValue(head);
        h.addBindValue(QStringLiteral("Jl. Melati %1").arg(i % 300));
        h.addBindValue(QStringLiteral("%1").arg(i % 30 + 1, 3, 10, QLatin1Char('0')));
        h.addBindValue(QStringLiteral("%1").arg(i % 9 + 1, 3, 10, QLatin1Char('0')));
        h.addBindValue(QStringLiteral("Dusun %1").arg(i % 12));
        h.addBindValue(QStringLiteral("3578010001"));
        for (const QString &v : {now, now, QStringLiteral("bench"), stamp})
            h.addBindValue(v);
        if (!h.exec())
            return false;
        const int people = 2 + rng.bounded(4);
        for (int p = 0; p < people; ++p) {
            const bool child = p >= 2;
            const QDate birth = child ? QDate(2022, 1, 1).addDays(rng.bounded(1500)) : QDate(1970, 1, 1).addDays(rng.bounded(12000));
            const QString id = Ids::newUuidV7();
            if (child && childId.isEmpty() && birth > QDate(2024, 1, 1))
                childId = id;
            m.addBindValue(id);
            m.addBindValue(hid);
            m.addBindValue(QStringLiteral("357801%1%2").arg(birth.toString(QStringLiteral("ddMMyy"))).arg(i % 9999 + 1, 4, 10, QLatin1Char('0')));
            m.addBindValue(p == 0 ? head : kGiven.at(rng.bounded(int(kGiven.size()))) + QLatin1Char(' ') + family);
            m.addBindValue(p == 1 ? QStringLiteral("P") : QStringLiteral("L"));
            m.addBindValue(birth.toString(Qt::ISODate));
            m.addBindValue(p == 0 ? QStringLiteral("kepala_keluarga") : p == 1 ? QStringLiteral("istri") : QStringLiteral("anak"));
            for (const QString &v : {now, now, QStringLiteral("bench"), stamp})
                m.addBindValue(v);
            if (!m.exec())
                return false;
        }
    }
    return tx.commit().ok();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int households = 50000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--households"))
            households = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir tmp;
    const QString path = (keep.isEmpty() ? tmp.path() : keep) + QStringLiteral("/bench.sqlite");
    QString childId;
    QElapsedTimer timer;
    {
        auto db = Storage::Database::open(path);
        if (!db) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(db.error().message));
            return 1;
        }
        auto posyandu = Storage::PosyanduRepository(*db.value()).save(
            {QString(), QStringLiteral("BENCH"), QStringLiteral("Posyandu Bench"), QStringLiteral("3578010001")});
        timer.start();
        if (!posyandu || !generate(*db.value(), posyandu.value().id, households, childId)) {
            std::fprintf(stderr, "bench_store: generating the data failed\n");
            return 1;
        }
        std::printf("generated %d households in %.1f s\n", households, double(timer.elapsed()) / 1000);
    }

    const long rssBefore = rssKb();
    timer.restart();
    auto opened = Storage::Database::open(path);
    if (!opened)
        return 1;
    Storage::Database &db = *opened.value();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    Storage::HouseholdRepository repo(db);
    HouseholdListModel model(repo);
    timer.restart();
    model.refresh();
    const double loadAllMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("open the store: %.1f ms; load the whole register (%d rows): %.1f ms\n", openMs, model.rowCount(), loadAllMs);

    // Search as you type: each prefix of each query is one keystroke.
    const QStringList queries = {QStringLiteral("budi santoso"), QStringLiteral("siti rahayu"), QStringLiteral("3578011"),
                                 QStringLiteral("dusun 7"),      QStringLiteral("wayan"),       QStringLiteral("made kusuma"),
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
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));

    // One session entry (weight, length, an observation) saved in one transaction.
    auto catalog = Storage::IndicatorCatalog::load(db.sql());
    auto rules = ScheduleRules::fromResources();
    auto posyandus = Storage::PosyanduRepository(db).list();
    if (!catalog || !rules || !posyandus || childId.isEmpty())
        return 1;
    auto session = Storage::SessionRepository(db).openOrContinue(posyandus.value().first().id, QDate::currentDate());
    Storage::SessionEntryRepository entries(db, catalog.value(), rules.value());
    QList<double> saves;
    for (int i = 0; i < 30; ++i) {
        Storage::SessionEntry e{session.value().id, childId, QDate::currentDate(), {}, {}, {}, {}, {}};
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
    std::printf("save one session entry (synchronous=FULL): median %.1f ms, p95 %.1f ms\n", percentile(saves, 0.5),
                percentile(saves, 0.95));
    std::printf("resident memory: %.1f MB (%.1f MB before opening the store)\n", double(rssKb()) / 1024, double(rssBefore) / 1024);
    return 0;
}

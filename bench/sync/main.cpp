// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync: what sync costs on the wire and in time, against the real
// posyandu-server on 127.0.0.1, with every byte counted by a pass-through
// TCP proxy between device and server (TCP payload both ways: HTTP headers
// and bodies as sent).
//
//   phase 0  a register of --households households (4 people each) pushed by
//            laptop A and pulled by a fresh laptop B (set-up; shown, no target)
//   phase 1  --records new service records (weighings, six-field answers,
//            doses) pushed by A
//   phase 2  the same pulled by B
//   phase 3  --edits edits of those records pushed by A
//   poor     one month of one Posyandu (--month-records) over an emulated
//            poor link (the proxy: 100 kbit/s, 300 ms each way, a tenth of
//            the requests cut or their answers lost), then a transfer cut
//            halfway and resumed
//
// bench_sync [--records N] [--edits N] [--households N] [--month-records N] [--skip-poor]
// On PostgreSQL: POSYANDU_TEST_BACKEND=postgres tests/with_postgres.sh build/release/bench/bench_sync
#include "changewriter.h"
#include "contenthash.h"
#include "database.h"
#include "deviceenrolment.h"
#include "faultproxy.h"
#include "ids.h"
#include "posyandurepository.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "syncjournal.h"
#include "synctransport.h"
#include "transaction.h"
#include "wiremessages.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Posyandu;

namespace {
const QByteArray kPassword("bench-password");

struct Device {
    std::unique_ptr<Storage::Database> db;
    QString token;
    QString posyanduId;
};

QStringList g_members; // member ids of the register
QStringList g_households;

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    return false;
}

std::optional<Device> device(const QString &path, const QString &url, const QString &user, bool withPosyandu)
{
    auto db = Storage::Database::open(path);
    if (!db)
        return fail(db.error().message), std::nullopt;
    Device d{std::move(db).value(), {}, {}};
    if (withPosyandu) {
        auto saved = Storage::PosyanduRepository(*d.db).save(
            {QString(), QStringLiteral("PSY-001"), QStringLiteral("Posyandu Mawar"), QStringLiteral("3578010001")});
        if (!saved)
            return fail(saved.error().message), std::nullopt;
        d.posyanduId = saved.value().id;
    }
    auto granted = Sync::DeviceEnrolment::request(*d.db, url, user, kPassword, QStringLiteral("bench"));
    if (!granted)
        return fail(granted.error().message), std::nullopt;
    if (!Sync::SyncJournal(*d.db).saveAccount(granted.value().account))
        return fail(QStringLiteral("account")), std::nullopt;
    d.token = granted.value().token;
    return d;
}

// Families with names, NIK-less for speed; four people a household.
bool writeRegister(Device &a, int households, QRandomGenerator &random)
{
    static const QStringList given = {QStringLiteral("Budi"), QStringLiteral("Siti"),    QStringLiteral("Agus"),   QStringLiteral("Dewi"),
                                      QStringLiteral("Joko"), QStringLiteral("Sri"),     QStringLiteral("Ahmad"),  QStringLiteral("Nur"),
                                      QStringLiteral("Rina"), QStringLiteral("Eko"),     QStringLiteral("Wati"),   QStringLiteral("Yusuf"),
                                      QStringLiteral("Ani"),  QStringLiteral("Bambang"), QStringLiteral("Lestari")};
    static const QStringList family = {QStringLiteral("Santoso"), QStringLiteral("Wijaya"),    QStringLiteral("Hidayat"),  QStringLiteral("Rahayu"),
                                       QStringLiteral("Saputra"), QStringLiteral("Kurniawan"), QStringLiteral("Lestari"),  QStringLiteral("Pratama"),
                                       QStringLiteral("Nugroho"), QStringLiteral("Wulandari"), QStringLiteral("Setiawan"), QStringLiteral("Susanti")};
    static const QStringList dusun = {QStringLiteral("Krajan"), QStringLiteral("Sumberejo"), QStringLiteral("Karanganyar"),
                                      QStringLiteral("Tegalsari")};
    static const QStringList relation = {QStringLiteral("Kepala Keluarga"), QStringLiteral("Istri"), QStringLiteral("Anak"), QStringLiteral("Anak")};
    auto pick = [&](const QStringList &list) { return list.at(int(random.bounded(quint32(list.size())))); };
    Storage::Transaction tx(a.db->sql());
    Storage::ChangeWriter writer(*a.db);
    for (int h = 0; h < households; ++h) {
        const QString household = Ids::newUuidV7();
        const QString surname = pick(family);
        if (!writer.insert(QStringLiteral("household"), household,
                           {{QStringLiteral("posyandu_id"), a.posyanduId},
                            {QStringLiteral("head_name"), QString(pick(given) + QLatin1Char(' ') + surname)},
                            {QStringLiteral("address"), QStringLiteral("Jl. %1 No. %2").arg(pick(dusun)).arg(random.bounded(120) + 1)},
                            {QStringLiteral("rt"), QStringLiteral("%1").arg(random.bounded(12) + 1, 3, 10, QLatin1Char('0'))},
                            {QStringLiteral("rw"), QStringLiteral("%1").arg(random.bounded(4) + 1, 3, 10, QLatin1Char('0'))},
                            {QStringLiteral("dusun"), pick(dusun)},
                            {QStringLiteral("village_code"), QStringLiteral("3578010001")}}))
            return fail(QStringLiteral("household"));
        g_households.append(household);
        for (int m = 0; m < 4; ++m) {
            const QString member = Ids::newUuidV7();
            const QDate born = m < 2 ? QDate(1980 + int(random.bounded(20)), 1 + int(random.bounded(12)), 1 + int(random.bounded(28)))
                                     : QDate::currentDate().addDays(-qint64(random.bounded(1800)));
            if (!writer.insert(QStringLiteral("member"), member,
                               {{QStringLiteral("household_id"), household},
                                {QStringLiteral("name"), QString(pick(given) + QLatin1Char(' ') + surname)},
                                {QStringLiteral("sex"),
                                 m == 0 ? QStringLiteral("L") : (m == 1 ? QStringLiteral("P") : pick({QStringLiteral("L"), QStringLiteral("P")}))},
                                {QStringLiteral("birth_date"), born},
                                {QStringLiteral("relationship"), relation.at(m)}}))
                return fail(QStringLiteral("member"));
            g_members.append(member);
        }
    }
    return tx.commit().ok();
}

// A month's work of a Posyandu, repeated: weighings, six-field answers, doses.
QStringList writeServiceRecords(Device &a, int count, QRandomGenerator &random)
{
    static const QStringList householdCodes = {QStringLiteral("pu_latrine"), QStringLiteral("pu_water_safe"), QStringLiteral("rumah_floor_area")};
    static const QStringList vaccines = {QStringLiteral("BCG"), QStringLiteral("OPV1"), QStringLiteral("DPT-HB-Hib1"), QStringLiteral("MR1")};
    QStringList weighings;
    Storage::Transaction tx(a.db->sql());
    Storage::ChangeWriter writer(*a.db);
    const QDate today = QDate::currentDate();
    for (int i = 0; i < count; ++i) {
        const QString member = g_members.at(int(random.bounded(quint32(g_members.size()))));
        const QString id = Ids::newUuidV7();
        const QDate on = today.addDays(-qint64(random.bounded(28)));
        bool ok = false;
        switch (i % 5) {
        case 0:
        case 1:
        case 2:
            ok = writer
                     .insert(QStringLiteral("anthropometry"), id,
                             {{QStringLiteral("member_id"), member},
                              {QStringLiteral("measured_on"), on},
                              {QStringLiteral("weight_kg"), double(50 + random.bounded(150)) / 10.0},
                              {QStringLiteral("lenhei_cm"), double(500 + random.bounded(600)) / 10.0},
                              {QStringLiteral("position"), random.bounded(2) ? QStringLiteral("lying") : QStringLiteral("standing")}})
                     .ok();
            weighings.append(id);
            break;
        case 3:
            ok = writer
                     .insert(QStringLiteral("observation"), id,
                             {{QStringLiteral("household_id"), g_households.at(int(random.bounded(quint32(g_households.size()))))},
                              {QStringLiteral("indicator_code"), householdCodes.at(int(random.bounded(3)))},
                              {QStringLiteral("observed_on"), on},
                              {QStringLiteral("value"), random.bounded(2) ? QStringLiteral("1") : QStringLiteral("%1").arg(random.bounded(40) + 6)}})
                     .ok();
            break;
        default:
            ok = writer
                     .insert(QStringLiteral("immunisation"), id,
                             {{QStringLiteral("member_id"), member},
                              {QStringLiteral("vaccine_code"), vaccines.at(int(random.bounded(4)))},
                              {QStringLiteral("given_on"), on}})
                     .ok();
            break;
        }
        if (!ok)
            return fail(QStringLiteral("service record")), QStringList();
    }
    return tx.commit() ? weighings : QStringList();
}

struct Figures {
    double seconds;
    quint64 up, down;
    int requests;
    Sync::SyncReport report;
};

Figures timedSync(Device &d, Test::FaultProxy &proxy, int attempts = 6)
{
    proxy.resetCounters();
    Sync::SyncOptions options;
    options.maxAttempts = attempts;
    options.backoff = Sync::Backoff(200, 5000);
    QElapsedTimer timer;
    timer.start();
    Sync::SyncReport r = Sync::SyncEngine(*d.db, d.token, options).run();
    return {double(timer.nsecsElapsed()) / 1e9, proxy.bytesUp(), proxy.bytesDown(), r.requests, r};
}

void print(const char *phase, const Figures &f, int records, const char *target)
{
    std::printf("%-34s %8d %9.1f %9.1f %5d %7.2f   %s%s\n", phase, records, double(f.up) / 1024.0, double(f.down) / 1024.0, f.requests, f.seconds,
                target, f.report.ok ? "" : qPrintable(QStringLiteral("  FAILED: ") + f.report.message));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int records = 10000, edits = 1000, households = 1000, monthRecords = 600;
    bool poor = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const int value = i + 1 < args.size() ? args.at(i + 1).toInt() : 0;
        if (a == QLatin1String("--records"))
            records = value, ++i;
        else if (a == QLatin1String("--edits"))
            edits = value, ++i;
        else if (a == QLatin1String("--households"))
            households = value, ++i;
        else if (a == QLatin1String("--month-records"))
            monthRecords = value, ++i;
        else if (a == QLatin1String("--skip-poor"))
            poor = false;
    }

    QTemporaryDir dir;
    Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
    for (const char *user : {"kaderA", "kaderB", "kaderC", "kaderD"})
        if (!server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword))
            return 1;
    if (!server.start())
        return fail(server.error()), 1;
    Test::FaultProxy proxy(QHostAddress::LocalHost, server.port());
    QRandomGenerator random(42);

    auto a = device(dir.filePath(QStringLiteral("a/posyandu.sqlite")), proxy.url(), QStringLiteral("kaderA"), true);
    auto b = device(dir.filePath(QStringLiteral("b/posyandu.sqlite")), proxy.url(), QStringLiteral("kaderB"), false);
    if (!a || !b || !writeRegister(*a, households, random))
        return 1;

    std::printf("bench_sync: %s server, loopback through a counting proxy; KiB = TCP payload both ways\n",
                server.isPostgres() ? "PostgreSQL" : "SQLite");
    std::printf("%-34s %8s %9s %9s %5s %7s   %s\n", "phase", "records", "KiB up", "KiB down", "reqs", "s", "target");
    print("0 register pushed (A)", timedSync(*a, proxy), households * 5 + 1, "");
    print("0 register pulled (B)", timedSync(*b, proxy), households * 5 + 1, "");

    const QStringList weighings = writeServiceRecords(*a, records, random);
    const Figures push = timedSync(*a, proxy);
    print("1 new service records pushed (A)", push, records, "<= 1200 KiB up, <= 25 reqs, < 2 s");
    const Figures pull = timedSync(*b, proxy);
    print("2 the same pulled (B)", pull, pull.report.pulled, "<= 600 KiB down, < 2 s");
    {
        Storage::Transaction tx(a->db->sql());
        Storage::ChangeWriter writer(*a->db);
        for (int i = 0; i < edits && i < weighings.size(); ++i)
            if (!writer.update(QStringLiteral("anthropometry"), weighings.at(i),
                               {{QStringLiteral("weight_kg"), double(60 + random.bounded(140)) / 10.0}}))
                return 1;
        if (!tx.commit())
            return 1;
    }
    print("3 edits pushed (A)", timedSync(*a, proxy), edits, "<= 120 KiB up, < 2 s");
    const QString hashA = Sync::ContentHash::of(*a->db).value();
    (void)timedSync(*b, proxy);
    std::printf("   A and B hold the same content: %s\n", hashA == Sync::ContentHash::of(*b->db).value() ? "yes" : "NO");

    if (poor) {
        // One month of one Posyandu over a poor link, emulated by the proxy (see the file comment).
        auto c = device(dir.filePath(QStringLiteral("c/posyandu.sqlite")), proxy.url(), QStringLiteral("kaderC"), false);
        if (!c || !timedSync(*c, proxy).report.ok)
            return 1;
        (void)writeServiceRecords(*a, monthRecords, random);
        proxy.faults().delayMs = 300;
        proxy.faults().bytesPerSecond = 100 * 1000 / 8;
        proxy.faults().cutPercent = 10;
        proxy.faults().cutWithinBytes = 20000;
        print("poor: a month pushed (A)", timedSync(*a, proxy, 20), monthRecords, "< 60 s");
        print("poor: the month pulled (C)", timedSync(*c, proxy, 20), monthRecords, "< 60 s");
        proxy.faults().cutPercent = 0;

        // A transfer cut halfway: 1000 records in two batches; the second batch's answer is lost once.
        (void)writeServiceRecords(*a, 1000, random);
        Sync::SyncJournal journal(*a->db);
        const auto first = journal.nextBatch().value();
        // The first batch goes through; the second reaches the server, its answer is lost.
        proxy.resetCounters();
        Sync::SyncTransport transport(QUrl(proxy.url()));
        transport.setToken(a->token);
        const auto firstAnswer = transport.post(QStringLiteral("/v1/sync/push"), Protocol::WireCodec::encode(first));
        const auto acks = Protocol::WireCodec::decodePushResponse(firstAnswer.body);
        if (!std::holds_alternative<Protocol::PushResponse>(acks) || !journal.applyPushResponse(first, std::get<Protocol::PushResponse>(acks)))
            return fail(QStringLiteral("first batch")), 1;
        const auto second = journal.nextBatch().value();
        proxy.faults().dropAnswerPercent = 100;
        (void)transport.post(QStringLiteral("/v1/sync/push"), Protocol::WireCodec::encode(second));
        proxy.faults().dropAnswerPercent = 0;
        const quint64 cutUp = proxy.bytesUp();
        const Figures resumed = timedSync(*a, proxy, 20);
        print("poor: resumed after a cut (A)", resumed, int(second.mutations.size()), "re-sends only the unacknowledged batch");
        std::printf("   first batch %d mutations (acknowledged before the cut), second %d; the resumed run sent %llu bytes up "
                    "(the cut attempt had sent %llu)\n",
                    int(first.mutations.size()), int(second.mutations.size()), resumed.up, cutUp);
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Devices and the real posyandu-server (a child process on 127.0.0.1, a free
// port), the device token in a real Secret Service on a private D-Bus
// (with_keyring.sh). Enrolment and its refusals, two laptops of one Posyandu
// set up apart, editing one household offline and syncing in both orders,
// a batch whose answer was lost, a server that is down or killed, clocks a
// day off, and the command line's enroll and sync as real processes.
#include "changewriter.h"
#include "clock.h"
#include "conflictreview.h"
#include "demogenerator.h"
#include "deviceenrolment.h"
#include "devicetoken.h"
#include "fieldmerge.h"
#include "householdrepository.h"
#include "ids.h"
#include "migrator.h"
#include "pullpageapplier.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncjournal.h"
#include "syncschema.h"
#include "synctransport.h"
#include "tempstore.h"
#include "transaction.h"
#include "wiremessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Sync;
using namespace Posyandu::Test;

namespace {
const QByteArray kPassword("rahasia-123");
} // namespace

class TestSync : public QObject
{
    Q_OBJECT
    Test::ServerProcess m_server{QStringLiteral(POSYANDU_SERVER)};

    std::unique_ptr<Test::TempStore> enrolled(const QString &user)
    {
        auto store = std::make_unique<Test::TempStore>();
        auto account = DeviceEnrolment::enrol(store->db(), m_server.url(), user, kPassword, QStringLiteral("laptop"));
        if (!account) {
            qWarning("%s", qPrintable(account.error().message));
            return nullptr;
        }
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The device speaks the synced schema the server accepts; its store may be newer by tables of its own.
        QVERIFY(Storage::Migrator::latestVersion() >= Protocol::kSchemaVersion);
        for (const char *user : {"kaderA", "kaderB", "kaderC"})
            QVERIFY(m_server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(m_server.addUser(QStringLiteral("kaderLain"), QStringLiteral("cadre"), QStringLiteral("PSY-002"), kPassword));
        QVERIFY(m_server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), QString(), kPassword));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void enrolmentRefusals_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("no scheme") << "127.0.0.1:8080"
                                   << "kaderA" << kPassword << "not valid";
        QTest::newRow("ftp") << "ftp://127.0.0.1/"
                             << "kaderA" << kPassword << "not valid";
        QTest::newRow("a query in the address") << "http://127.0.0.1:1/?x=1"
                                                << "kaderA" << kPassword << "not valid";
        QTest::newRow("nobody listening") << "http://127.0.0.1:1"
                                          << "kaderA" << kPassword << "cannot be reached";
        QTest::newRow("wrong password") << "SERVER"
                                        << "kaderA" << QByteArray("salah-salah") << "Wrong user name or password";
        QTest::newRow("unknown user, same words") << "SERVER"
                                                  << "siapa" << kPassword << "Wrong user name or password";
        QTest::newRow("empty password") << "SERVER"
                                        << "kaderA" << QByteArray() << "password";
        QTest::newRow("a cadre of another Posyandu") << "SERVER"
                                                     << "kaderLain" << kPassword << "PSY-002";
    }
    void enrolmentRefusals()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QByteArray, password);
        QFETCH(QString, says);
        Test::TempStore store;
        const QString devicesBefore = serverScalar(m_server, QStringLiteral("SELECT count(*) FROM device"));
        auto account = DeviceEnrolment::enrol(store.db(), server == QLatin1String("SERVER") ? m_server.url() : server, user, password, {});
        QVERIFY(!account);
        // Refused before any device exists on the server (a cadre of another Posyandu too).
        QCOMPARE(serverScalar(m_server, QStringLiteral("SELECT count(*) FROM device")), devicesBefore);
        QVERIFY2(account.error().message.contains(says), qPrintable(account.error().message));
        // Nothing of it was kept: not enrolled, no token.
        QVERIFY(!SyncJournal(store.db()).account().value().isEnrolled());
        QVERIFY(!DeviceToken::read(store.db()));
    }

    void practiceAndRealNeverMeet()
    {
        // A practice store refuses a real server before sending any password...
        QTemporaryDir practiceDir;
        auto opened = Storage::Database::open(practiceDir.filePath(QStringLiteral("posyandu-demo.sqlite")));
        QVERIFY(opened);
        struct {
            Storage::Database &db() { return *store; }
            std::unique_ptr<Storage::Database> store;
        } practice{std::move(opened).value()};
        Demo::DemoOptions options;
        options.households = 20;
        QVERIFY(Demo::DemoGenerator::generate(practice.db(), options));
        const qsizetype enrolmentsBefore = m_server.log().count("/v1/devices");
        auto refused = DeviceEnrolment::enrol(practice.db(), m_server.url(), QStringLiteral("kaderA"), kPassword, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("practice")), qPrintable(refused.error().message));
        QTest::qWait(200);                                               // the server writes its log line after answering
        QCOMPARE(m_server.log().count("/v1/devices"), enrolmentsBefore); // no enrolment was even tried: the password never went out

        // ...and a real store refuses a practice server; the practice store enrols with it.
        Test::ServerProcess demo(QStringLiteral(POSYANDU_SERVER));
        QVERIFY2(demo.start({QStringLiteral("--demo")}), qPrintable(demo.error()));
        Test::TempStore real;
        auto wrongWay = DeviceEnrolment::enrol(real.db(), demo.url(), QStringLiteral("kader01"), "latihan123", {});
        QVERIFY(!wrongWay);
        QVERIFY2(wrongWay.error().message.contains(QLatin1String("practice server")), qPrintable(wrongWay.error().message));
        auto ok = DeviceEnrolment::enrol(practice.db(), demo.url(), QStringLiteral("kader01"), "latihan123", {});
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok.value().scope, QStringLiteral("DEMO-01"));
        // Its village of DEMO-01 was queued, parents first, and syncs whole; the other practice Posyandu stay home.
        const int queued = scalar(practice.db(), QStringLiteral("SELECT count(*) FROM outbox")).toInt();
        QVERIFY(queued > 20);
        QCOMPARE(scalar(practice.db(), QStringLiteral("SELECT entity FROM outbox ORDER BY seq LIMIT 1")), QStringLiteral("posyandu"));
        const Sync::SyncReport shown = syncNow(practice.db());
        QVERIFY2(shown.ok, qPrintable(shown.message));
        QCOMPARE(shown.pushed, queued);
        // The practice server registered the nine practice Posyandu under the ids the laptop gave them: DEMO-01's record is one.
        QCOMPARE(serverScalar(demo, QStringLiteral("SELECT count(*) FROM record WHERE scope = 'DEMO-01'")).toInt(), queued);
        QCOMPARE(serverScalar(demo, QStringLiteral("SELECT count(*) FROM record WHERE scope <> 'DEMO-01' AND entity <> 'posyandu'")),
                 QStringLiteral("0"));
        QCOMPARE(serverScalar(demo, QStringLiteral("SELECT count(*) FROM record WHERE entity = 'posyandu'")), QStringLiteral("9"));
        // The practice server's store refuses to start as a real server, and the other way round.
        QString err;
        QCOMPARE(demo.run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, {}, &err), 1);
        QVERIFY2(err.contains(QLatin1String("practice data")), qPrintable(err));
        QCOMPARE(m_server.run({QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, {}, &err), 1);
        QVERIFY2(err.contains(QLatin1String("real data")), qPrintable(err));
    }

    void twoLaptopsOfOnePosyanduConverge_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("A syncs first") << true;
        QTest::newRow("B syncs first") << false;
    }
    void twoLaptopsOfOnePosyanduConverge()
    {
        QFETCH(bool, aFirst);
        // Two laptops of PSY-001, each set up on its own before ever syncing (two Posyandu records with one code).
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(server.addUser(QStringLiteral("kaderB"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), QString(), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        Test::TempStore a, b;
        QVERIFY(DeviceEnrolment::enrol(a.db(), server.url(), QStringLiteral("kaderA"), kPassword, {}));
        QVERIFY(DeviceEnrolment::enrol(b.db(), server.url(), QStringLiteral("kaderB"), kPassword, {}));
        const QString fromA = addHousehold(a.db(), a.posyanduId(), QStringLiteral("Budi Santoso"));
        const QString fromB = addHousehold(b.db(), b.posyanduId(), QStringLiteral("Siti Aminah"));
        QVERIFY(!fromA.isEmpty() && !fromB.isEmpty());

        Storage::Database &first = aFirst ? a.db() : b.db();
        Storage::Database &second = aFirst ? b.db() : a.db();
        // Each syncs once more after the other's last change: the second laptop
        // to settle moves its rows, and the first must pull that move.
        for (Storage::Database *db : {&first, &second, &first, &second}) {
            const SyncReport r = syncNow(*db);
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        // One Posyandu on both (the one set up first), both households under it, the same content.
        const QString kept = std::min(a.posyanduId(), b.posyanduId());
        for (Storage::Database *db : {&a.db(), &b.db()}) {
            QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(id) FROM posyandu WHERE deleted_at IS NULL")), kept);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM household WHERE posyandu_id = ? AND deleted_at IS NULL"), {kept}),
                     QStringLiteral("2"));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        }
        QCOMPARE(hashOf(a.db()), hashOf(b.db()));

        // Offline, both edit Budi's household: the same field (head_name, B later) and one field each.
        QVERIFY(edit(a.db(), QStringLiteral("household"), fromA,
                     {{QStringLiteral("head_name"), QStringLiteral("Budi S. (A)")}, {QStringLiteral("address"), QStringLiteral("Jl. Melati 3")}}));
        // B's edit is later by more than both clocks' offset errors (half of each laptop's last hello round trip):
        // only then does "the later edit wins" hold (docs/sync-protocol.md, "Merge rule"), on a loaded machine too.
        const int apart = scalar(a.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_clock_error_ms'")).toInt()
            + scalar(b.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_clock_error_ms'")).toInt() + 5;
        QVERIFY(apart >= 5 && apart < 60000);
        QTest::qWait(apart);
        QVERIFY(edit(b.db(), QStringLiteral("household"), fromA,
                     {{QStringLiteral("head_name"), QStringLiteral("Budi Santoso (B)")}, {QStringLiteral("rt"), QStringLiteral("007")}}));
        for (Storage::Database *db : {&first, &second, &first}) {
            const SyncReport r = syncNow(*db);
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        for (Storage::Database *db : {&a.db(), &b.db()}) {
            QCOMPARE(scalar(*db, QStringLiteral("SELECT head_name || '|' || address || '|' || rt FROM household WHERE id = ?"), {fromA}),
                     QStringLiteral("Budi Santoso (B)|Jl. Melati 3|007"));
        }
        QCOMPARE(hashOf(a.db()), hashOf(b.db()));
        // The server logged the head_name conflict with both values, and nothing else.
        QCOMPARE(serverScalar(server, QStringLiteral("SELECT server_value || ' / ' || device_value FROM conflict WHERE field = 'head_name'")),
                 aFirst ? QStringLiteral("Budi S. (A) / Budi Santoso (B)") : QStringLiteral("Budi Santoso (B) / Budi S. (A)"));
        QCOMPARE(serverScalar(server, QStringLiteral("SELECT count(*) FROM conflict")), QStringLiteral("1"));

        // The supervisor reviews it: one open conflict in the area, with both values; a cadre may look but not decide.
        QVERIFY(server.addUser(QStringLiteral("pendamping"), QStringLiteral("supervisor"), QStringLiteral("3578010001"), kPassword));
        auto review = Storage::Database::open(QDir(a.dir()).filePath(QStringLiteral("review/posyandu.sqlite")));
        QVERIFY(review);
        QVERIFY(DeviceEnrolment::enrol(*review.value(), server.url(), QStringLiteral("pendamping"), kPassword, {}));
        Sync::ConflictReview supervisor(*review.value(), DeviceToken::read(*review.value()).value());
        auto open = supervisor.open();
        QVERIFY2(open, qPrintable(open ? QString() : open.error().message));
        QCOMPARE(open.value().size(), 1);
        const Sync::ConflictItem conflict = open.value().first();
        QCOMPARE(conflict.field, QStringLiteral("head_name"));
        QCOMPARE(conflict.kept, QStringLiteral("Budi Santoso (B)"));
        QCOMPARE(conflict.other, QStringLiteral("Budi S. (A)"));
        auto byCadre = Sync::ConflictReview(a.db(), DeviceToken::read(a.db()).value()).decide(conflict.seq, true);
        QVERIFY(!byCadre);
        QVERIFY2(byCadre.error().message.contains(QLatin1String("supervisor")), qPrintable(byCadre.error().message));
        // The other value wins on review: both laptops get it with their next sync, and it is decided once only.
        QVERIFY(supervisor.decide(conflict.seq, true));
        QVERIFY(!supervisor.decide(conflict.seq, false));
        QVERIFY(supervisor.open().value().isEmpty());
        QVERIFY(syncNow(a.db()).ok);
        QVERIFY(syncNow(b.db()).ok);
        for (Storage::Database *db : {&a.db(), &b.db()})
            QCOMPARE(scalar(*db, QStringLiteral("SELECT head_name FROM household WHERE id = ?"), {fromA}), QStringLiteral("Budi S. (A)"));
        QCOMPARE(hashOf(a.db()), hashOf(b.db()));

        // A fresh device of the administrator pulls everything: the very same content.
        auto fresh = Storage::Database::open(QDir(a.dir()).filePath(QStringLiteral("fresh/posyandu.sqlite")));
        QVERIFY(fresh);
        QVERIFY(DeviceEnrolment::enrol(*fresh.value(), server.url(), QStringLiteral("admin"), kPassword, {}));
        const SyncReport pulled = syncNow(*fresh.value());
        QVERIFY2(pulled.ok, qPrintable(pulled.message));
        QCOMPARE(hashOf(*fresh.value()), hashOf(a.db()));
    }

    // A hostile device of the region (sync robustness, "How we will check"): each kind of bad change goes in a batch
    // of its own beside a good one, from a hand-made client holding a real cadre's token. After each, two cadres'
    // laptops, a supervisor's and an admin's all sync, to one content hash; nothing of the bad changes arrives.
    void hostileDeviceStallsNoOne()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        for (const char *user : {"kaderA", "kaderB", "jahil"})
            QVERIFY(server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(server.registerPosyandu(QStringLiteral("PSY-002"), QStringLiteral("3201010001"), QStringLiteral("Lain")));
        QVERIFY(server.addUser(QStringLiteral("pendamping"), QStringLiteral("supervisor"), QStringLiteral("3578010001"), kPassword));
        QVERIFY(server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), QString(), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        Test::TempStore a, b, hostile;
        QVERIFY(DeviceEnrolment::enrol(a.db(), server.url(), QStringLiteral("kaderA"), kPassword, {}));
        QVERIFY(DeviceEnrolment::enrol(b.db(), server.url(), QStringLiteral("kaderB"), kPassword, {}));
        auto jahil = DeviceEnrolment::enrol(hostile.db(), server.url(), QStringLiteral("jahil"), kPassword, {});
        QVERIFY(jahil);
        auto supervisor = Storage::Database::open(QDir(dir.path()).filePath(QStringLiteral("s/posyandu.sqlite")));
        auto admin = Storage::Database::open(QDir(dir.path()).filePath(QStringLiteral("a/posyandu.sqlite")));
        QVERIFY(supervisor && admin);
        QVERIFY(DeviceEnrolment::enrol(*supervisor.value(), server.url(), QStringLiteral("pendamping"), kPassword, {}));
        QVERIFY(DeviceEnrolment::enrol(*admin.value(), server.url(), QStringLiteral("admin"), kPassword, {}));
        QVERIFY(!addHousehold(a.db(), a.posyanduId(), QStringLiteral("Budi")).isEmpty());
        QVERIFY(syncNow(a.db()).ok);

        SyncTransport transport(QUrl(server.url()));
        transport.setToken(DeviceToken::read(hostile.db()).value());
        const QString registered = Protocol::SyncSchema::registeredPosyanduId(QStringLiteral("PSY-001"));
        qint64 opSeq = 0;
        int next = 1;
        auto id = [&] { return QStringLiteral("0190c000-0000-7000-8000-%1").arg(next++, 12, 10, QLatin1Char('0')); };
        auto mutation = [&](const QString &entity, const QString &recordId, const QString &op, const QJsonObject &fields) {
            QJsonObject hlc;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                hlc.insert(it.key(), Protocol::HlcStamp{Protocol::Clock::nowMs(), quint32(next), jahil.value().deviceId}.toString());
            return Protocol::Mutation{id(), entity, recordId, op, fields, hlc, std::nullopt};
        };
        auto deletion = [&](const QString &recordId) { // a delete carries its stamp under ""
            Protocol::Mutation m = mutation(QStringLiteral("posyandu"), recordId, QStringLiteral("delete"), {});
            m.hlc = {{QString(), Protocol::HlcStamp{Protocol::Clock::nowMs(), 0, jahil.value().deviceId}.toString()}};
            return m;
        };
        auto household = [&](const QString &head) {
            return QJsonObject{{QStringLiteral("posyandu_id"), registered},
                               {QStringLiteral("head_name"), head},
                               {QStringLiteral("rt"), QStringLiteral("001")},
                               {QStringLiteral("rw"), QStringLiteral("002")},
                               {QStringLiteral("village_code"), QStringLiteral("3578010001")}};
        };
        auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        const QString nul = QStringLiteral("Bu") + QChar(0) + QStringLiteral("di");
        const QList<std::pair<Protocol::Mutation, QString>> bad = {
            {mutation(QStringLiteral("secret_table"), id(), QStringLiteral("insert"), household(QStringLiteral("x"))),
             QStringLiteral("unknown_entity")},
            {mutation(QStringLiteral("household"), id(), QStringLiteral("insert"),
                      with(household(QStringLiteral("x")), QStringLiteral("is_admin"), 1)),
             QStringLiteral("unknown_field")},
            {mutation(QStringLiteral("household"), id(), QStringLiteral("insert"),
                      with(household(QStringLiteral("x")), QStringLiteral("head_name"), QJsonObject{{QStringLiteral("a"), 1}})),
             QStringLiteral("wrong_type")},
            {mutation(QStringLiteral("household"), id(), QStringLiteral("insert"), household(QString(101, QLatin1Char('x')))),
             QStringLiteral("too_long")},
            {mutation(QStringLiteral("household"), id(), QStringLiteral("insert"), household(QString(70000, QLatin1Char('x')))),
             QStringLiteral("record_too_big")},
            {mutation(QStringLiteral("household"), id(), QStringLiteral("insert"), household(nul)), QStringLiteral("control_character")},
            {mutation(QStringLiteral("household"), id(), QStringLiteral("insert"),
                      with(household(QStringLiteral("x")), QStringLiteral("rw"), QJsonValue(QJsonValue::Undefined))),
             QStringLiteral("missing_required")},
            {mutation(QStringLiteral("posyandu"), id(), QStringLiteral("insert"),
                      {{QStringLiteral("code"), QStringLiteral("PSY-002")},
                       {QStringLiteral("name"), QStringLiteral("Palsu")},
                       {QStringLiteral("village_code"), QStringLiteral("3201010001")}}),
             QStringLiteral("outside_scope")},
            {deletion(registered), QStringLiteral("registered_posyandu")},
            {mutation(QStringLiteral("posyandu"), registered, QStringLiteral("update"),
                      {{QStringLiteral("village_code"), QStringLiteral("3201010001")}}),
             QStringLiteral("registered_field")},
        };
        QString expectedHash;
        for (const auto &[change, code] : bad) {
            const QString good = id();
            Protocol::Mutation fine =
                mutation(QStringLiteral("household"), good, QStringLiteral("insert"), household(QStringLiteral("Baik ") + code));
            const HttpResult answer = transport.post(
                QStringLiteral("/v1/sync/push"),
                Protocol::WireCodec::encode(Protocol::PushBatch{Protocol::kSchemaVersion, jahil.value().deviceId, ++opSeq, {change, fine}}));
            QCOMPARE(answer.status, 200);
            const auto acks = Protocol::WireCodec::decodePushResponse(answer.body);
            QVERIFY(std::holds_alternative<Protocol::PushResponse>(acks));
            const Protocol::Ack first = std::get<Protocol::PushResponse>(acks).acks.value(0);
            QVERIFY2(first.reason.startsWith(code + QLatin1Char(':')), qPrintable(code + QStringLiteral(": ") + first.reason));
            QVERIFY2(first.reason.size() < 300, qPrintable(first.reason.left(300)));
            QCOMPARE(std::get<Protocol::PushResponse>(acks).acks.value(1).status, QStringLiteral("applied"));
            // Everyone else syncs, and all hold the same: the good household, none of the bad, the registered village.
            for (Storage::Database *db : {&a.db(), &b.db(), supervisor.value().get(), admin.value().get()}) {
                const SyncReport r = syncNow(*db);
                QVERIFY2(r.ok, qPrintable(code + QStringLiteral(": ") + r.message));
                QCOMPARE(r.setAside, 0);
                QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM household WHERE id = ?"), {good}), QStringLiteral("1"));
                QCOMPARE(scalar(*db, QStringLiteral("SELECT village_code FROM posyandu WHERE id = ?"), {registered}), QStringLiteral("3578010001"));
                QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM posyandu WHERE name = 'Palsu'")), QStringLiteral("0"));
            }
            expectedHash = hashOf(a.db());
            QCOMPARE(hashOf(b.db()), expectedHash);
        }
        // The supervisor's laptop holds its area (PSY-001) as the cadres do; the admin's also PSY-002 of another district.
        QCOMPARE(hashOf(*supervisor.value()), expectedHash);
        QCOMPARE(scalar(*admin.value(), QStringLiteral("SELECT group_concat(code) FROM (SELECT code FROM posyandu ORDER BY code)")),
                 QStringLiteral("PSY-001,PSY-002"));
        QCOMPARE(scalar(*admin.value(), QStringLiteral("SELECT count(*) FROM household")),
                 scalar(a.db(), QStringLiteral("SELECT count(*) FROM household")));
    }

    // Supervisor and admin laptops read and review (sync robustness, "no settlement, no queue of service changes"):
    // a save is refused in words, and two Posyandu records of one code are settled without queueing anything.
    void reviewerLaptopsChangeNoServiceData()
    {
        QVERIFY(m_server.addUser(QStringLiteral("pengawas"), QStringLiteral("supervisor"), QStringLiteral("3578010001"), kPassword));
        QTemporaryDir dir;
        for (const char *user : {"pengawas", "admin"}) {
            auto opened = Storage::Database::open(QDir(dir.path()).filePath(QString::fromLatin1(user) + QStringLiteral("/posyandu.sqlite")));
            QVERIFY(opened);
            Storage::Database &db = *opened.value();
            QVERIFY(DeviceEnrolment::enrol(db, m_server.url(), QString::fromLatin1(user), kPassword, {}));
            const QString oldId = QStringLiteral("0190a000-0000-7000-8000-0000000000a1"); // a laptop of an earlier version made it
            const QString registered = Protocol::SyncSchema::registeredPosyanduId(QStringLiteral("PSY-001"));
            auto change = [](const QString &entity, const QString &id, const QJsonObject &fields, qint64 seq) {
                QJsonObject hlc;
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                    hlc.insert(it.key(), QStringLiteral("000001720000000000-00000-oldlaptop"));
                return Protocol::Change{seq, entity, id, fields, hlc, false};
            };
            const QJsonObject psy{{QStringLiteral("code"), QStringLiteral("PSY-001")},
                                  {QStringLiteral("name"), QStringLiteral("Posyandu Melati")},
                                  {QStringLiteral("village_code"), QStringLiteral("3578010001")}};
            const QString household = Ids::newUuidV7();
            Protocol::PullPage first{{change(QStringLiteral("posyandu"), oldId, psy, 900001),
                                      change(QStringLiteral("household"), household,
                                             {{QStringLiteral("posyandu_id"), oldId},
                                              {QStringLiteral("head_name"), QStringLiteral("Budi")},
                                              {QStringLiteral("rt"), QStringLiteral("001")},
                                              {QStringLiteral("rw"), QStringLiteral("002")},
                                              {QStringLiteral("village_code"), QStringLiteral("3578010001")}},
                                             900002)},
                                     QStringLiteral("900002"),
                                     false};
            QVERIFY(PullPageApplier(db).apply(first));
            QVERIFY(PullPageApplier(db).apply({{change(QStringLiteral("posyandu"), registered, psy, 900003)}, QStringLiteral("900003"), false}));
            // The registered one stays; the other is retired here only; the household waits for the cadre's move.
            QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(id) FROM posyandu WHERE deleted_at IS NULL AND code = 'PSY-001'")), registered);
            QCOMPARE(scalar(db, QStringLiteral("SELECT posyandu_id FROM household WHERE id = ?"), {household}), oldId);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
            // Entering service data is refused in words, and nothing is queued.
            const QString refused = addHousehold(db, registered, QStringLiteral("Siti"));
            QVERIFY(refused.isEmpty());
            Household h;
            h.posyanduId = registered;
            h.headName = QStringLiteral("Siti");
            h.rt = QStringLiteral("1");
            h.rw = QStringLiteral("2");
            h.villageCode = QStringLiteral("3578010001");
            auto saved = Storage::HouseholdRepository(db).save(h);
            QVERIFY(!saved);
            QVERIFY2(saved.error().message.contains(QLatin1String("supervisor")), qPrintable(saved.error().message));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
            QVERIFY2(syncNow(db).ok, user);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        }
    }

    void lostAnswerIsNotAppliedTwice()
    {
        auto device = enrolled(QStringLiteral("kaderC"));
        QVERIFY(device);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!addHousehold(device->db(), device->posyanduId(), QStringLiteral("Rumah %1").arg(i)).isEmpty());
        // The batch reaches the server, the answer never reaches the device.
        SyncJournal journal(device->db());
        const Protocol::PushBatch batch = journal.nextBatch().value();
        QCOMPARE(batch.mutations.size(), 4); // the Posyandu and three households
        SyncTransport transport(QUrl(m_server.url()));
        transport.setToken(DeviceToken::read(device->db()).value());
        const HttpResult lost = transport.post(QStringLiteral("/v1/sync/push"), Protocol::WireCodec::encode(batch));
        QCOMPARE(lost.status, 200);
        const QString versions = serverScalar(m_server, QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'"));
        // Sent again with a new household behind it: the first four answered from the stored acks, nothing applied twice.
        QVERIFY(!addHousehold(device->db(), device->posyanduId(), QStringLiteral("Rumah 3")).isEmpty());
        const SyncReport r = syncNow(device->db());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.pushed, 5);
        // Its own records are not downloaded back, yet it knows their versions (the base of its next edits).
        QCOMPARE(r.pulled, 0);
        QCOMPARE(scalar(device->db(), QStringLiteral("SELECT count(*) FROM household WHERE server_ver IS NULL")), QStringLiteral("0"));
        QCOMPARE(serverScalar(m_server, QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'")).toInt(), versions.toInt() + 1);
        QCOMPARE(scalar(device->db(), QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        QCOMPARE(device->count(QStringLiteral("household")), 4);
    }

    // Text that validation lets through travels the same on SQLite and PostgreSQL (this test runs on both), and a
    // failure inside the server's store reaches the device as "try again later", never as SQL or anyone's values.
    void oddTextAndStoreFailuresOnBothBackends()
    {
        auto a = enrolled(QStringLiteral("kaderA"));
        auto b = enrolled(QStringLiteral("kaderB"));
        QVERIFY(a && b);
        const QStringList names = {
            QStringLiteral("\u200F\u0645\u062D\u0645\u062F\u200E Budi"),                // right-to-left marks around Arabic
            QStringLiteral("Jose\u0301 Mari\u0301a"),                                   // combining accents (stored NFC)
            QStringLiteral("Siti \U0001F469\U0001F3FD\u200D\u2695\uFE0F \U0001F600"),   // 4-byte emoji, ZWJ sequence
            QString(100, QLatin1Char('W')),                                             // one word at the length limit
            QStringLiteral("\u1100\u1161\u11A8 \u0915\u094D\u0937 \u0E01\u0E34\u0E4C"), // conjoining jamo, virama, Thai marks
        };
        QStringList ids;
        for (const QString &name : names) {
            ids.append(addHousehold(a->db(), a->posyanduId(), name));
            QVERIFY2(!ids.last().isEmpty(), qPrintable(name));
        }
        QVERIFY(syncNow(a->db()).ok);
        QVERIFY(syncNow(b->db()).ok);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(scalar(b->db(), QStringLiteral("SELECT head_name FROM household WHERE id = ?"), {ids.at(i)}),
                     names.at(i).normalized(QString::NormalizationForm_C));
        QCOMPARE(hashOf(a->db()), hashOf(b->db()));

        // The conflict log's table is gone (a broken store): both edit one field, the second push fails inside the store.
        QVERIFY(serverExec(m_server, QStringLiteral("ALTER TABLE conflict RENAME TO conflict_away")));
        QVERIFY(edit(a->db(), QStringLiteral("household"), ids.first(), {{QStringLiteral("head_name"), QStringLiteral("Rahasia Milik A")}}));
        QVERIFY(edit(b->db(), QStringLiteral("household"), ids.first(), {{QStringLiteral("head_name"), QStringLiteral("Rahasia Milik B")}}));
        QVERIFY(syncNow(a->db()).ok);
        const SyncReport failed = syncNow(b->db(), 2);
        QVERIFY(!failed.ok);
        for (const char *leak : {"conflict_away", "INSERT", "Rahasia", "relation", "no such table"})
            QVERIFY2(!failed.message.contains(QLatin1String(leak)), qPrintable(failed.message));
        QVERIFY2(m_server.log().contains("store failure"), "the detail belongs in the server's log");
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("1")); // kept, to be sent again
        // Repaired, the next run goes through and both converge.
        QVERIFY(serverExec(m_server, QStringLiteral("ALTER TABLE conflict_away RENAME TO conflict")));
        QVERIFY(syncNow(b->db()).ok);
        QVERIFY(syncNow(a->db()).ok);
        QCOMPARE(hashOf(a->db()), hashOf(b->db()));
    }

    // One record on the server that this device cannot take (an older server let a household without its RW in;
    // sync robustness, docs/sync-protocol.md "Refused changes"): it is set aside with its reason, the cursor moves
    // past it, every other change is applied, and the next pull does not stall on it either.
    void aRecordThisDeviceCannotTakeIsSetAside()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        for (const char *user : {"kaderA", "kaderB"})
            QVERIFY(server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        Test::TempStore a;
        QVERIFY(DeviceEnrolment::enrol(a.db(), server.url(), QStringLiteral("kaderA"), kPassword, {}));
        QVERIFY(!addHousehold(a.db(), a.posyanduId(), QStringLiteral("Budi")).isEmpty());
        QVERIFY2(syncNow(a.db()).ok, "first push");

        // Written straight into the server's store, as a server before validation took it.
        const qint64 version = serverScalar(server, QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'")).toLongLong() + 1;
        const QString stamp = QStringLiteral("%1-00000-%2").arg(QDateTime::currentMSecsSinceEpoch(), 18, 10, QLatin1Char('0')).arg(a.db().deviceId());
        auto field = [&](const QString &value) {
            return QJsonObject{{QStringLiteral("v"), value}, {QStringLiteral("h"), stamp}, {QStringLiteral("c"), double(version)}};
        };
        const QJsonObject state{{QStringLiteral("posyandu_id"), field(a.posyanduId())},
                                {QStringLiteral("head_name"), field(QStringLiteral("Tanpa RW"))},
                                {QStringLiteral("rt"), field(QStringLiteral("001"))},
                                {QStringLiteral("village_code"), field(QStringLiteral("3578010001"))}};
        const QString badId = Ids::newUuidV7();
        QVERIFY(serverExec(
            server,
            QStringLiteral("INSERT INTO record (entity, id, scope, state, deleted, server_ver) VALUES ('household', '%1', 'PSY-001', '%2', 0, %3)")
                .arg(badId, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
                .arg(version)));
        QVERIFY(serverExec(server, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'server_ver'").arg(version)));
        // A good change after it.
        QVERIFY(!addHousehold(a.db(), a.posyanduId(), QStringLiteral("Sri")).isEmpty());
        QVERIFY2(syncNow(a.db()).ok, "second push");

        Test::TempStore b;
        QVERIFY(DeviceEnrolment::enrol(b.db(), server.url(), QStringLiteral("kaderB"), kPassword, {}));
        const SyncReport first = syncNow(b.db());
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.setAside, 1);
        QVERIFY2(first.message.contains(QLatin1String("set aside")), qPrintable(first.message));
        QVERIFY2(first.setAsideReasons.value(0).contains(QLatin1String("rw")), qPrintable(first.setAsideReasons.value(0)));
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM household WHERE deleted_at IS NULL")), QStringLiteral("2")); // Budi and Sri
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT entity_id FROM sync_set_aside")), badId);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")),
                 serverScalar(server, QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'")));
        QCOMPARE(SyncJournal(b.db()).counts().value().setAside, 1);
        // The next run neither stalls nor fetches it again; laptop A is untouched by it.
        const SyncReport again = syncNow(b.db());
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(again.pulled, 0);
        QCOMPARE(again.setAside, 0);
        QVERIFY(syncNow(a.db()).ok);
    }

    void serverDownThenKilledKeepsEverything()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        Test::TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), server.url(), QStringLiteral("kaderA"), kPassword, {}));
        QVERIFY(!addHousehold(device.db(), device.posyanduId(), QStringLiteral("Budi")).isEmpty());

        server.kill();
        const SyncReport down = syncNow(device.db(), 2);
        QVERIFY(!down.ok);
        QVERIFY2(down.message.contains(QLatin1String("cannot be reached")), qPrintable(down.message));
        QCOMPARE(down.waiting, 2);
        QCOMPARE(down.retries, 1);
        QCOMPARE(scalar(device.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_last_error'")), down.message);

        // Back (on another port, as after a restart behind a new address): everything goes, once.
        QVERIFY(server.start());
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), server.url()));
        const SyncReport up = syncNow(device.db());
        QVERIFY2(up.ok, qPrintable(up.message));
        QCOMPARE(up.pushed, 2);
        QCOMPARE(serverScalar(server, QStringLiteral("SELECT count(*) FROM record")), QStringLiteral("2"));
        QCOMPARE(scalar(device.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_last_error'")), QString());
    }

    void revokedDeviceIsToldInWords()
    {
        ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        TempStore device;
        auto account = DeviceEnrolment::enrol(device.db(), server.url(), QStringLiteral("kaderA"), kPassword, {});
        QVERIFY(account);
        QVERIFY(syncNow(device.db()).ok);
        // The laptop is reported stolen: the administrator lists the devices and revokes it.
        QProcess list;
        list.start(QStringLiteral(POSYANDU_SERVER),
                   {QStringLiteral("--database"), server.databaseUrl(), QStringLiteral("device"), QStringLiteral("list")});
        QVERIFY(list.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(list.readAllStandardOutput()).contains(account.value().deviceId + QStringLiteral(" kaderA")));
        QString err;
        QCOMPARE(server.run({QStringLiteral("device"), QStringLiteral("revoke"), account.value().deviceId}, {}, &err), 0);
        QCOMPARE(server.run({QStringLiteral("device"), QStringLiteral("revoke"), account.value().deviceId}, {}, &err), 1); // once
        QCOMPARE(server.run({QStringLiteral("device"), QStringLiteral("forget")}, {}, &err), 2);
        QVERIFY(!addHousehold(device.db(), device.posyanduId(), QStringLiteral("Budi")).isEmpty());
        const Sync::SyncReport refused = syncNow(device.db());
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QLatin1String("Enrol it again")), qPrintable(refused.message));
        QCOMPARE(refused.waiting, 1); // nothing lost
        QCOMPARE(refused.retries, 0); // a refusal is not retried
    }

    void clocksADayOff()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(server.addUser(QStringLiteral("kaderB"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        Test::TempStore a;
        QVERIFY(DeviceEnrolment::enrol(a.db(), server.url(), QStringLiteral("kaderA"), kPassword, {}));
        const QString household = addHousehold(a.db(), a.posyanduId(), QStringLiteral("Budi"));
        QVERIFY(syncNow(a.db()).ok);
        auto b = Storage::Database::open(QDir(a.dir()).filePath(QStringLiteral("b/posyandu.sqlite")));
        QVERIFY(b);
        QVERIFY(DeviceEnrolment::enrol(*b.value(), server.url(), QStringLiteral("kaderB"), kPassword, {}));
        QVERIFY(syncNow(*b.value()).ok);

        // A's clock runs a day ahead, B's a day behind.
        const qint64 day = 24LL * 3600 * 1000;
        a.db().clock().setOffset(day);
        b.value()->clock().setOffset(-day);
        // A edits with its wrong clock: the server clamps the stamp to 5 minutes ahead of its own.
        QVERIFY(edit(a.db(), QStringLiteral("household"), household, {{QStringLiteral("rt"), QStringLiteral("005")}}));
        QVERIFY(syncNow(a.db()).ok);
        const QJsonObject state =
            QJsonDocument::fromJson(serverScalar(server, QStringLiteral("SELECT state FROM record WHERE entity = 'household'")).toUtf8()).object();
        const auto stored = Protocol::HlcStamp::fromString(state.value(QStringLiteral("rt")).toObject().value(QStringLiteral("h")).toString());
        QVERIFY(stored);
        QVERIFY(stored->millis <= QDateTime::currentMSecsSinceEpoch() + Protocol::FieldMerge::kMaxAheadMs);
        QVERIFY(stored->millis > QDateTime::currentMSecsSinceEpoch() + Protocol::FieldMerge::kMaxAheadMs - 60000);
        // B syncs (hello sets its clock right), then edits another field later: its edit is ordered by the server's time.
        QVERIFY(syncNow(*b.value()).ok);
        QVERIFY(qAbs(b.value()->clock().offset()) < 5000);
        QVERIFY(qAbs(a.db().clock().offset()) < 5000);
        QVERIFY(edit(*b.value(), QStringLiteral("household"), household, {{QStringLiteral("address"), QStringLiteral("Gang Mawar")}}));
        QVERIFY(syncNow(*b.value()).ok);
        QVERIFY(syncNow(a.db()).ok);
        QCOMPARE(hashOf(a.db()), hashOf(*b.value()));
        QCOMPARE(scalar(*b.value(), QStringLiteral("SELECT rt || '|' || address FROM household WHERE id = ?"), {household}),
                 QStringLiteral("005|Gang Mawar"));
    }

    void overTls()
    {
        // A self-signed certificate for 127.0.0.1, made here with openssl.
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        // Bad TLS options are refused in words.
        QString err;
        QCOMPARE(server.run({QStringLiteral("--tls-cert"), cert}, {}, &err), 2);
        QCOMPARE(server.run({QStringLiteral("--tls-cert"), key, QStringLiteral("--tls-key"), key}, {}, &err), 1);
        QVERIFY2(err.contains(QLatin1String("no PEM certificate")), qPrintable(err));
        QCOMPARE(server.run({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), cert}, {}, &err), 1);
        QVERIFY2(err.contains(QLatin1String("private key")), qPrintable(err));
        QVERIFY2(server.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}), qPrintable(server.error()));
        const QString https = QStringLiteral("https://127.0.0.1:%1").arg(server.port());

        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray trusted = pem.readAll();
        TempStore device;
        // Not trusted: refused in words, nothing kept. Plain HTTP to the TLS port: no answer either.
        auto untrusted = DeviceEnrolment::enrol(device.db(), https, QStringLiteral("kaderA"), kPassword, {});
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().message.contains(QLatin1String("secure connection")), qPrintable(untrusted.error().message));
        QVERIFY(!DeviceEnrolment::enrol(device.db(), server.url(), QStringLiteral("kaderA"), kPassword, {}));
        QVERIFY(!DeviceEnrolment::enrol(device.db(), https, QStringLiteral("kaderA"), kPassword, {}, "not a certificate"));
        // Trusted: enrols and syncs over HTTPS, and keeps trusting it on later syncs.
        auto ok = DeviceEnrolment::enrol(device.db(), https, QStringLiteral("kaderA"), kPassword, {}, trusted);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(!addHousehold(device.db(), device.posyanduId(), QStringLiteral("Budi")).isEmpty());
        const Sync::SyncReport r = syncNow(device.db());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.pushed, 2);
    }

    void commandLine()
    {
        Test::TempStore device;
        const QString dir = device.dir();
        device.close();
        auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(QStringLiteral(POSYANDU_CLI),
                    QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir} + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(120000);
            return std::tuple{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                              QString::fromUtf8(p.readAllStandardError())};
        };
        // Usage, not enrolled, wrong password.
        QCOMPARE(std::get<0>(cli({QStringLiteral("enroll"), QStringLiteral("--user"), QStringLiteral("kaderA")})), 2);
        QCOMPARE(std::get<0>(cli({QStringLiteral("enroll"), QStringLiteral("--server"), QStringLiteral("nowhere"), QStringLiteral("--user"),
                                  QStringLiteral("kaderA")})),
                 2);
        QCOMPARE(std::get<0>(cli({QStringLiteral("sync"), QStringLiteral("--attempts"), QStringLiteral("0")})), 2);
        auto [notEnrolled, out0, err0] = cli({QStringLiteral("sync")});
        QCOMPARE(notEnrolled, 1);
        QVERIFY2(err0.contains(QLatin1String("not enrolled")), qPrintable(err0));
        auto [wrong, out1, err1] =
            cli({QStringLiteral("enroll"), QStringLiteral("--server"), m_server.url(), QStringLiteral("--user"), QStringLiteral("kaderA")},
                "salah-salah\n");
        QCOMPARE(wrong, 1);
        QVERIFY2(err1.contains(QLatin1String("Wrong user name or password")), qPrintable(err1));
        // Enrol and sync: 0, the token nowhere but the keychain.
        auto [enrolledCode, out2, err2] =
            cli({QStringLiteral("enroll"), QStringLiteral("--server"), m_server.url(), QStringLiteral("--user"), QStringLiteral("kaderA")},
                kPassword + '\n');
        QVERIFY2(enrolledCode == 0, qPrintable(err2));
        auto [synced, out3, err3] = cli({QStringLiteral("sync")});
        QVERIFY2(synced == 0, qPrintable(err3));
        QVERIFY2(err3.contains(QLatin1String("still waiting 0")), qPrintable(err3));
        // What the window shows, for scripts: sync --json, refused, conflicts.
        {
            auto reopened = Storage::Database::open(dir + QStringLiteral("/posyandu.sqlite"));
            QVERIFY(reopened);
            QVERIFY(!addHousehold(*reopened.value(), Protocol::SyncSchema::registeredPosyanduId(QStringLiteral("PSY-001")), QStringLiteral("Json"))
                         .isEmpty());
        }
        auto [jsonCode, jsonOut, jsonErr] = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(jsonCode == 0, qPrintable(jsonErr));
        const QJsonObject run = QJsonDocument::fromJson(jsonOut.toUtf8()).object();
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("synced"));
        QCOMPARE(run.value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("waiting")).toInt(), 0);
        for (const char *key : {"pulled", "conflicts", "refused", "set_aside", "retries", "requests", "bytes_up", "bytes_down"})
            QVERIFY2(run.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(run.value(QStringLiteral("bytes_up")).toDouble() > 0);
        auto [refusedCode, refusedOut, refusedErr] = cli({QStringLiteral("refused"), QStringLiteral("--json")});
        QVERIFY2(refusedCode == 0, qPrintable(refusedErr));
        QVERIFY(QJsonDocument::fromJson(refusedOut.toUtf8()).object().value(QStringLiteral("changes")).toArray().isEmpty());
        auto [conflictsCode, conflictsOut, conflictsErr] = cli({QStringLiteral("conflicts"), QStringLiteral("--json")});
        QVERIFY2(conflictsCode == 0, qPrintable(conflictsErr));
        QVERIFY(QJsonDocument::fromJson(conflictsOut.toUtf8()).object().value(QStringLiteral("conflicts")).isArray());
        QCOMPARE(std::get<0>(cli({QStringLiteral("refused"), QStringLiteral("extra")})), 2);
        QString token;
        {
            auto reopened = Storage::Database::open(dir + QStringLiteral("/posyandu.sqlite"));
            QVERIFY(reopened);
            token = DeviceToken::read(*reopened.value()).value();
        }
        QVERIFY(token.size() >= 32);
        for (const QString &file : QDir(dir).entryList(QDir::Files)) {
            QFile f(QDir(dir).filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.toLatin1()), qPrintable(file));
        }
        for (const QString &text : {out2, err2, out3, err3, jsonOut, jsonErr, refusedOut, conflictsOut})
            QVERIFY(!text.contains(token));
        QVERIFY(!m_server.log().contains(token.toLatin1()));
        QVERIFY(!m_server.log().contains(kPassword));
        // The practice file: none yet in this folder.
        auto [noPractice, out5, err5] = cli({QStringLiteral("--demo"), QStringLiteral("sync")});
        QCOMPARE(noPractice, 1);
        QVERIFY2(err5.contains(QLatin1String("no practice village")), qPrintable(err5));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Devices and the real posyandu-server (a child process on 127.0.0.1, a free
// port), the device token in a real Secret Service on a private D-Bus
// (with_keyring.sh). Enrolment and its refusals, two laptops of one Posyandu
// set up apart, editing one household offline and syncing in both orders,
// a batch whose answer was lost, a server that is down or killed, clocks a
// day off, and the command line's enroll and sync as real processes.
#include "changewriter.h"
#include "conflictreview.h"
#include "demogenerator.h"
#include "deviceenrolment.h"
#include "devicetoken.h"
#include "fieldmerge.h"
#include "ids.h"
#include "migrator.h"
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

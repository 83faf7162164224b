// SPDX-License-Identifier: GPL-3.0-or-later
// Devices that do not keep the rules, against the real posyandu-server on
// 127.0.0.1 (SQLite, or PostgreSQL as tst_synchostile_postgres): a hostile
// client pushing every kind of bad change beside good ones while cadres, a
// supervisor and an admin keep syncing; supervisor and admin laptops that
// must never change service data; texts at the edge of what validation
// lets through, a store that fails under a running server, and a record on
// the server this device cannot take.
#include "clock.h"
#include "deviceenrolment.h"
#include "devicetoken.h"
#include "household.h"
#include "householdrepository.h"
#include "hybridlogicalclock.h"
#include "ids.h"
#include "pullpageapplier.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncschema.h"
#include "synctransport.h"
#include "tempstore.h"
#include "wiremessages.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Sync;
using namespace Posyandu::Test;

namespace {
const QByteArray kPassword("rahasia-123");
} // namespace

class TestSyncHostile : public QObject
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
        for (const char *user : {"kaderA", "kaderB"})
            QVERIFY(m_server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(m_server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), QString(), kPassword));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
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
};

QTEST_GUILESS_MAIN(TestSyncHostile)
#include "tst_synchostile.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A server store from before the Posyandu registry (sync robustness, "Scope
// from the server's own registry"): the real posyandu-server opens it and
// registers the Posyandu its records name, moves the rows of a second record
// of one code to the registered one and retires the old records, itself.
// Then laptops of this version and of an earlier one (a Posyandu record
// under an id it chose), a supervisor of the area and one of another area
// sync, and a cadre's laptop tries to move its Posyandu to another village.
// On SQLite, and on PostgreSQL as tst_serverupgrade_postgres.
#include "changewriter.h"
#include "deviceenrolment.h"
#include "ids.h"
#include "serverprocess.h"
#include "syncfixtures.h"
#include "syncschema.h"
#include "tempstore.h"
#include "transaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Sync;
using namespace Posyandu::Test;

namespace {
const QByteArray kPassword("rahasia-123");
const QString kOldA = QStringLiteral("0190a000-0000-7000-8000-000000000001");
const QString kOldB = QStringLiteral("0190a000-0000-7000-8000-000000000002");

// A record as an older server stored it: every field with its value, stamp and version.
QString oldRecord(const QString &entity, const QString &id, const QString &scope, const QJsonObject &fields, int version)
{
    QJsonObject state;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        state.insert(it.key(),
                     QJsonObject{{QStringLiteral("v"), it.value()},
                                 {QStringLiteral("h"), QStringLiteral("000001720000000000-00000-oldlaptop")},
                                 {QStringLiteral("c"), version}});
    return QStringLiteral("INSERT INTO record (entity, id, scope, state, deleted, server_ver) VALUES ('%1', '%2', '%3', '%4', 0, %5)")
        .arg(entity, id, scope, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .arg(version);
}

QJsonObject posyandu(const QString &code, const QString &village, const QString &name)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}, {QStringLiteral("village_code"), village}};
}

QJsonObject household(const QString &posyanduId, const QString &head, const QString &village)
{
    return {{QStringLiteral("posyandu_id"), posyanduId},
            {QStringLiteral("head_name"), head},
            {QStringLiteral("rt"), QStringLiteral("001")},
            {QStringLiteral("rw"), QStringLiteral("002")},
            {QStringLiteral("village_code"), village}};
}

std::unique_ptr<Storage::Database> openDevice(const QString &dir, const QString &name)
{
    auto db = Storage::Database::open(QDir(dir).filePath(name + QStringLiteral("/posyandu.sqlite")));
    return db ? std::move(db).value() : nullptr;
}
} // namespace

class TestServerUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOldStoreIsRegisteredAndKeptInItsArea()
    {
        ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        // The store as an older server left it: no registry, two live records of PSY-001 (laptops set up apart,
        // not yet settled), one of PSY-002 in another district, and a cadre whose Posyandu has no record yet.
        QVERIFY(server.addUser(QStringLiteral("pendamping"), QStringLiteral("supervisor"), QStringLiteral("3578010001"), kPassword));
        QVERIFY(server.addUser(QStringLiteral("pendampingLain"), QStringLiteral("supervisor"), QStringLiteral("3201"), kPassword));
        QVERIFY(serverExec(server, QStringLiteral("DROP TABLE posyandu_registry")));
        QVERIFY(serverExec(server, QStringLiteral("DELETE FROM meta WHERE key = 'registry'")));
        for (const QString &sql :
             {oldRecord(QStringLiteral("posyandu"), kOldA, QStringLiteral("PSY-001"),
                        posyandu(QStringLiteral("PSY-001"), QStringLiteral("3578010001"), QStringLiteral("Posyandu Melati")), 1),
              oldRecord(QStringLiteral("posyandu"), kOldB, QStringLiteral("PSY-001"),
                        posyandu(QStringLiteral("PSY-001"), QStringLiteral("3578010001"), QStringLiteral("Melati (B)")), 2),
              oldRecord(QStringLiteral("household"), Ids::newUuidV7(), QStringLiteral("PSY-001"),
                        household(kOldA, QStringLiteral("Budi"), QStringLiteral("3578010001")), 3),
              oldRecord(QStringLiteral("household"), Ids::newUuidV7(), QStringLiteral("PSY-001"),
                        household(kOldB, QStringLiteral("Siti"), QStringLiteral("3578010001")), 4),
              oldRecord(QStringLiteral("posyandu"), Ids::newUuidV7(), QStringLiteral("PSY-002"),
                        posyandu(QStringLiteral("PSY-002"), QStringLiteral("3201010001"), QStringLiteral("Mawar")), 5),
              QStringLiteral("INSERT INTO meta (key, value) VALUES ('server_ver', '5')"),
              QStringLiteral("INSERT INTO app_user (name, role, scope_code, password_hash, created_at) SELECT 'kaderLama', 'cadre', 'PSY-404', "
                             "password_hash, created_at FROM app_user WHERE name = 'pendamping'")})
            QVERIFY2(serverExec(server, sql), qPrintable(sql));

        // Opening it registers what the records name, says so, and names the cadre left without a Posyandu.
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("kaderLama"), 10000);
        const QByteArray log = server.log();
        QVERIFY2(
            log.contains("registered Posyandu PSY-001 in village 3578010001 from its record; 2 records moved to it, 2 old Posyandu records retired"),
            log.constData());
        QVERIFY2(log.contains("the cadre kaderLama's Posyandu PSY-404 has no record"), log.constData());
        QString err;
        QCOMPARE(server.run({QStringLiteral("posyandu"), QStringLiteral("list")}, {}, &err), 0);
        QVERIFY2(!err.contains(QLatin1String("registered Posyandu")), qPrintable(err)); // once only
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY(server.addUser(QStringLiteral("kaderB"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QCOMPARE(server.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kaderX"), QStringLiteral("--role"),
                             QStringLiteral("cadre"), QStringLiteral("--posyandu"), QStringLiteral("PSY-405")},
                            kPassword + '\n', &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("not registered")), qPrintable(err));

        // A laptop of an earlier version: its Posyandu under an id it chose, a household, never synced.
        QTemporaryDir dir;
        auto old = openDevice(dir.path(), QStringLiteral("old"));
        QVERIFY(old);
        const QString ownPosyandu = Ids::newUuidV7();
        {
            Storage::Transaction tx(old->sql());
            QVERIFY(Storage::ChangeWriter(*old)
                        .insert(QStringLiteral("posyandu"), ownPosyandu,
                                {{QStringLiteral("code"), QStringLiteral("PSY-001")},
                                 {QStringLiteral("name"), QStringLiteral("Posyandu Melati")},
                                 {QStringLiteral("village_code"), QStringLiteral("3578010001")}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(!addHousehold(*old, ownPosyandu, QStringLiteral("Ahmad")).isEmpty());
        QVERIFY(DeviceEnrolment::enrol(*old, server.url(), QStringLiteral("kaderA"), kPassword, {}));
        TempStore fresh; // this version: its Posyandu under the registered id
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
        QCOMPARE(fresh.posyanduId(), Protocol::SyncSchema::registeredPosyanduId(QStringLiteral("PSY-001")));
        QVERIFY(DeviceEnrolment::enrol(fresh.db(), server.url(), QStringLiteral("kaderB"), kPassword, {}));
        auto supervisor = openDevice(dir.path(), QStringLiteral("supervisor"));
        auto other = openDevice(dir.path(), QStringLiteral("other"));
        QVERIFY(supervisor && other);
        QVERIFY(DeviceEnrolment::enrol(*supervisor, server.url(), QStringLiteral("pendamping"), kPassword, {}));
        QVERIFY(DeviceEnrolment::enrol(*other, server.url(), QStringLiteral("pendampingLain"), kPassword, {}));
        for (Storage::Database *db : {old.get(), &fresh.db(), old.get(), &fresh.db(), supervisor.get(), other.get()}) {
            const SyncReport r = syncNow(*db);
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        // One live Posyandu everywhere in PSY-001's area, the registered one, with all three households under it.
        const QString registered = Protocol::SyncSchema::registeredPosyanduId(QStringLiteral("PSY-001"));
        for (Storage::Database *db : {old.get(), &fresh.db(), supervisor.get()}) {
            QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(id) FROM posyandu WHERE deleted_at IS NULL")), registered);
            QCOMPARE(scalar(*db,
                            QStringLiteral("SELECT group_concat(head_name) FROM (SELECT head_name FROM household WHERE posyandu_id = ? "
                                           "AND deleted_at IS NULL ORDER BY head_name)"),
                            {registered}),
                     QStringLiteral("Ahmad,Budi,Siti"));
        }
        QCOMPARE(hashOf(*old), hashOf(fresh.db()));
        QCOMPARE(hashOf(*supervisor), hashOf(fresh.db()));
        // The supervisor of the other district sees PSY-002 only.
        QCOMPARE(scalar(*other, QStringLiteral("SELECT group_concat(code) FROM posyandu WHERE deleted_at IS NULL")), QStringLiteral("PSY-002"));
        QCOMPARE(scalar(*other, QStringLiteral("SELECT count(*) FROM household")), QStringLiteral("0"));

        // The cadre's laptop writes another village into its Posyandu: the server answers with the registered one,
        // the laptop takes it back, and the area stays where the registry has it.
        QVERIFY(edit(fresh.db(), QStringLiteral("posyandu"), registered, {{QStringLiteral("village_code"), QStringLiteral("3201010001")}}));
        for (Storage::Database *db : {&fresh.db(), &fresh.db(), supervisor.get(), other.get(), old.get()}) {
            const SyncReport r = syncNow(*db);
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        for (Storage::Database *db : {old.get(), &fresh.db(), supervisor.get()})
            QCOMPARE(scalar(*db, QStringLiteral("SELECT village_code FROM posyandu WHERE id = ?"), {registered}), QStringLiteral("3578010001"));
        QCOMPARE(scalar(*other, QStringLiteral("SELECT count(*) FROM posyandu WHERE code = 'PSY-001'")), QStringLiteral("0"));
        QCOMPARE(scalar(fresh.db(), QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        QCOMPARE(hashOf(*old), hashOf(fresh.db()));
        QCOMPARE(hashOf(*supervisor), hashOf(fresh.db()));
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixtures.h"

#include "changewriter.h"
#include "contenthash.h"
#include "database.h"
#include "devicetoken.h"
#include "householdrepository.h"
#include "ids.h"
#include "serverprocess.h"
#include "syncjournal.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

namespace Posyandu::Test {

QString addHousehold(Storage::Database &db, const QString &posyanduId, const QString &head)
{
    Household h;
    h.posyanduId = posyanduId;
    h.headName = head;
    h.rt = QStringLiteral("1");
    h.rw = QStringLiteral("2");
    h.villageCode = QStringLiteral("3578010001");
    auto saved = Storage::HouseholdRepository(db).save(h);
    return saved ? saved.value().id : QString();
}

bool addHouseholds(Storage::Database &db, const QString &posyanduId, int count, const QString &prefix)
{
    Storage::Transaction tx(db.sql());
    if (!tx.isOpen())
        return false;
    Storage::ChangeWriter writer(db);
    for (int i = 0; i < count; ++i) {
        const QVariantMap fields = {{QStringLiteral("posyandu_id"), posyanduId},
                                    {QStringLiteral("head_name"), QStringLiteral("%1 %2").arg(prefix).arg(i)},
                                    {QStringLiteral("address"), QStringLiteral("Jl. Kenanga No. %1").arg(i % 97)},
                                    {QStringLiteral("rt"), QStringLiteral("%1").arg(i % 12 + 1, 3, 10, QLatin1Char('0'))},
                                    {QStringLiteral("rw"), QStringLiteral("%1").arg(i % 4 + 1, 3, 10, QLatin1Char('0'))},
                                    {QStringLiteral("dusun"), QStringLiteral("Krajan")},
                                    {QStringLiteral("village_code"), QStringLiteral("3578010001")}};
        if (!writer.insert(QStringLiteral("household"), Ids::newUuidV7(), fields))
            return false;
    }
    return tx.commit().ok();
}

bool edit(Storage::Database &db, const QString &entity, const QString &id, const QVariantMap &fields)
{
    Storage::Transaction tx(db.sql());
    return tx.isOpen() && Storage::ChangeWriter(db).update(entity, id, fields).ok() && tx.commit().ok();
}

Sync::SyncReport syncNow(Storage::Database &db, int attempts, const QString &token)
{
    QString secret = token;
    if (secret.isEmpty()) {
        auto stored = Sync::DeviceToken::read(db);
        if (!stored) {
            Sync::SyncReport failed;
            failed.message = stored.error().message;
            return failed;
        }
        secret = stored.value();
    }
    Sync::SyncOptions options;
    options.maxAttempts = attempts;
    options.backoff = Sync::Backoff(50, 400);
    options.stallMs = 10000;
    return Sync::SyncEngine(db, secret, options).run();
}

QString hashOf(Storage::Database &db)
{
    auto h = Sync::ContentHash::of(db);
    return h ? h.value() : h.error().message;
}

namespace {
// Runs `sql` on a connection of its own to the server's store; the first value, or "<error>".
QString onServerStore(const ServerProcess &server, const QString &sql, bool write)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("server-peek-%1").arg(counter.fetchAndAddRelaxed(1));
    QString value = QStringLiteral("<error>");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server.isPostgres()) {
            const QUrl url(server.databaseUrl());
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(server.databaseUrl().mid(7));
            if (!write)
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            else
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                value = q.next() ? q.value(0).toString() : QString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}
} // namespace

QString serverScalar(const ServerProcess &server, const QString &sql)
{
    return onServerStore(server, sql, false);
}

bool serverExec(const ServerProcess &server, const QString &sql)
{
    return onServerStore(server, sql, true) != QLatin1String("<error>");
}

} // namespace Posyandu::Test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstore.h"

#include "accountstore.h"
#include "conflictlog.h"
#include "posyanduregistry.h"
#include "recordstore.h"
#include "serversql.h"

#include "clock.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Posyandu::Server {

namespace {
QAtomicInt g_connections;

// The schema for both backends; %SERIAL% is each one's auto-numbered key.
// Numbers that grow (versions, op_seq) are BIGINT: 32 bits run out on a
// regional server. Texts stay TEXT on both (dates as ISO 8601 UTC).
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS app_user (name TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('cadre', 'supervisor', 'admin')), "
    "scope_code TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS device (id TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES app_user(name), name TEXT NOT NULL DEFAULT '', "
    "token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT, high_water BIGINT NOT NULL DEFAULT 0)",
    // The acks of every batch a device sent, to answer a replay with the same words.
    "CREATE TABLE IF NOT EXISTS push_ack (device_id TEXT NOT NULL REFERENCES device(id), op_seq BIGINT NOT NULL, response TEXT NOT NULL, "
    "PRIMARY KEY (device_id, op_seq))",
    // Every synced record: its fields with their HLC stamps and the version
    // each last changed at, the scope (Posyandu code) it belongs to, and the
    // server version of its last change (the pull cursor orders by it).
    // echo_device: the device whose push made the record's latest version
    // and which holds exactly that version already; its pulls skip the row
    // (a device never downloads its own 10,000 weighings back).
    "CREATE TABLE IF NOT EXISTS record (entity TEXT NOT NULL, id TEXT NOT NULL, scope TEXT NOT NULL, state TEXT NOT NULL, "
    "deleted INTEGER NOT NULL DEFAULT 0, server_ver BIGINT NOT NULL, echo_device TEXT, PRIMARY KEY (entity, id))",
    "CREATE INDEX IF NOT EXISTS record_scope_ver ON record(scope, server_ver)",
    "CREATE TABLE IF NOT EXISTS conflict (seq %SERIAL%, entity TEXT NOT NULL, id TEXT NOT NULL, field TEXT NOT NULL, "
    "server_value TEXT, server_hlc TEXT, device_value TEXT, device_hlc TEXT, device_won INTEGER NOT NULL, device_id TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // The Posyandu an admin registered, each in its village: the only source of a supervisor's area.
    "CREATE TABLE IF NOT EXISTS posyandu_registry (code TEXT PRIMARY KEY, village_code TEXT NOT NULL, name TEXT NOT NULL, "
    "created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS posyandu_registry_village ON posyandu_registry(village_code)",
};

// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE. A password is better
// left out of the command line (ps shows it): libpq reads PGPASSWORD and
// ~/.pgpass by itself.
bool configurePostgres(QSqlDatabase &db, const QString &url, QString &error)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString name = u.path().mid(1);
    if (!u.isValid() || u.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        error = QStringLiteral("--database takes postgres://USER@HOST[:PORT]/DATABASE");
        return false;
    }
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(name);
    db.setUserName(u.userName());
    if (!u.password().isEmpty())
        db.setPassword(u.password());
    return true;
}

} // namespace

QString exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        return q.exec(sql) ? QString() : q.lastError().text();
    if (!q.prepare(sql))
        return q.lastError().text();
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text();
}

ServerStore::Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &databaseUrl)
{
    const bool postgres = databaseUrl.startsWith(QLatin1String("postgres://")) || databaseUrl.startsWith(QLatin1String("postgresql://"));
    if (!postgres && !databaseUrl.startsWith(QLatin1String("sqlite:")))
        return QStringLiteral("--database takes sqlite:PATH or postgres://USER@HOST[:PORT]/DATABASE");
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_postgres = postgres;
    store->m_accounts = std::unique_ptr<AccountStore>(new AccountStore(*store));
    store->m_records = std::unique_ptr<RecordStore>(new RecordStore(*store));
    store->m_conflicts = std::unique_ptr<ConflictLog>(new ConflictLog(*store));
    store->m_registry = std::unique_ptr<PosyanduRegistry>(new PosyanduRegistry(*store));
    store->m_connection = QStringLiteral("posyandu-server-%1").arg(g_connections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), store->m_connection);
        const QString where = postgres ? QUrl(databaseUrl).adjusted(QUrl::RemovePassword).toString() : databaseUrl.mid(7);
        QString error;
        if (postgres && !configurePostgres(db, databaseUrl, error))
            return error;
        if (!postgres)
            db.setDatabaseName(where);
        if (!db.open())
            return QStringLiteral("the database %1 cannot be opened: %2").arg(where, db.lastError().text());
        QSqlQuery q(db);
        // SQLite: WAL, and synchronous stays FULL (its default): an ack the
        // device has acted on must survive a power cut of the server.
        const QList<const char *> settings = postgres
            ? QList<const char *>{"SET client_min_messages = warning"}
            : QList<const char *>{"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"};
        for (const char *sql : settings)
            if (const QString failed = exec(q, QString::fromLatin1(sql)); !failed.isEmpty())
                return QStringLiteral("%1 is not a server database or is damaged: %2").arg(where, failed);
        for (const char *sql : kSchema) {
            QString statement = QString::fromLatin1(sql);
            statement.replace(QLatin1String("%SERIAL%"),
                              postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
            if (const QString failed = exec(q, statement); !failed.isEmpty())
                return failed;
        }
        // Columns added since the first release: a store made before gets them.
        const QList<std::pair<const char *, const char *>> added = {
            {"record", "echo_device TEXT"},                 // NULL: every device pulls the row
            {"conflict", "scope TEXT NOT NULL DEFAULT ''"}, // the record's Posyandu, for review by area
            {"conflict", "decided_at TEXT"},                // a supervisor's review: when, who, what
            {"conflict", "decided_by TEXT"},
            {"conflict", "decision TEXT"},   // keep, or use_other
            {"device", "enrolment_id TEXT"}, // the laptop's own id for one enrolment: a resent request finds its device
            {"device", "last_seen_at TEXT"}, // its last authorised request, to the minute
        };
        for (const auto &[table, column] : added) {
            const QString name = QString::fromLatin1(column).section(QLatin1Char(' '), 0, 0);
            const QString has = postgres
                ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = '%1' AND column_name = '%2'")
                : QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'");
            if (const QString failed = exec(q, has.arg(QLatin1String(table), name)); !failed.isEmpty())
                return failed;
            if (q.next() && q.value(0).toInt() == 0) {
                q.finish();
                if (const QString failed = exec(q, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(QLatin1String(table), QLatin1String(column)));
                    !failed.isEmpty())
                    return failed;
            }
            q.finish();
        }
    }
    {
        QSqlQuery q(store->db());
        if (const QString failed = exec(q, QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS device_enrolment ON device(enrolment_id)"));
            !failed.isEmpty())
            return failed;
    }
    // A store from before the registry registers the Posyandu its records name (once).
    auto registered = store->m_registry->registerFromRecords();
    if (const auto *error = std::get_if<QString>(&registered))
        return *error;
    store->m_upgradeNotes = std::get<QStringList>(registered);
    return store;
}

QString ServerStore::beginWrite() const
{
    // One writer at a time, so server versions are handed out and committed
    // in the same order (a pull cursor can never skip a change): SQLite's
    // write lock, or on PostgreSQL a transaction-wide advisory lock that
    // every server process on the database shares.
    QSqlQuery q(db());
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError().text();
    if (m_postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(705170)"))) {
        const QString error = q.lastError().text();
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase conn = db();
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

ServerStore::Result<bool> ServerStore::ensureMode(bool demo)
{
    const QString wanted = demo ? QStringLiteral("demo") : QStringLiteral("real");
    QSqlQuery q(db());
    if (const QString error = exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'mode'")); !error.isEmpty())
        return error;
    if (q.next()) {
        if (q.value(0).toString() == wanted)
            return true;
        return demo ? QStringLiteral("this database holds real data; --demo needs a database of its own")
                    : QStringLiteral("this database holds practice data; start it with --demo");
    }
    q.finish();
    if (const QString error = exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES ('mode', ?)"), {wanted}); !error.isEmpty())
        return error;
    return true;
}

QString ServerStore::scopeFilter(const User &user, QVariantList &values) const
{
    // A cadre reads their Posyandu; a supervisor the registered Posyandu
    // whose village code lies in their area (never a code a device wrote);
    // an admin everything.
    if (user.role == QLatin1String("cadre")) {
        values << user.scopeCode;
        return QStringLiteral(" AND scope = ?");
    }
    if (user.role == QLatin1String("supervisor")) {
        values << int(user.scopeCode.size()) << user.scopeCode;
        return QStringLiteral(" AND scope IN (SELECT code FROM posyandu_registry WHERE substr(village_code, 1, ?) = ?)");
    }
    return {};
}

} // namespace Posyandu::Server

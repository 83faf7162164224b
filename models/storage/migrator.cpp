// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "sql.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QFile>

namespace Posyandu::Storage {

namespace {
// Ordered list; index + 1 is the schema version the migration produces.
const QStringList &migrationFiles()
{
    static const QStringList files = {
        QStringLiteral(":/migrations/0001_initial.sql"),        QStringLiteral(":/migrations/0002_search_index.sql"),
        QStringLiteral(":/migrations/0003_session_entry.sql"),  QStringLiteral(":/migrations/0004_sync_client.sql"),
        QStringLiteral(":/migrations/0005_sync_set_aside.sql"), QStringLiteral(":/migrations/0006_indicator_conditions.sql"),
    };
    return files;
}
} // namespace

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error{tr("The data file's schema version cannot be read."), {}};
    return query.value(0).toInt();
}

Result<void> Migrator::migrate(const QSqlDatabase &db)
{
    return migrateTo(db, latestVersion());
}

Result<void> Migrator::migrateTo(const QSqlDatabase &db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion()) {
        return Error{tr("This data file was written by a newer version of the application (schema %1; this "
                        "version knows up to %2). Please update the application; the file was not changed.")
                         .arg(current.value())
                         .arg(latestVersion()),
                     {}};
    }
    for (int version = current.value() + 1; version <= target; ++version) {
        QFile file(migrationFiles().at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Migration %1 is missing from the application.").arg(version), {}};
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));

        Transaction tx(db);
        if (!tx.isOpen())
            return tx.beginError();
        for (const QString &statement : statements) {
            if (auto r = Sql::run(db, statement); !r)
                return Error{tr("Upgrading the data file to version %1 failed: %2").arg(version).arg(r.error().message), {}};
        }
        if (auto r = Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return {};
}

} // namespace Posyandu::Storage

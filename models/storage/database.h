// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hybridlogicalclock.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace Posyandu::Storage {

// One open local store: one named QSqlDatabase connection, used only on the
// thread that opened it (QtSql's rule in 6.4). Opening applies the PRAGMAs,
// runs migrations, installs the bundled indicator catalog and makes sure the
// device has its id. The object owns the connection and removes it on
// destruction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static Result<std::unique_ptr<Database>> open(const QString &filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &filePath() const { return m_filePath; }
    const QString &deviceId() const { return m_deviceId; }

    // Who is editing; written to updated_by and the audit log.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    Protocol::HybridLogicalClock &clock() { return *m_clock; }

    // Reads / writes a value of the meta table (inside the caller's transaction, if any).
    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    // Default location: <AppDataLocation>/posyandu.sqlite, created if needed.
    static QString defaultFilePath(const QString &dataDir = {});

private:
    Database() = default;
    Result<void> initialise();

    QString m_connectionName;
    QString m_filePath;
    QString m_deviceId;
    QString m_actor = QStringLiteral("kader");
    std::unique_ptr<Protocol::HybridLogicalClock> m_clock;
};

} // namespace Posyandu::Storage

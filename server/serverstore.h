// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <variant>

namespace Posyandu::Server {

struct User {
    QString name;
    QString role;      // cadre, supervisor, admin
    QString scopeCode; // Posyandu code (cadre) or area code (supervisor); empty for admin
};

struct Enrolment {
    QString deviceId;
    QString token; // given out once; the store keeps its hash only
    User user;
};

// Why an enrolment created no device: the HTTP status, a code a program can
// read, and words.
struct EnrolmentRefusal {
    int status = 401;
    QString code;
    QString words;
};

template <typename T> using StoreResult = std::variant<T, QString>;

class AccountStore;
class RecordStore;
class ConflictLog;
class PosyanduRegistry;

// The server's own database and its parts: accounts and devices
// (AccountStore), the synced records with their versions and stored acks
// (RecordStore), the conflict log (ConflictLog) and the Posyandu registry
// (PosyanduRegistry). SQLite by default
// (`--database sqlite:PATH`, nothing to set up) or PostgreSQL for
// production (`--database postgres://USER@HOST[:PORT]/DB`), the same
// statements on both but for the few noted. One connection, on the server's
// thread, shared by the parts. Errors come back in words.
class ServerStore
{
public:
    template <typename T> using Result = StoreResult<T>;

    static Result<std::unique_ptr<ServerStore>> open(const QString &databaseUrl);
    ~ServerStore();

    AccountStore &accounts() { return *m_accounts; }
    RecordStore &records() { return *m_records; }
    ConflictLog &conflictLog() { return *m_conflicts; }
    PosyanduRegistry &registry() { return *m_registry; }
    // What opening the store did to bring an older one up to date, for the log (empty when nothing).
    const QStringList &upgradeNotes() const { return m_upgradeNotes; }

    // A store holds either practice or real data, fixed at its first start:
    // a practice server never opens a real store and the other way round.
    Result<bool> ensureMode(bool demo);

    // For the parts. The connection; BEGIN for a write (the one writer: the
    // error in words, or empty); a Posyandu record's village code in this
    // " AND scope ..." for the user's role (a supervisor's area from the
    // Posyandu registry), its values appended.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    bool isPostgres() const { return m_postgres; }
    QString beginWrite() const;
    QString scopeFilter(const User &user, QVariantList &values) const;

private:
    ServerStore() = default;

    QString m_connection;
    bool m_postgres = false;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<ConflictLog> m_conflicts;
    std::unique_ptr<PosyanduRegistry> m_registry;
    QStringList m_upgradeNotes;
};

} // namespace Posyandu::Server

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiremessages.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>

namespace Posyandu::Server {

struct User {
    QString name;
    QString role;       // cadre, supervisor, admin
    QString scopeCode;  // Posyandu code (cadre) or area code (supervisor); empty for admin
};

struct Enrolment {
    QString deviceId;
    QString token;      // given out once; the store keeps its hash only
    User user;
};

// The server's own store: users, devices, the synced records with their
// versions, stored acks and the conflict log. SQLite by default
// (`--database sqlite:PATH`, nothing to set up) or PostgreSQL for
// production (`--database postgres://USER@HOST[:PORT]/DB`), the same
// statements on both but for the few noted. One connection, on the server's
// thread. Errors come back in words.
class ServerStore
{
public:
    template <typename T>
    using Result = std::variant<T, QString>;

    static Result<std::unique_ptr<ServerStore>> open(const QString &databaseUrl);
    ~ServerStore();

    static bool validRole(const QString &role);
    // A store holds either practice or real data, fixed at its first start:
    // a practice server never opens a real store and the other way round.
    Result<bool> ensureMode(bool demo);
    // The practice users (posyandu-server --demo): a cadre for each practice
    // Posyandu and a supervisor for the practice village, added if missing.
    Result<QStringList> addDemoUsers();
    Result<bool> addUser(const User &user, const QByteArray &password);
    // Checks the password and registers a new device for the user.
    Result<Enrolment> enrol(const QString &userName, const QByteArray &password, const QString &deviceName);
    // The user a token belongs to, if the token is known and not revoked.
    Result<std::optional<User>> userForToken(const QString &token, QString *deviceId = nullptr);
    // False when no such device is enrolled (or it was revoked already).
    Result<bool> revokeDevice(const QString &deviceId);
    // One line a device: id, user, name, enrolled at, revoked at (or "-").
    Result<QStringList> listDevices();

    // Applies a device's batch in one transaction, mutation by mutation
    // through the per-field merge rule, each checked against the user's
    // scope. A batch whose op_seq is at or below the device's high-water
    // mark changes nothing and gets the acks stored for it (exactly-once
    // effect under retries). `nowMs`: the server clock, for HLC clamping.
    // The changes in the user's scope after `since` (a server version), oldest
    // first, at most `limit`. Versions are handed out and committed in order
    // (one writer at a time), so the next cursor never skips a later commit.
    // `deviceId`: the caller, whose own rows it already holds are skipped.
    Result<Protocol::PullPage> pull(const User &user, const QString &deviceId, qint64 since, int limit);

    // Conflicts logged in the user's scope, newest first; undecided only unless `all`.
    Result<QJsonArray> conflicts(const User &user, bool all);
    // A supervisor's (or admin's) review of one conflict: "keep" the value
    // that won, or "use_other", which writes the other value as a new
    // version every device then pulls. Errors: the words and an HTTP status.
    struct Refusal {
        QString message;
        int status;
    };
    std::optional<Refusal> decide(const User &user, qint64 seq, const QString &decision, qint64 nowMs);

    Result<Protocol::PushResponse> push(const QString &deviceId, const User &user, const Protocol::PushBatch &batch, qint64 nowMs);

private:
    ServerStore() = default;
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // BEGIN for a push (the one writer); the error in words, or empty.
    QString beginWrite() const;
    // A Posyandu record's village code, in this backend's JSON syntax.
    QString villageCodeSql() const;
    // " AND scope ..." for the user's role, its values appended.
    QString scopeFilter(const User &user, QVariantList &values) const;
    QString m_connection;
    bool m_postgres = false;
};

} // namespace Posyandu::Server

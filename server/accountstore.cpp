// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include "clock.h"
#include "passwordhasher.h"
#include "posyanduregistry.h"
#include "printable.h"
#include "serversql.h"
#include "serverstore.h"
#include "syncschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Posyandu::Server {

AccountStore::AccountStore(ServerStore &store)
    : m_store(store)
{
}

bool AccountStore::validRole(const QString &role)
{
    return role == QLatin1String("cadre") || role == QLatin1String("supervisor") || role == QLatin1String("admin");
}

AccountStore::Result<bool> AccountStore::addUser(const User &user, const QByteArray &password)
{
    if (user.name.trimmed().isEmpty() || user.name.size() > 64)
        return QStringLiteral("a user name is 1 to 64 characters");
    if (!validRole(user.role))
        return QStringLiteral("the role must be cadre, supervisor or admin");
    if (user.role != QLatin1String("admin") && user.scopeCode.isEmpty())
        return QStringLiteral("a %1 needs --posyandu CODE or --area CODE").arg(user.role);
    if (password.size() < 8)
        return QStringLiteral("the password must have at least 8 characters");
    if (user.role == QLatin1String("cadre")) {
        auto registered = m_store.registry().find(user.scopeCode);
        if (const auto *error = std::get_if<QString>(&registered))
            return *error;
        if (!std::get<std::optional<RegisteredPosyandu>>(registered))
            return QStringLiteral("the Posyandu %1 is not registered: posyandu add %1 --village CODE --name NAME first")
                .arg(printable(user.scopeCode));
    }
    const auto hash = PasswordHasher::hashPassword(password);
    if (!hash)
        return QStringLiteral("the password could not be hashed (out of memory)");
    QSqlQuery q(m_store.db());
    if (exec(q, QStringLiteral("SELECT 1 FROM app_user WHERE name = ?"), {user.name}).isEmpty() && q.next())
        return QStringLiteral("the user %1 exists already").arg(user.name);
    if (const QString error =
            exec(q, QStringLiteral("INSERT INTO app_user (name, role, scope_code, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {user.name, user.role, user.scopeCode.isEmpty() ? QStringLiteral("") : user.scopeCode, *hash,
                  Protocol::Clock::nowIso()}); // never NULL (admin)
        !error.isEmpty())
        return error;
    return true;
}

AccountStore::Result<QStringList> AccountStore::addDemoUsers()
{
    // The practice village's codes as the device's generator makes them
    // (protocol/syncschema.h). The password is
    // practice data, printed and documented on purpose.
    const QByteArray password("latihan123");
    QList<User> users;
    for (int p = 1; p <= 9; ++p)
        users.append(
            {QStringLiteral("kader%1").arg(p, 2, 10, QLatin1Char('0')), QStringLiteral("cadre"), Protocol::SyncSchema::practicePosyanduCode(p)});
    users.append({QStringLiteral("supervisor"), QStringLiteral("supervisor"), Protocol::SyncSchema::practiceVillageCode()});
    // Their Posyandu, registered as the laptop's practice generator makes them.
    for (int p = 1; p <= 9; ++p) {
        const QString code = Protocol::SyncSchema::practicePosyanduCode(p);
        auto known = m_store.registry().find(code);
        if (const auto *error = std::get_if<QString>(&known))
            return *error;
        if (std::get<std::optional<RegisteredPosyandu>>(known))
            continue;
        auto added = m_store.registry().add({code, Protocol::SyncSchema::practiceVillageCode(), Protocol::SyncSchema::practicePosyanduName(p)});
        if (const auto *error = std::get_if<QString>(&added))
            return *error;
    }
    QStringList names;
    for (const User &user : users) {
        QSqlQuery q(m_store.db());
        if (const QString error = exec(q, QStringLiteral("SELECT 1 FROM app_user WHERE name = ?"), {user.name}); !error.isEmpty())
            return error;
        const bool known = q.next();
        q.finish();
        if (!known) {
            if (auto added = addUser(user, password); std::holds_alternative<QString>(added))
                return std::get<QString>(added);
        }
        names.append(user.name);
    }
    return names;
}

std::variant<Enrolment, EnrolmentRefusal> AccountStore::enrol(const QString &userName, const QByteArray &password, const QString &deviceName,
                                                              const QString &enrolmentId, const QStringList &posyanduCodes)
{
    auto failed = [](const QString &error) { return EnrolmentRefusal{500, QStringLiteral("store_error"), error}; };
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT role, scope_code, password_hash FROM app_user WHERE name = ?"), {userName});
        !error.isEmpty())
        return failed(error);
    // Unknown user and wrong password read the same: a guesser learns nothing about names.
    const bool known = q.next();
    const QString hash = known ? q.value(2).toString() : QString();
    if (!known || !PasswordHasher::verifyPassword(hash, password))
        return EnrolmentRefusal{401, QStringLiteral("wrong_password"), QStringLiteral("wrong user name or password")};
    const User user{userName, q.value(0).toString(), q.value(1).toString()};
    q.finish();
    // The scope before any device exists: a laptop that records another Posyandu gets none.
    if (user.role == QLatin1String("cadre") && !posyanduCodes.isEmpty() && !posyanduCodes.contains(user.scopeCode))
        return EnrolmentRefusal{403, QStringLiteral("wrong_posyandu"), user.scopeCode};
    Enrolment e{QString(), PasswordHasher::newToken(), user};
    if (!enrolmentId.isEmpty()) {
        if (const QString error = exec(q, QStringLiteral("SELECT id, user_name, revoked_at FROM device WHERE enrolment_id = ?"), {enrolmentId});
            !error.isEmpty())
            return failed(error);
        if (q.next()) {
            // The same request again: the device it made, with a new token (the first one never arrived).
            if (q.value(1).toString() != userName || !q.value(2).isNull())
                return EnrolmentRefusal{409, QStringLiteral("enrolment_used"), QStringLiteral("this enrolment id was used already")};
            e.deviceId = q.value(0).toString();
            q.finish();
            if (const QString error =
                    exec(q, QStringLiteral("UPDATE device SET token_hash = ? WHERE id = ?"), {PasswordHasher::tokenHash(e.token), e.deviceId});
                !error.isEmpty())
                return failed(error);
            return e;
        }
        q.finish();
    }
    e.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QString error =
            exec(q, QStringLiteral("INSERT INTO device (id, user_name, name, token_hash, created_at, enrolment_id) VALUES (?, ?, ?, ?, ?, ?)"),
                 {e.deviceId, userName, deviceName.isEmpty() ? QStringLiteral("") : deviceName.left(100), // never NULL
                  PasswordHasher::tokenHash(e.token), Protocol::Clock::nowIso(), enrolmentId.isEmpty() ? QVariant() : QVariant(enrolmentId)});
        !error.isEmpty())
        return failed(error);
    return e;
}

AccountStore::Result<std::optional<User>> AccountStore::userForToken(const QString &token, QString *deviceId)
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q,
                                   QStringLiteral("SELECT u.name, u.role, u.scope_code, d.id, d.last_seen_at FROM device d "
                                                  "JOIN app_user u ON u.name = d.user_name "
                                                  "WHERE d.token_hash = ? AND d.revoked_at IS NULL"),
                                   {PasswordHasher::tokenHash(token)});
        !error.isEmpty())
        return error;
    if (!q.next())
        return std::optional<User>();
    const User user{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    const QString device = q.value(3).toString();
    const QString lastSeen = q.value(4).toString();
    q.finish();
    if (deviceId)
        *deviceId = device;
    // Last seen, to the minute: a write only when the minute has changed, not one a request.
    const QString minute = Protocol::Clock::nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'"));
    if (lastSeen != minute)
        exec(q, QStringLiteral("UPDATE device SET last_seen_at = ? WHERE id = ?"), {minute, device}); // best effort: never refuses a request
    return std::optional<User>(user);
}

AccountStore::Result<QStringList> AccountStore::listDevices()
{
    QSqlQuery q(m_store.db());
    if (const QString error =
            exec(q, QStringLiteral("SELECT id, user_name, name, created_at, last_seen_at, revoked_at FROM device ORDER BY created_at, id"));
        !error.isEmpty())
        return error;
    auto orDash = [&](int column) { return q.value(column).isNull() ? QStringLiteral("-") : printable(q.value(column).toString()); };
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1 %2 \"%3\" enrolled %4 last-seen %5 revoked %6")
                     .arg(q.value(0).toString(), printable(q.value(1).toString()),
                          printable(q.value(2).toString()).replace(QLatin1Char('"'), QStringLiteral("\\\"")), orDash(3), orDash(4), orDash(5));
    return lines;
}

AccountStore::Result<bool> AccountStore::revokeDevice(const QString &deviceId)
{
    QSqlQuery q(m_store.db());
    if (const QString error =
            exec(q, QStringLiteral("UPDATE device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {Protocol::Clock::nowIso(), deviceId});
        !error.isEmpty())
        return error;
    return q.numRowsAffected() == 1;
}

} // namespace Posyandu::Server

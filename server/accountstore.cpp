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

AccountStore::Result<Enrolment> AccountStore::enrol(const QString &userName, const QByteArray &password, const QString &deviceName)
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT role, scope_code, password_hash FROM app_user WHERE name = ?"), {userName});
        !error.isEmpty())
        return error;
    // Unknown user and wrong password read the same: a guesser learns nothing about names.
    const bool known = q.next();
    const QString hash = known ? q.value(2).toString() : QString();
    if (!known || !PasswordHasher::verifyPassword(hash, password))
        return QStringLiteral("wrong user name or password");
    Enrolment e{
        QUuid::createUuid().toString(QUuid::WithoutBraces), PasswordHasher::newToken(), {userName, q.value(0).toString(), q.value(1).toString()}};
    q.finish();
    if (const QString error = exec(q, QStringLiteral("INSERT INTO device (id, user_name, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
                                   {e.deviceId, userName, deviceName.isEmpty() ? QStringLiteral("") : deviceName.left(100), // never NULL
                                    PasswordHasher::tokenHash(e.token), Protocol::Clock::nowIso()});
        !error.isEmpty())
        return error;
    return e;
}

AccountStore::Result<std::optional<User>> AccountStore::userForToken(const QString &token, QString *deviceId)
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q,
                                   QStringLiteral("SELECT u.name, u.role, u.scope_code, d.id FROM device d JOIN app_user u ON u.name = d.user_name "
                                                  "WHERE d.token_hash = ? AND d.revoked_at IS NULL"),
                                   {PasswordHasher::tokenHash(token)});
        !error.isEmpty())
        return error;
    if (!q.next())
        return std::optional<User>();
    if (deviceId)
        *deviceId = q.value(3).toString();
    return std::optional<User>(User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

AccountStore::Result<QStringList> AccountStore::listDevices()
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT id, user_name, name, created_at, revoked_at FROM device ORDER BY created_at"));
        !error.isEmpty())
        return error;
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString().isEmpty() ? QStringLiteral("-") : q.value(2).toString(),
                          q.value(3).toString(), q.value(4).isNull() ? QStringLiteral("-") : q.value(4).toString());
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

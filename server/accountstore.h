// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstore.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Posyandu::Server {

// Users and their devices: who may enrol, the token each enrolled device
// holds (only its hash is kept), and taking a device back.
class AccountStore
{
public:
    template <typename T> using Result = StoreResult<T>;

    explicit AccountStore(ServerStore &store);

    static bool validRole(const QString &role);
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

private:
    ServerStore &m_store;
};

} // namespace Posyandu::Server

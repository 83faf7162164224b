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
    // Checks the password and the scope, then registers a new device for
    // the user: one device or none. `posyanduCodes`: the Posyandu the laptop
    // records already (a cadre of another one is refused before any device
    // exists). `enrolmentId`: the laptop's id for this enrolment; the same
    // request sent again (its answer was lost) gets the same device with a
    // new token, never a second device.
    std::variant<Enrolment, EnrolmentRefusal> enrol(const QString &userName, const QByteArray &password, const QString &deviceName,
                                                    const QString &enrolmentId = {}, const QStringList &posyanduCodes = {});
    // The user a token belongs to, if the token is known and not revoked.
    Result<std::optional<User>> userForToken(const QString &token, QString *deviceId = nullptr);
    // False when no such device is enrolled (or it was revoked already).
    Result<bool> revokeDevice(const QString &deviceId);
    // One line a device: id, user, "name" (control characters escaped),
    // enrolled, last seen and revoked times ("-" for none).
    Result<QStringList> listDevices();

private:
    ServerStore &m_store;
};

} // namespace Posyandu::Server

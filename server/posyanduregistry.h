// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstore.h"

#include <QStringList>

#include <optional>

namespace Posyandu::Server {

struct RegisteredPosyandu {
    QString code;
    QString villageCode;
    QString name;
};

// The Posyandu an admin registered (posyandu-server posyandu add), each in
// one village. It alone decides which area a Posyandu's data is in: a
// supervisor's scope is the registered Posyandu whose village code starts
// with the area code, whatever a device writes into its records. Each
// registered Posyandu also has its record among the synced ones, under the
// id protocol/syncschema.h gives its code, so every device takes it.
class PosyanduRegistry
{
public:
    template <typename T> using Result = StoreResult<T>;

    explicit PosyanduRegistry(ServerStore &store);

    // Registers a Posyandu and writes its synced record; refuses a code
    // registered already and values the synced schema would refuse.
    Result<bool> add(const RegisteredPosyandu &posyandu);
    // One line a Posyandu: code, village code, name (control characters escaped).
    Result<QStringList> list();
    Result<std::optional<RegisteredPosyandu>> find(const QString &code);

    // A store made before the registry: every Posyandu that has a live record
    // is registered from its record with the smallest id (the one the
    // devices' settlement kept). Runs once; the lines say what it did and
    // which cadre's Posyandu is still unregistered.
    Result<QStringList> registerFromRecords();

private:
    Result<bool> insert(const RegisteredPosyandu &posyandu);

    ServerStore &m_store;
};

} // namespace Posyandu::Server

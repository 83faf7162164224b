// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// The device token of one data file, in the OS keychain (CredentialStore),
// keyed by the file's install id; the practice file uses a keychain service
// of its own. Blocking (it waits for the keychain's answer, which comes on
// the process's one keychain thread): from any thread, the sync worker and
// the command line included, but the keychain thread itself.
class DeviceToken
{
    Q_DECLARE_TR_FUNCTIONS(DeviceToken)
public:
    static Result<QString> read(Storage::Database &db);
    static Result<void> write(Storage::Database &db, const QString &token);
    static Result<void> remove(Storage::Database &db);
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncengine.h"

#include <QVariantMap>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Test {

class ServerProcess;

// Small steps the sync tests and bench/sync take on a device.
// A household registered through the repository, as the register screen does; its id (empty on failure).
QString addHousehold(Storage::Database &db, const QString &posyanduId, const QString &head);
// `count` households in one transaction through the change writer (outbox entries included); false on failure.
bool addHouseholds(Storage::Database &db, const QString &posyanduId, int count, const QString &prefix = QStringLiteral("Rumah"));
// One edit of a synced record, in its own transaction.
bool edit(Storage::Database &db, const QString &entity, const QString &id, const QVariantMap &fields);
// One sync run with the device's token from the keychain (or `token`), quick backoff.
Sync::SyncReport syncNow(Storage::Database &db, int attempts = 3, const QString &token = {});
// SyncJournal::contentHash, or the error's words.
QString hashOf(Storage::Database &db);
// A value from the server's own store (SQLite or PostgreSQL), read beside the running server.
QString serverScalar(const ServerProcess &server, const QString &sql);
// Runs a statement on the server's own store, as an older server or a damaged file would have written it; false on failure.
bool serverExec(const ServerProcess &server, const QString &sql);

} // namespace Posyandu::Test

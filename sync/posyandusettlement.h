// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "wiremessages.h"

#include <QVariant>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Two laptops of one Posyandu that were each set up before they ever
// synced hold two records with the same code. Every device settles it the
// same way, without talking: the smaller id (UUIDv7: the one set up first)
// is the Posyandu; the other is retired by the device that made it, which
// moves its rows (every entity whose parent is the Posyandu, from
// protocol/syncschema.h) over. Until then it is kept here as retired.
// A supervisor's or an admin's laptop only retires its copy; it queues
// nothing (the rows' move reaches it from the cadre's laptop via the server).
// The registered record's id sorts first (SyncSchema::registeredPosyanduId),
// so the record kept is always the registered one.
class PosyanduSettlement
{
public:
    explicit PosyanduSettlement(Storage::Database &db);
    // The tombstone for a pulled Posyandu whose code another live one holds
    // here: `now` when the pulled one is retired, null when it stays.
    Result<QVariant> settle(const Protocol::Change &change, const QString &now);

private:
    Storage::Database &m_db;
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "wiremessages.h"

#include <QCoreApplication>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Counts for the status line ("23 changes waiting").
struct SyncCounts {
    int waiting = 0;  // outbox entries not yet acknowledged
    int rejected = 0; // refused by the server, kept for correction
    int setAside = 0; // pulled from the server but not applicable here (sync_set_aside)
};

// Reads the outbox into push batches. Reading changes nothing: an entry
// leaves the outbox only when PushAckApplier applies the server's ack.
class OutboxReader
{
public:
    explicit OutboxReader(Storage::Database &db);

    Result<SyncCounts> counts() const;

    // The next batch from the outbox, in outbox order: at most
    // `maxMutations` mutations and about `maxBytes` of payload. Its op_seq is
    // the last acknowledged one + 1, so a batch whose answer was lost goes
    // out again under the same op_seq and the server answers it from its
    // stored acks. Empty mutations: nothing to push.
    Result<Protocol::PushBatch> nextBatch(const QString &deviceId, int maxMutations, qsizetype maxBytes) const;

private:
    Storage::Database &m_db;
};

} // namespace Posyandu::Sync

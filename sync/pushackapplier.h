// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliedcounts.h"
#include "result.h"
#include "wiremessages.h"

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Applies the server's answer to one push batch, in one transaction with
// the op_seq it advances.
//
// Invariants: an outbox entry leaves only on an ack (applied, merged,
// conflict), or moves to sync_rejected with the server's reason; nothing
// else deletes it. server_ver advances only on an ack that says the
// device's copy is the server's version ("current").
class PushAckApplier
{
public:
    explicit PushAckApplier(Storage::Database &db);
    Result<AppliedCounts> apply(const Protocol::PushBatch &batch, const Protocol::PushResponse &response);

private:
    Storage::Database &m_db;
};

} // namespace Posyandu::Sync

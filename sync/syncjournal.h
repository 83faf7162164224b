// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliedcounts.h"
#include "outboxreader.h"
#include "result.h"
#include "syncaccount.h"
#include "wiremessages.h"

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// The device's side of sync as the engine sees it, over its local store:
// the account (SyncAccountStore), the outbox read into batches
// (OutboxReader), and what the server answers applied (PushAckApplier,
// PullPageApplier). Each of those does one job; this class only puts them
// under one name. Every apply is one transaction, together with the op_seq
// or cursor it advances, so an interruption at any moment leaves either the
// old state (and the same request is simply made again) or the new one,
// never half.
class SyncJournal
{
public:
    explicit SyncJournal(Storage::Database &db);

    Result<SyncAccount> account() const;
    Result<void> saveAccount(const SyncAccount &account);
    Result<SyncCounts> counts() const;

    Result<Protocol::PushBatch> nextBatch(int maxMutations = Protocol::kMaxMutationsPerBatch, qsizetype maxBytes = 600 * 1024) const;
    Result<AppliedCounts> applyPushResponse(const Protocol::PushBatch &batch, const Protocol::PushResponse &response);

    qint64 cursor() const;
    Result<AppliedCounts> applyPullPage(const Protocol::PullPage &page);

    // The offset of this device's clock to the server's, measured at hello,
    // and its error: at most half that hello's round trip (meta
    // sync_clock_offset_ms, sync_clock_error_ms; docs/sync-protocol.md "Merge rule").
    Result<void> saveClockOffset(qint64 offsetMs, qint64 errorMs);
    Result<void> saveOutcome(bool ok, const QString &message);

private:
    Storage::Database &m_db;
};

} // namespace Posyandu::Sync

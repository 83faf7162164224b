// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hybridlogicalclock.h"
#include "serverstore.h"
#include "wiremessages.h"

namespace Posyandu::Server {

// The synced records: every record's fields with their HLC stamps and the
// version each last changed at, its scope (Posyandu code), and the acks of
// every batch a device sent.
class RecordStore
{
public:
    template <typename T> using Result = StoreResult<T>;

    explicit RecordStore(ServerStore &store);

    // Applies a device's batch in one transaction, mutation by mutation
    // through the per-field merge rule, each checked against the user's
    // scope. A batch whose op_seq is at or below the device's high-water
    // mark changes nothing and gets the acks stored for it (exactly-once
    // effect under retries). `nowMs`: the server clock, for HLC clamping.
    Result<Protocol::PushResponse> push(const QString &deviceId, const User &user, const Protocol::PushBatch &batch, qint64 nowMs);
    // The changes in the user's scope after `since` (a server version), oldest
    // first, at most `limit`. Versions are handed out and committed in order
    // (one writer at a time), so the next cursor never skips a later commit.
    // `deviceId`: the caller, whose own rows it already holds are skipped.
    Result<Protocol::PullPage> pull(const User &user, const QString &deviceId, qint64 since, int limit);

    // Writes a record as the server itself, inside the caller's write
    // transaction: `fields` stamped by the node "server" at `nowMs` over the
    // record's other fields, `deleted` its state, a new server version
    // (returned) that every device in scope pulls.
    Result<qint64> writeAsServer(const QString &entity, const QString &id, const QString &scope, const QJsonObject &fields, qint64 nowMs,
                                 bool deleted = false);

    // The stamp the server answers a device's stamp with when its registry
    // overrides the value: after the device's and after the server's own
    // earlier ones (made at or before `nowMs`), so every device takes it.
    static Protocol::HlcStamp serverStampAfter(const Protocol::HlcStamp &device, qint64 nowMs);

private:
    ServerStore &m_store;
};

} // namespace Posyandu::Server

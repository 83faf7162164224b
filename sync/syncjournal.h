// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "wiremessages.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Who this device is to its server, as enrolment left it (meta sync_*).
// The token is not here: it lives in the OS keychain only.
struct SyncAccount {
    QString serverUrl;    // e.g. http://10.0.0.5:8080
    QString deviceId;     // the server's id for this device
    QString user;
    QString role;         // cadre, supervisor, admin
    QString scope;        // Posyandu code or area code
    QByteArray caPem;     // certificates to trust for this server besides the system's (not secret)
    bool isEnrolled() const { return !serverUrl.isEmpty() && !deviceId.isEmpty(); }
};

// Counts for the status line ("23 changes waiting").
struct SyncCounts {
    int waiting = 0;      // outbox entries not yet acknowledged
    int rejected = 0;     // refused by the server, kept for correction
};

// What one applied push response or pull page did.
struct AppliedCounts {
    int acknowledged = 0;
    int rejected = 0;
    int pulled = 0;
    QStringList rejectReasons; // "household 0190…: outside this device's Posyandu"
};

// The device's side of sync, over its local store: reads the outbox into
// batches and applies what the server answers. Every apply is one
// transaction, together with the op_seq or cursor it advances, so an
// interruption at any moment leaves either the old state (and the same
// request is simply made again) or the new one, never half.
//
// Invariants:
//  - an outbox entry leaves only on an ack (applied/merged/conflict), or
//    moves to sync_rejected with the server's reason; nothing else deletes it;
//  - a pulled field never overwrites a local change still waiting in the
//    outbox (that change is pushed and merged by the server, which then sends
//    the result back); every other pulled field takes the server's value;
//  - server_ver names a version whose contents this device really holds
//    (the base of its next edit): it advances on pull, and on an ack that
//    says the device's copy is the server's version ("current").
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)
public:
    explicit SyncJournal(Storage::Database &db);

    Result<SyncAccount> account() const;
    // Enrolment: a new device on the server starts at op_seq 0 and cursor 0.
    Result<void> saveAccount(const SyncAccount &account);

    Result<SyncCounts> counts() const;

    // A practice village is generated straight into its tables, never into
    // the outbox. Enrolled with a practice server as a cadre, the village's
    // rows of that Posyandu are queued once, parents first, so a trainer can
    // show sync on one laptop. Only for practice stores. The number queued.
    Result<int> queuePracticeVillage(const QString &posyanduCode);

    // The next batch from the outbox, in outbox order: at most
    // kMaxMutationsPerBatch mutations and about `maxBytes` of payload. Its
    // op_seq is the last acknowledged one + 1, so a batch whose answer was
    // lost goes out again under the same op_seq and the server answers it
    // from its stored acks. Empty mutations: nothing to push.
    Result<Protocol::PushBatch> nextBatch(int maxMutations = Protocol::kMaxMutationsPerBatch, qsizetype maxBytes = 600 * 1024) const;
    Result<AppliedCounts> applyPushResponse(const Protocol::PushBatch &batch, const Protocol::PushResponse &response);

    qint64 cursor() const;
    Result<AppliedCounts> applyPullPage(const Protocol::PullPage &page);

    // Offset of the server's clock to ours (ms), from hello; the device's
    // clock stamps with it so a laptop with a wrong clock still orders its
    // edits right.
    Result<void> saveClockOffset(qint64 offsetMs);
    Result<void> saveOutcome(bool ok, const QString &message);

    // SHA-256 over every synced record's content (entity, id, domain fields,
    // deleted or not), leaving out what is local bookkeeping (stamps, dates of
    // the local write, server versions). Two devices and the server agree on
    // it exactly when they hold the same data.
    Result<QString> contentHash() const;

private:
    Result<QStringList> columnsOf(const QString &entity) const;
    // The tombstone for a pulled Posyandu whose code another live one holds here.
    Result<QVariant> settlePosyanduCode(const Protocol::Change &change, const QString &now);

    Storage::Database &m_db;
    mutable QHash<QString, QStringList> m_columns;
};

} // namespace Posyandu::Sync

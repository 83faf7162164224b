// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "synctransport.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

class SyncJournal;

struct SyncOptions {
    int maxAttempts = 6; // per request, for failures worth retrying
    Backoff backoff{500, 30000};
    int pageSize = 500;      // pull: changes per page (memory is bounded by it)
    int stallMs = 30000;     // a transfer that moves nothing this long is abandoned
    int helloStallMs = 5000; // the greeting is a few hundred bytes: a server silent this long is not answering
};

// What one run did, for the status line, the command line and bench/sync.
struct SyncReport {
    bool ok = false;
    QString message; // translated; the reason when !ok
    int pushed = 0;  // acknowledged by the server
    int merged = 0;  // of those, merged with another device's change of the same field (a conflict, logged for review)
    int pulled = 0;
    int rejected = 0;
    QStringList rejectReasons;
    int setAside = 0; // pulled changes this device could not apply (kept in sync_set_aside)
    QStringList setAsideReasons;
    int waiting = 0; // still in the outbox at the end
    int requests = 0;
    int retries = 0;
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
};

// One sync run against the enrolled server: hello (schema, practice or real,
// clock offset), then the outbox in batches, then every page of changes
// since the cursor. Blocking: it runs on a worker thread or in the command
// line. A failure worth retrying (no answer, a cut page, 5xx, 429) is tried
// again after a backoff with jitter (Retry-After honoured); anything else
// ends the run with a reason in words. Nothing is lost either way: what was
// not acknowledged stays in the outbox, what was not applied is pulled again.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    // Retry: a request failed in a way worth retrying and the next attempt (done, of total) comes after a backoff;
    // reported at once, so an unreachable server is told within seconds, not after the last attempt.
    enum class Phase { Hello, Push, Pull, Retry };
    using Progress = std::function<void(Phase phase, int done, int total)>;

    SyncEngine(Storage::Database &db, QString token, SyncOptions options = {}, const std::atomic_bool *cancel = nullptr);

    SyncReport run(const Progress &progress = {});

private:
    // Each: nullopt when done, else the reason the run ends.
    std::optional<QString> pushAll(SyncJournal &journal, SyncTransport &transport, SyncReport &report, const Progress &progress);
    std::optional<QString> pullAll(SyncJournal &journal, SyncTransport &transport, SyncReport &report, const Progress &progress);
    HttpResult withRetries(const std::function<HttpResult()> &request, SyncReport &report);
    bool waitOrCancel(int ms) const;
    QString refusal(const HttpResult &answer) const;

    Storage::Database &m_db;
    QString m_token;
    SyncOptions m_options;
    Progress m_progress; // of the run under way
    const std::atomic_bool *m_cancel;
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "syncengine.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// When the application syncs, and what it says about it. Runs the engine on
// a worker thread with its own connection to the store (never the UI
// thread's): on start, some seconds after the last save, on a timer, when
// the network comes back, and when asked. A failed automatic run waits
// longer each time (backoff with jitter) before the next automatic try; a
// sync asked for by hand always runs at once. The status is a sentence for
// the cadre: "Offline — 23 changes waiting", "Synced at 10:42", the last
// error in words.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    struct Timing {
        int startDelayMs = 3000;
        int afterSaveMs = 20000;
        int periodMs = 15 * 60 * 1000;
        Backoff failureBackoff{30 * 1000, 30 * 60 * 1000};
    };

    // `db`: the UI thread's store, read for the counts; the worker opens the same file itself.
    explicit SyncScheduler(Storage::Database &db, QObject *parent = nullptr);
    SyncScheduler(Storage::Database &db, Timing timing, QObject *parent = nullptr);
    ~SyncScheduler() override;

    // Starts the automatic triggers (the first run comes after startDelayMs).
    void start();
    bool isRunning() const { return m_running; }
    bool isEnrolled() const;
    // While running it carries the progress ("500 of 2,300 changes sent").
    QString statusText() const;
    const SyncReport &lastReport() const { return m_last; }

public Q_SLOTS:
    void syncNow();         // by hand: at once, whatever the backoff says
    void noteLocalChange(); // a save: sync a little later, once the cadre pauses
    void cancel();
    void refreshStatus(); // re-read the counts (after enrolment, say)

Q_SIGNALS:
    void statusChanged();
    // A run finished; `pulled` > 0 means the store has new rows to show.
    void finished(bool ok, int pulled);

private:
    void runAutomatically();
    void launch();
    void done();

    Storage::Database &m_db;
    Timing m_timing;
    QTimer m_debounce;
    QTimer m_period;
    QTimer m_retry;
    QFutureWatcher<SyncReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_online = true;
    bool m_again = false; // a save came in while running: go again after
    int m_failures = 0;
    QString m_progress;
    SyncReport m_last;
    QDateTime m_lastOk;
    QString m_lastError;
    int m_waiting = 0;
    int m_rejected = 0;
    int m_setAside = 0;
};

} // namespace Posyandu::Sync

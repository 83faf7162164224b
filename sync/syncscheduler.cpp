// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncscheduler.h"

#include "clock.h"
#include "database.h"
#include "devicetoken.h"
#include "syncjournal.h"

#include <QLocale>
#include <QNetworkInformation>
#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace Posyandu::Sync {

namespace {
// The whole run, on a worker thread: its own connection, its own keychain call.
SyncReport runOnWorker(const QString &path, std::shared_ptr<std::atomic_bool> cancel, const std::function<void(QString)> &progress)
{
    SyncReport report;
    auto db = Storage::Database::open(path);
    if (!db) {
        report.message = db.error().message;
        return report;
    }
    auto token = DeviceToken::read(*db.value());
    if (!token) {
        report.message = token.error().message;
        return report;
    }
    return SyncEngine(*db.value(), token.value(), SyncOptions{}, cancel.get()).run([&](SyncEngine::Phase phase, int done, int total) {
        switch (phase) {
        case SyncEngine::Phase::Hello:
            progress(SyncScheduler::tr("connecting…"));
            break;
        case SyncEngine::Phase::Push:
            progress(SyncScheduler::tr("%1 of %2 changes sent").arg(QLocale().toString(done), QLocale().toString(total)));
            break;
        case SyncEngine::Phase::Pull:
            progress(SyncScheduler::tr("%1 changes received").arg(QLocale().toString(done)));
            break;
        case SyncEngine::Phase::Retry:
            progress(SyncScheduler::tr("the server is not answering; trying again (%1 of %2)…").arg(done).arg(total));
            break;
        }
    });
}
} // namespace

SyncScheduler::SyncScheduler(Storage::Database &db, QObject *parent)
    : SyncScheduler(db, Timing{}, parent)
{
}

SyncScheduler::SyncScheduler(Storage::Database &db, Timing timing, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timing(timing)
{
    m_debounce.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncScheduler::runAutomatically);
    connect(&m_retry, &QTimer::timeout, this, &SyncScheduler::runAutomatically);
    connect(&m_period, &QTimer::timeout, this, &SyncScheduler::runAutomatically);
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, &SyncScheduler::done);
    // What the last run (maybe in an earlier start of the application) left.
    if (auto at = m_db.meta(QStringLiteral("sync_last_ok_at")); at && !at.value().isEmpty())
        m_lastOk = QDateTime::fromString(at.value(), Qt::ISODateWithMs);
    if (auto error = m_db.meta(QStringLiteral("sync_last_error")))
        m_lastError = error.value();
    refreshStatus();
}

SyncScheduler::~SyncScheduler()
{
    // The worker holds its own connection and this object's cancel flag: stop it and let it finish.
    cancel();
    m_watcher.waitForFinished();
}

void SyncScheduler::start()
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        auto *info = QNetworkInformation::instance();
        m_online = info->reachability() != QNetworkInformation::Reachability::Disconnected;
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            const bool online = r != QNetworkInformation::Reachability::Disconnected;
            const bool back = online && !m_online;
            m_online = online;
            Q_EMIT statusChanged();
            if (back) {
                m_failures = 0; // the signal is back: no reason to wait out a backoff
                runAutomatically();
            }
        });
    }
    m_period.start(m_timing.periodMs);
    m_debounce.start(m_timing.startDelayMs);
}

bool SyncScheduler::isEnrolled() const
{
    auto account = SyncJournal(m_db).account();
    return account && account.value().isEnrolled();
}

void SyncScheduler::refreshStatus()
{
    if (auto counts = SyncJournal(m_db).counts()) {
        m_waiting = counts.value().waiting;
        m_rejected = counts.value().rejected;
        m_setAside = counts.value().setAside;
    }
    Q_EMIT statusChanged();
}

void SyncScheduler::noteLocalChange()
{
    refreshStatus();
    if (m_running)
        m_again = true;
    else if (!m_retry.isActive())
        m_debounce.start(m_timing.afterSaveMs);
}

void SyncScheduler::runAutomatically()
{
    if (!m_online || m_retry.isActive() || !isEnrolled())
        return;
    launch();
}

void SyncScheduler::syncNow()
{
    m_retry.stop();
    m_failures = 0;
    launch();
}

void SyncScheduler::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncScheduler::launch()
{
    if (m_running || !isEnrolled()) {
        if (m_running)
            m_again = true;
        Q_EMIT statusChanged();
        return;
    }
    m_running = true;
    m_again = false;
    m_debounce.stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = tr("connecting…");
    Q_EMIT statusChanged();
    QPointer<SyncScheduler> self(this);
    auto progress = [self](const QString &text) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, text] {
                if (self) {
                    self->m_progress = text;
                    Q_EMIT self->statusChanged();
                }
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(runOnWorker, m_db.filePath(), m_cancel, progress));
}

void SyncScheduler::done()
{
    m_running = false;
    m_progress.clear();
    m_last = m_watcher.result();
    if (m_last.ok) {
        m_failures = 0;
        m_lastOk = Protocol::Clock::nowUtc();
        m_lastError.clear();
    } else {
        m_lastError = m_last.message;
        // Wait longer after each failure before trying on our own again.
        m_retry.start(m_timing.failureBackoff.delayMs(m_failures++, QRandomGenerator::global()->generate()));
    }
    refreshStatus();
    Q_EMIT finished(m_last.ok, m_last.pulled);
    if (m_again && m_last.ok)
        m_debounce.start(m_timing.afterSaveMs);
}

QString SyncScheduler::statusText() const
{
    if (!isEnrolled())
        return tr("Not connected to a server yet (Sync → Connect to a server).");
    QString text;
    const QLocale locale;
    const QDateTime local = m_lastOk.toLocalTime();
    const QString when = !m_lastOk.isValid()       ? tr("never")
        : local.date() == Protocol::Clock::today() ? locale.toString(local.time(), QStringLiteral("HH:mm"))
                                                   : locale.toString(local, QStringLiteral("d MMM HH:mm"));
    if (m_running)
        text = tr("Syncing… %1").arg(m_progress);
    else if (!m_online)
        text = tr("Offline — %n change(s) waiting", nullptr, m_waiting);
    else if (!m_lastError.isEmpty())
        text = tr("%n change(s) waiting — sync failed: %1", nullptr, m_waiting).arg(m_lastError);
    else if (m_waiting > 0)
        text = tr("%n change(s) waiting; last synced at %1", nullptr, m_waiting).arg(when);
    else
        text = tr("Synced at %1").arg(when);
    if (m_rejected > 0)
        text += QLatin1Char(' ') + tr("· %n change(s) refused by the server (Sync → Refused changes)", nullptr, m_rejected);
    if (m_setAside > 0)
        text += QLatin1Char(' ') + tr("· %n change(s) from the server set aside (Sync → Refused changes)", nullptr, m_setAside);
    return text;
}

} // namespace Posyandu::Sync

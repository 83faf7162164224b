// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "syncjournal.h"
#include "wiremessages.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

namespace Posyandu::Sync {

SyncEngine::SyncEngine(Storage::Database &db, QString token, SyncOptions options, const std::atomic_bool *cancel)
    : m_db(db)
    , m_token(std::move(token))
    , m_options(options)
    , m_cancel(cancel)
{
}

bool SyncEngine::waitOrCancel(int ms) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancel && m_cancel->load())
            return false;
        QThread::msleep(quint64(std::min<qint64>(50, ms - timer.elapsed())));
    }
    return !(m_cancel && m_cancel->load());
}

HttpResult SyncEngine::withRetries(const std::function<HttpResult()> &request, SyncReport &report)
{
    HttpResult answer;
    for (int attempt = 0; attempt < m_options.maxAttempts; ++attempt) {
        if (attempt > 0) {
            ++report.retries;
            if (m_progress)
                m_progress(Phase::Retry, attempt + 1, m_options.maxAttempts);
            if (!waitOrCancel(m_options.backoff.delayMs(attempt - 1, QRandomGenerator::global()->generate(), answer.retryAfterSeconds))) {
                answer = HttpResult{};
                answer.cancelled = true;
                answer.failure = SyncTransport::tr("Cancelled.");
                return answer;
            }
        }
        answer = request();
        if (!answer.transient())
            return answer;
    }
    return answer;
}

// The words for an answer that ends the run: ours for the cases a cadre can act on, the server's otherwise.
QString SyncEngine::refusal(const HttpResult &answer) const
{
    if (answer.cancelled)
        return tr("Sync was cancelled; nothing is lost, the rest goes next time.");
    if (answer.status == 0)
        return tr("The server cannot be reached: %1 Your changes are kept and go with the next sync.").arg(answer.failure);
    const QString words = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString();
    switch (answer.status) {
    case 401:
        return tr("The server no longer accepts this device (its access was revoked or it was never enrolled). Enrol it again.");
    case 403:
        return tr("The server refused this device's request: %1").arg(words);
    case 426:
        return tr("The server needs another version of the application. Update it; your changes are kept.");
    case 429:
    case 503:
        return tr("The server is busy; it asked to try again later.");
    default:
        break;
    }
    if (answer.status >= 500)
        return tr("The server had an internal problem (%1). Try again later; your changes are kept.").arg(answer.status);
    return tr("The server refused the request (%1): %2").arg(answer.status).arg(words.isEmpty() ? QString::fromUtf8(answer.body.left(200)) : words);
}

std::optional<QString> SyncEngine::pushAll(SyncJournal &journal, SyncTransport &transport, SyncReport &report, const Progress &progress)
{
    // The outbox in batches, each acknowledged (or refused) before the next.
    auto counts = journal.counts();
    const int total = counts ? counts.value().waiting : 0;
    int maxMutations = Protocol::kMaxMutationsPerBatch;
    while (true) {
        auto batch = journal.nextBatch(maxMutations);
        if (!batch)
            return batch.error().message;
        if (batch.value().mutations.isEmpty())
            break;
        const QByteArray body = Protocol::WireCodec::encode(batch.value());
        // An answer cut short or damaged is asked for again under the same op_seq: the server answers a
        // batch it already applied from its stored acks, so nothing is applied twice.
        std::optional<Protocol::PushResponse> acks;
        QString unreadable;
        const HttpResult answer = withRetries(
            [&] {
                unreadable.clear();
                HttpResult r = transport.post(QStringLiteral("/v1/sync/push"), body);
                if (r.status == 200) {
                    auto decoded = Protocol::WireCodec::decodePushResponse(r.body);
                    if (auto *response = std::get_if<Protocol::PushResponse>(&decoded)) {
                        acks = std::move(*response);
                    } else {
                        unreadable = std::get<QString>(decoded);
                        r.status = 0;
                        r.failure = tr("The server's answer arrived incomplete.");
                    }
                }
                return r;
            },
            report);
        if (answer.status == 413 && maxMutations > 1) {
            maxMutations = std::max(1, int(batch.value().mutations.size()) / 2); // smaller batches, same op_seq
            continue;
        }
        if (answer.status == 0 && !unreadable.isEmpty() && !answer.cancelled)
            return tr("The server's answer could not be read (%1); the changes stay queued.").arg(unreadable);
        if (answer.status != 200 || !acks)
            return refusal(answer);
        auto applied = journal.applyPushResponse(batch.value(), *acks);
        if (!applied)
            return applied.error().message;
        report.pushed += applied.value().acknowledged;
        report.merged += applied.value().merged;
        report.rejected += applied.value().rejected;
        report.rejectReasons += applied.value().rejectReasons;
        if (progress)
            progress(Phase::Push, report.pushed + report.rejected, total);
    }
    return std::nullopt;
}

std::optional<QString> SyncEngine::pullAll(SyncJournal &journal, SyncTransport &transport, SyncReport &report, const Progress &progress)
{
    // Pull: page by page from the cursor; each page is applied with its cursor in one transaction.
    while (true) {
        const QString query = QStringLiteral("/v1/sync/pull?since=%1&limit=%2").arg(journal.cursor()).arg(m_options.pageSize);
        std::optional<Protocol::PullPage> page;
        const HttpResult answer = withRetries(
            [&] {
                HttpResult r = transport.get(query);
                if (r.status == 200) {
                    auto decoded = Protocol::WireCodec::decodePullPage(r.body);
                    if (auto *p = std::get_if<Protocol::PullPage>(&decoded)) {
                        page = std::move(*p);
                    } else {
                        // A page cut short is fetched again, from the same cursor.
                        r.status = 0;
                        r.failure = tr("A page of changes arrived incomplete.");
                    }
                }
                return r;
            },
            report);
        if (answer.status != 200 || !page)
            return refusal(answer);
        auto applied = journal.applyPullPage(*page);
        if (!applied)
            return applied.error().message;
        report.pulled += applied.value().pulled;
        report.setAside += applied.value().setAside;
        report.setAsideReasons += applied.value().setAsideReasons;
        if (progress)
            progress(Phase::Pull, report.pulled, 0);
        if (!page->hasMore)
            break;
    }
    return std::nullopt;
}

SyncReport SyncEngine::run(const Progress &progress)
{
    SyncReport report;
    SyncJournal journal(m_db);
    auto account = journal.account();
    if (!account) {
        report.message = account.error().message;
        return report;
    }
    if (!account.value().isEnrolled()) {
        report.message = tr("This device is not enrolled with a server yet.");
        return report;
    }
    m_progress = progress;
    SyncTransport transport(account.value(), m_token, m_cancel);
    auto finish = [&](bool ok, const QString &message) {
        report.ok = ok;
        report.message = message;
        report.requests = transport.requests();
        report.bytesSent = transport.bytesSent();
        report.bytesReceived = transport.bytesReceived();
        if (auto counts = journal.counts())
            report.waiting = counts.value().waiting;
        (void)journal.saveOutcome(ok, message);
        return report;
    };

    // Hello: the server's data version, practice or real, and its clock.
    if (progress)
        progress(Phase::Hello, 0, 0);
    qint64 sentAt = 0; // of the attempt that was answered: the clock offset's error is half its round trip
    QJsonObject about;
    transport.setStallTimeout(std::min(m_options.helloStallMs, m_options.stallMs));
    const HttpResult hello = withRetries(
        [&] {
            sentAt = Protocol::Clock::nowMs();
            HttpResult r = transport.get(QStringLiteral("/v1/hello"));
            // An answer cut short or damaged is asked for again, never read as a refusal.
            if (r.status == 200) {
                about = QJsonDocument::fromJson(r.body).object();
                if (!about.value(QStringLiteral("schema_versions")).isArray()) {
                    r.status = 0;
                    r.failure = tr("The server's greeting arrived incomplete.");
                }
            }
            return r;
        },
        report);
    transport.setStallTimeout(m_options.stallMs);
    if (hello.status != 200)
        return finish(false, refusal(hello));
    if (const QJsonArray versions = about.value(QStringLiteral("schema_versions")).toArray(); !versions.contains(Protocol::kSchemaVersion)) {
        QStringList spoken;
        for (const QJsonValue &v : versions)
            spoken.append(QString::number(v.toInt()));
        return finish(false,
                      tr("The server needs another version of the application: it speaks data version %1, this application "
                         "version %2. Update it; your changes are kept.")
                          .arg(spoken.isEmpty() ? QStringLiteral("?") : spoken.join(QStringLiteral(", ")))
                          .arg(Protocol::kSchemaVersion));
    }
    if (about.value(QStringLiteral("demo")).toBool() != Demo::DemoGenerator::isDemo(m_db))
        return finish(false,
                      Demo::DemoGenerator::isDemo(m_db) ? tr("This is practice data; it syncs only with a practice server.")
                                                        : tr("This server is a practice server; real data never syncs with it."));
    const qint64 receivedAt = Protocol::Clock::nowMs();
    const qint64 serverMs = qint64(about.value(QStringLiteral("server_time_ms")).toDouble());
    if (serverMs > 0)
        (void)journal.saveClockOffset(serverMs - (sentAt + receivedAt) / 2, (receivedAt - sentAt + 1) / 2);

    // Push, then pull; again while the pull itself queued changes (a Posyandu
    // set up twice is settled by moving rows), so a run ends fully synced.
    for (int round = 0; round < 3; ++round) {
        if (auto failed = pushAll(journal, transport, report, progress))
            return finish(false, *failed);
        if (auto failed = pullAll(journal, transport, report, progress))
            return finish(false, *failed);
        auto counts = journal.counts();
        if (!counts || counts.value().waiting == 0)
            break;
    }
    if (report.rejected > 0)
        return finish(false,
                      tr("%n change(s) were refused by the server and kept aside for correction: %1", nullptr, report.rejected)
                          .arg(report.rejectReasons.value(0)));
    // Synced: what could not be applied here is kept aside, and said.
    if (report.setAside > 0)
        return finish(true,
                      tr("%n change(s) from the server could not be applied on this device and were set aside: %1", nullptr, report.setAside)
                          .arg(report.setAsideReasons.value(0)));
    return finish(true, QString());
}

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

#include <atomic>
#include <functional>

namespace Posyandu::Sync {

// One HTTP exchange as the engine sees it.
struct HttpResult {
    int status = 0;             // 0: no HTTP answer came (network failure, stall, cancel)
    QByteArray body;            // unpacked
    QString failure;            // words, when status is 0 or the body was unreadable
    int retryAfterSeconds = -1; // the server's Retry-After, if it sent one
    bool cancelled = false;

    bool transient() const; // worth trying again later: no answer, 408, 429, 5xx
};

// Blocking HTTP for the sync engine, which runs on a worker thread (or in
// the command line), never on the UI thread. Request bodies go gzip; it asks
// for gzip answers and unpacks them itself, with a size limit, so a damaged
// or hostile answer cannot blow up memory. A transfer that moves no byte for
// `stallMs` is abandoned (a watchdog for 2G links that hang), and a set
// cancel flag ends the request within 100 ms.
//
// Counts what went over the wire (bodies as sent, plus headers) for the
// status of long transfers and for bench/sync.
struct SyncAccount;

class SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(SyncTransport)
public:
    explicit SyncTransport(QUrl base, const std::atomic_bool *cancel = nullptr);
    // To an enrolled account's server: its address, the device token, and the certificates it was told to trust.
    SyncTransport(const SyncAccount &account, const QString &token, const std::atomic_bool *cancel = nullptr);

    // Asks `request` again (at most `attempts` times, a backoff with jitter between, Retry-After honoured) while
    // its answer is worth retrying (HttpResult::transient) or `damaged` says it arrived broken; the last answer.
    // For the short requests outside a sync run that are safe to repeat (the enrolment under its id, the
    // conflict list); the sync engine has its own, cancellable loop.
    static HttpResult askAgainWhileTransient(const std::function<HttpResult()> &request, const std::function<bool(const HttpResult &)> &damaged,
                                             int attempts = 3);

    void setToken(const QString &token) { m_token = token.toLatin1(); }
    void setStallTimeout(int ms) { m_stallMs = ms; }
    // Certificates to trust besides the system's (a regional server with its
    // own CA, or a test's self-signed one), as PEM; false when none is in it.
    bool setExtraCertificates(const QByteArray &pem);

    HttpResult get(const QString &pathAndQuery);
    HttpResult post(const QString &path, const QByteArray &json);

    quint64 bytesSent() const { return m_bytesSent; }
    quint64 bytesReceived() const { return m_bytesReceived; }
    int requests() const { return m_requests; }

    static constexpr qsizetype kMaxAnswerBytes = 64 * 1024 * 1024;

private:
    HttpResult exchange(const QString &pathAndQuery, const QByteArray *body);

    QUrl m_base;
    const std::atomic_bool *m_cancel = nullptr;
    QByteArray m_token;
    QList<QSslCertificate> m_extraCertificates;
    int m_stallMs = 30000;
    QNetworkAccessManager m_network;
    quint64 m_bytesSent = 0;
    quint64 m_bytesReceived = 0;
    int m_requests = 0;
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctransport.h"

#include "backoff.h"
#include "gzip.h"
#include "syncjournal.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Posyandu::Sync {

bool HttpResult::transient() const
{
    if (cancelled)
        return false;
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

namespace {
QString describe(QNetworkReply::NetworkError error, const QString &detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return SyncTransport::tr("The server refused the connection; it may not be running.");
    case QNetworkReply::HostNotFoundError:
        return SyncTransport::tr("The server's address cannot be found; check the address and the internet connection.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return SyncTransport::tr("The connection stalled: the link is too slow or was cut.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return SyncTransport::tr("The connection was cut before the server answered.");
    case QNetworkReply::SslHandshakeFailedError:
        return SyncTransport::tr("A secure connection to the server could not be made: %1").arg(detail);
    default:
        break;
    }
    return SyncTransport::tr("The network reported: %1").arg(detail);
}

qsizetype headerBytes(const QList<QNetworkReply::RawHeaderPair> &headers)
{
    qsizetype n = 0;
    for (const auto &[name, value] : headers)
        n += name.size() + value.size() + 4; // ": " and CRLF
    return n;
}
} // namespace

SyncTransport::SyncTransport(QUrl base, const std::atomic_bool *cancel)
    : m_base(std::move(base))
    , m_cancel(cancel)
{
    m_network.setAutoDeleteReplies(false);
}

SyncTransport::SyncTransport(const SyncAccount &account, const QString &token, const std::atomic_bool *cancel)
    : SyncTransport(QUrl(account.serverUrl), cancel)
{
    setToken(token);
    if (!account.caPem.isEmpty())
        setExtraCertificates(account.caPem);
}

bool SyncTransport::setExtraCertificates(const QByteArray &pem)
{
    m_extraCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
    return !m_extraCertificates.isEmpty();
}

HttpResult SyncTransport::get(const QString &pathAndQuery)
{
    return exchange(pathAndQuery, nullptr);
}

HttpResult SyncTransport::post(const QString &path, const QByteArray &json)
{
    return exchange(path, &json);
}

HttpResult SyncTransport::exchange(const QString &pathAndQuery, const QByteArray *body)
{
    HttpResult result;
    QUrl url = m_base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    // Set by hand, so Qt hands the packed bytes over untouched and the size limit below applies.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setTransferTimeout(m_stallMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_extraCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCertificates);
        request.setSslConfiguration(tls);
    }
    QByteArray packed;
    if (body) {
        packed = Protocol::Gzip::compress(*body);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Content-Encoding", "gzip");
    }
    ++m_requests;
    // Request line and the headers Qt adds (Host, Connection, User-Agent, Content-Length): about 160 bytes.
    m_bytesSent += 160 + url.path().size() + url.query().size() + packed.size() + (m_token.isEmpty() ? 0 : m_token.size() + 24) + (body ? 60 : 20);

    // Deleted here, not later: this thread may have no event loop to run deleteLater.
    std::unique_ptr<QNetworkReply> owned(body ? m_network.post(request, packed) : m_network.get(request));
    QNetworkReply *reply = owned.get();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load()) {
            result.cancelled = true;
            reply->abort();
        }
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();

    const QByteArray raw = reply->readAll();
    m_bytesReceived += raw.size() + headerBytes(reply->rawHeaderPairs()) + 17;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("Retry-After"))
        result.retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt();
    if (result.cancelled) {
        result.status = 0;
        result.failure = tr("Cancelled.");
    } else if (result.status == 0) {
        result.failure = describe(reply->error(), reply->errorString());
    } else if (reply->rawHeader("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0) {
        if (const auto unpacked = Protocol::Gzip::decompress(raw, kMaxAnswerBytes)) {
            result.body = *unpacked;
        } else {
            // A damaged answer is like no answer: the request is made again.
            result.status = 0;
            result.failure = tr("The server's answer arrived damaged.");
        }
    } else {
        result.body = raw;
    }
    return result;
}

HttpResult SyncTransport::askAgainWhileTransient(const std::function<HttpResult()> &request, const std::function<bool(const HttpResult &)> &damaged,
                                                 int attempts)
{
    constexpr Backoff kBackoff(500, 4000);
    HttpResult answer;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(quint64(kBackoff.delayMs(attempt - 1, QRandomGenerator::global()->generate(), answer.retryAfterSeconds)));
        answer = request();
        if (!answer.transient() && !damaged(answer))
            break;
    }
    return answer;
}

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
// Answers cut short on their way back (a 2G link that drops after the
// headers): the device against the real server through a proxy that cuts the
// first answers of a route after half their body. A cut answer is asked for
// again, never read as a refusal; nothing is applied twice; a real version
// refusal names both versions.
#include "backoff.h"
#include "conflictreview.h"
#include "deviceenrolment.h"
#include "devicetoken.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncjournal.h"
#include "tempstore.h"
#include "wiremessages.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Posyandu;
using namespace Posyandu::Sync;
using namespace Posyandu::Test;

namespace {

const QByteArray kPassword("rahasia-123");

// One request a connection: the request goes to the server as it came (but
// asking for a plain answer and a closed connection), the answer comes back
// whole, or, while `cutsLeft` of its route are left, with only the first
// half of its body and no length, so the client reads a short 200 answer.
class AnswerCutter
{
public:
    AnswerCutter(quint16 serverPort, QByteArray route, int cuts, QByteArray from = {}, QByteArray to = {})
        : m_serverPort(serverPort)
        , m_route(std::move(route))
        , m_cutsLeft(cuts)
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
        m_thread.reset(QThread::create([this] { serve(); }));
        m_thread->start();
        while (m_port == 0 && !m_failed)
            QThread::msleep(5);
    }
    ~AnswerCutter()
    {
        m_stop = true;
        m_thread->wait();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port.load()); }
    int cutsMade() const { return m_cutsMade; }
    int requests() const { return m_requests; }

private:
    void serve()
    {
        QTcpServer listener;
        if (!listener.listen(QHostAddress::LocalHost, 0)) {
            m_failed = true;
            return;
        }
        m_port = listener.serverPort();
        while (!m_stop) {
            if (!listener.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> client(listener.nextPendingConnection());
            handle(*client);
        }
    }

    void handle(QTcpSocket &client)
    {
        QByteArray request;
        qsizetype headerEnd = -1;
        while (headerEnd < 0 && client.waitForReadyRead(5000)) {
            request += client.readAll();
            headerEnd = request.indexOf("\r\n\r\n");
        }
        if (headerEnd < 0)
            return;
        QByteArray head = request.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        while (request.size() < headerEnd + 4 + length && client.waitForReadyRead(5000))
            request += client.readAll();
        const QByteArray body = request.mid(headerEnd + 4);
        ++m_requests;
        const QByteArray getLine = "GET " + m_route, postLine = "POST " + m_route;
        const bool ours = head.startsWith(getLine) || head.startsWith(postLine);
        const bool cut = ours && m_cutsLeft-- > 0;
        // A plain answer and a closed connection, so the answer can be cut where it matters.
        QByteArrayList kept;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray lower = line.toLower();
            if (!lower.startsWith("accept-encoding:") && !lower.startsWith("connection:"))
                kept.append(line.trimmed());
        }
        kept.append("Connection: close");
        QTcpSocket server;
        server.connectToHost(QHostAddress::LocalHost, m_serverPort);
        if (!server.waitForConnected(5000))
            return;
        server.write(kept.join("\r\n") + "\r\n\r\n" + body);
        server.waitForBytesWritten(5000);
        // The whole answer: its headers, then as many bytes as they announce (the server may keep the connection).
        QByteArray answer;
        qsizetype answerHeaderEnd = -1;
        qsizetype answerLength = -1;
        while (server.waitForReadyRead(10000) || server.bytesAvailable() > 0) {
            answer += server.readAll();
            if (answerHeaderEnd < 0 && (answerHeaderEnd = answer.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray &line : answer.left(answerHeaderEnd).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        answerLength = line.mid(15).trimmed().toLongLong();
            }
            if (answerHeaderEnd >= 0 && answerLength >= 0 && answer.size() >= answerHeaderEnd + 4 + answerLength)
                break;
        }
        if (ours && !m_from.isEmpty()) {
            // Another server's words: the body rewritten, its length said again.
            const qsizetype end = answer.indexOf("\r\n\r\n");
            const QByteArray rewritten = answer.mid(end + 4).replace(m_from, m_to);
            QByteArrayList lines;
            for (const QByteArray &line : answer.left(end).split('\n'))
                if (!line.toLower().startsWith("content-length:"))
                    lines.append(line.trimmed());
            lines.append("Content-Length: " + QByteArray::number(rewritten.size()));
            answer = lines.join("\r\n") + "\r\n\r\n" + rewritten;
        }
        if (cut) {
            const qsizetype end = answer.indexOf("\r\n\r\n");
            QByteArrayList lines;
            for (const QByteArray &line : answer.left(end).split('\n'))
                if (!line.toLower().startsWith("content-length:") && !line.toLower().startsWith("transfer-encoding:"))
                    lines.append(line.trimmed());
            const QByteArray answerBody = answer.mid(end + 4);
            answer = lines.join("\r\n") + "\r\n\r\n" + answerBody.left(answerBody.size() / 2);
            ++m_cutsMade;
        }
        client.write(answer);
        client.waitForBytesWritten(5000);
        client.disconnectFromHost();
        if (client.state() != QAbstractSocket::UnconnectedState)
            client.waitForDisconnected(1000);
    }

    quint16 m_serverPort;
    QByteArray m_route;
    std::atomic<int> m_cutsLeft;
    QByteArray m_from;
    QByteArray m_to;
    std::atomic<int> m_cutsMade{0};
    std::atomic<int> m_requests{0};
    std::atomic<quint16> m_port{0};
    std::atomic_bool m_failed{false};
    std::atomic_bool m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace

class TestSyncAnswers : public QObject
{
    Q_OBJECT
    ServerProcess m_server{QStringLiteral(POSYANDU_SERVER)};

    quint16 serverPort() const { return quint16(QUrl(m_server.url()).port()); }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *user : {"kaderA"})
            QVERIFY(m_server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    // Hello cut twice: retried, and the third greeting is read; the run syncs.
    void cutGreetingIsAskedForAgain()
    {
        TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), m_server.url(), QStringLiteral("kaderA"), kPassword, {}));
        AnswerCutter cutter(serverPort(), "/v1/hello", 2);
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), cutter.url()));
        const SyncReport r = syncNow(device.db(), 4);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(cutter.cutsMade(), 2);
        QVERIFY(r.retries >= 2);
        QCOMPARE(r.pushed, 1); // the Posyandu
    }

    // Hello cut every time: the run fails in words about the link, never as a version refusal.
    void greetingAlwaysCutIsNotAVersionRefusal()
    {
        TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), m_server.url(), QStringLiteral("kaderA"), kPassword, {}));
        AnswerCutter cutter(serverPort(), "/v1/hello", 100);
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), cutter.url()));
        const SyncReport r = syncNow(device.db(), 3);
        QVERIFY(!r.ok);
        QVERIFY2(!r.message.contains(QLatin1String("version")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("cannot be reached")), qPrintable(r.message));
        // Every attempt was cut (three, or more: Qt's network layer itself may send a GET again once when the
        // connection closes in the middle of its answer; seen once in CI on a loaded machine).
        QVERIFY2(cutter.cutsMade() >= 3, qPrintable(QString::number(cutter.cutsMade())));
        QCOMPARE(r.waiting, 1); // nothing lost
    }

    // A server that really speaks another data version: refused, in words that name both versions.
    void versionRefusalNamesBothVersions()
    {
        TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), m_server.url(), QStringLiteral("kaderA"), kPassword, {}));
        const QByteArray ours = QByteArray::number(Protocol::kSchemaVersion);
        AnswerCutter other(serverPort(), "/v1/hello", 0, "\"schema_versions\":[" + ours + "]", "\"schema_versions\":[7]");
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), other.url()));
        const SyncReport r = syncNow(device.db(), 3);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("data version 7"))
                     && r.message.contains(QStringLiteral("version %1").arg(Protocol::kSchemaVersion)),
                 qPrintable(r.message));
        QCOMPARE(r.retries, 0);
    }

    // The push answer cut after the server applied the batch: the same op_seq goes again, the server answers
    // from its stored acks, nothing is applied twice and the outbox empties.
    void cutPushAnswerIsRetriedWithoutDoubling()
    {
        // A server of its own: the other tests' laptop set up the same Posyandu code.
        ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderB"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        QVERIFY2(server.start(), qPrintable(server.error()));
        TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), server.url(), QStringLiteral("kaderB"), kPassword, {}));
        QVERIFY(addHouseholds(device.db(), device.posyanduId(), 3));
        const QString versionsBefore =
            serverScalar(server, QStringLiteral("SELECT coalesce((SELECT value FROM meta WHERE key = 'server_ver'), '0')"));
        AnswerCutter cutter(quint16(QUrl(server.url()).port()), "/v1/sync/push", 1);
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), cutter.url()));
        const SyncReport r = syncNow(device.db(), 4);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(cutter.cutsMade(), 1);
        QCOMPARE(r.pushed, 4);
        QCOMPARE(r.waiting, 0);
        QCOMPARE(serverScalar(server, QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'")).toInt(), versionsBefore.toInt() + 4);
        QCOMPARE(serverScalar(server, QStringLiteral("SELECT count(*) FROM record")), QStringLiteral("4"));
    }

    // A server that takes the connection and never answers (a hung process, a half-dead link): the greeting is
    // given up after SyncOptions::helloStallMs (5 s, not the 30 s a page may take), the retry is reported at once,
    // and the run ends in words about the link with the queue kept.
    void silentServerIsReportedWithinSeconds()
    {
        TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), m_server.url(), QStringLiteral("kaderA"), kPassword, {}));
        QTcpServer silent; // listening, never accepting: the kernel completes the handshake, nobody reads
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        SyncOptions options;
        options.maxAttempts = 2;
        options.backoff = Backoff(100, 200);
        QElapsedTimer timer;
        timer.start();
        qint64 firstRetryMs = -1;
        QString retry;
        const SyncReport r =
            SyncEngine(device.db(), DeviceToken::read(device.db()).value(), options).run([&](SyncEngine::Phase phase, int done, int total) {
                if (phase == SyncEngine::Phase::Retry && firstRetryMs < 0) {
                    firstRetryMs = timer.elapsed();
                    retry = QStringLiteral("%1/%2").arg(done).arg(total);
                }
            });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("cannot be reached")), qPrintable(r.message));
        QCOMPARE(retry, QStringLiteral("2/2"));
        QVERIFY2(firstRetryMs >= 4000 && firstRetryMs < 15000, qPrintable(QString::number(firstRetryMs))); // 30 s before
        QCOMPARE(r.waiting, 1);
    }

    // The enrolment's answer cut after the server made the device: asked again under the same enrolment id, it
    // gets that device with a new token; one device, and the laptop syncs with it.
    void cutEnrolmentAnswerMakesOneDevice()
    {
        QVERIFY(m_server.addUser(QStringLiteral("kaderE"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword));
        TempStore device;
        AnswerCutter cutter(serverPort(), "/v1/devices", 1);
        auto account = DeviceEnrolment::enrol(device.db(), cutter.url(), QStringLiteral("kaderE"), kPassword, QStringLiteral("laptop"));
        QVERIFY2(account, qPrintable(account ? QString() : account.error().message));
        QCOMPARE(cutter.cutsMade(), 1);
        QCOMPARE(serverScalar(m_server, QStringLiteral("SELECT count(*) FROM device WHERE user_name = 'kaderE'")), QStringLiteral("1"));
        QCOMPARE(serverScalar(m_server, QStringLiteral("SELECT id FROM device WHERE user_name = 'kaderE'")), account.value().deviceId);
        const SyncReport r = syncNow(device.db(), 3);
        QVERIFY2(r.ok, qPrintable(r.message));
    }

    // The conflict list cut on its way: asked for again, read whole.
    void cutConflictListIsAskedForAgain()
    {
        TempStore device;
        QVERIFY(DeviceEnrolment::enrol(device.db(), m_server.url(), QStringLiteral("kaderA"), kPassword, {}));
        // Long enough to be cut in half: the server's answer is at least a few hundred bytes with one conflict.
        AnswerCutter cutter(serverPort(), "/v1/conflicts", 1);
        QVERIFY(device.db().setMeta(QStringLiteral("sync_server"), cutter.url()));
        auto listed = ConflictReview(device.db(), DeviceToken::read(device.db()).value()).open();
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        QCOMPARE(cutter.cutsMade(), 1);
        QVERIFY(cutter.requests() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncAnswers)
#include "tst_syncanswers.moc"

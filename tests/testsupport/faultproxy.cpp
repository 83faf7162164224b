// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <list>

namespace Posyandu::Test {

// Lives on the proxy's thread; owns the listening socket and every pipe.
class FaultProxy::Worker : public QObject
{
public:
    explicit Worker(FaultProxy &proxy)
        : m_proxy(proxy)
        , m_random(proxy.m_seed)
    {
        m_clock.start();
        m_pump.setInterval(2);
        connect(&m_pump, &QTimer::timeout, this, &Worker::pump);
        connect(&m_server, &QTcpServer::newConnection, this, &Worker::accept);
    }

    quint16 listen()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        m_pump.start();
        return m_server.serverPort();
    }

    void shutDown()
    {
        m_pump.stop();
        m_server.close();
        for (Pipe &p : m_pipes) {
            p.client->abort();
            p.upstream->abort();
        }
        m_pipes.clear();
    }

private:
    struct Chunk {
        qint64 releaseAt;
        QByteArray bytes;
    };
    struct Direction {
        std::deque<Chunk> queue;
        qint64 lastRelease = 0;
        bool sourceClosed = false;
    };
    struct Pipe {
        std::unique_ptr<QTcpSocket> client;
        std::unique_ptr<QTcpSocket> upstream;
        Direction up;   // client -> upstream
        Direction down; // upstream -> client
        qint64 passed = 0;
        qint64 cutAt = -1;
        bool dropAnswer = false;
        bool answering = false; // the server has begun answering the current request
        bool dead = false;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_proxy.m_connections;
            Pipe &p = m_pipes.emplace_back();
            p.client.reset(socket);
            socket->setParent(nullptr);
            p.upstream = std::make_unique<QTcpSocket>();
            rollDice(p);
            Pipe *pipe = &p;
            connect(p.client.get(), &QTcpSocket::readyRead, this, [this, pipe] { take(*pipe, *pipe->client, pipe->up, true); });
            connect(p.upstream.get(), &QTcpSocket::readyRead, this, [this, pipe] { take(*pipe, *pipe->upstream, pipe->down, false); });
            connect(p.client.get(), &QTcpSocket::disconnected, this, [pipe] { pipe->up.sourceClosed = true; });
            connect(p.upstream.get(), &QTcpSocket::disconnected, this, [pipe] { pipe->down.sourceClosed = true; });
            p.upstream->connectToHost(m_proxy.m_target, m_proxy.m_targetPort);
        }
    }

    // Faults are decided per request, not per connection: a kept-alive
    // connection carries many, and each should meet the link's odds.
    void rollDice(Pipe &p)
    {
        const LinkFaults &f = m_proxy.m_faults;
        p.cutAt = int(m_random.bounded(100)) < f.cutPercent.load()
            ? p.passed + qint64(m_random.bounded(quint32(std::max(1, f.cutWithinBytes.load()))))
            : -1;
        p.dropAnswer = int(m_random.bounded(100)) < f.dropAnswerPercent.load();
    }

    void take(Pipe &p, QTcpSocket &from, Direction &d, bool upward)
    {
        if (p.dead)
            return;
        QByteArray bytes = from.readAll();
        if (bytes.isEmpty())
            return;
        if (upward && p.answering) {
            p.answering = false; // a new request on the same connection
            rollDice(p);
        }
        if (!upward)
            p.answering = true;
        if (!upward && p.dropAnswer) {
            // The server has answered, so it has done the work: the device never hears of it.
            ++m_proxy.m_dropped;
            kill(p);
            return;
        }
        const LinkFaults &f = m_proxy.m_faults;
        const qint64 now = m_clock.elapsed();
        qint64 release = now + f.delayMs.load();
        if (const int rate = f.bytesPerSecond.load(); rate > 0)
            release = std::max(release, d.lastRelease + qint64(bytes.size()) * 1000 / rate);
        d.lastRelease = std::max(d.lastRelease, release);
        d.queue.push_back({d.lastRelease, std::move(bytes)});
    }

    void kill(Pipe &p)
    {
        p.dead = true;
        p.client->abort();
        p.upstream->abort();
    }

    // Moves every chunk whose time has come; cuts a pipe at its byte; drops pipes that are done.
    void pump()
    {
        const qint64 now = m_clock.elapsed();
        for (auto it = m_pipes.begin(); it != m_pipes.end();) {
            Pipe &p = *it;
            for (auto [d, to, upward] : {std::tuple{&p.up, p.upstream.get(), true}, std::tuple{&p.down, p.client.get(), false}}) {
                if (upward && to->state() != QAbstractSocket::ConnectedState)
                    continue; // the server side is still connecting
                while (!p.dead && !d->queue.empty() && d->queue.front().releaseAt <= now) {
                    QByteArray bytes = std::move(d->queue.front().bytes);
                    d->queue.pop_front();
                    if (p.cutAt >= 0 && p.passed + bytes.size() > p.cutAt) {
                        to->write(bytes.left(p.cutAt - p.passed));
                        to->flush();
                        ++m_proxy.m_cuts;
                        kill(p);
                        break;
                    }
                    p.passed += bytes.size();
                    (upward ? m_proxy.m_up : m_proxy.m_down) += quint64(bytes.size());
                    to->write(bytes);
                }
                // The other side hung up and everything it sent is through: hang up here too.
                if (!p.dead && d->sourceClosed && d->queue.empty() && to->state() == QAbstractSocket::ConnectedState && to->bytesToWrite() == 0)
                    to->disconnectFromHost();
            }
            const bool finished =
                p.dead || (p.client->state() == QAbstractSocket::UnconnectedState && p.upstream->state() == QAbstractSocket::UnconnectedState);
            if (finished && p.up.queue.empty() && p.down.queue.empty()) {
                p.client->disconnect(this);
                p.upstream->disconnect(this);
                it = m_pipes.erase(it);
            } else {
                ++it;
            }
        }
    }

    FaultProxy &m_proxy;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QTimer m_pump;
    QTcpServer m_server;
    std::list<Pipe> m_pipes; // stable addresses: the sockets' lambdas hold them
};

FaultProxy::FaultProxy(QHostAddress target, quint16 targetPort, quint64 seed)
    : m_target(std::move(target))
    , m_targetPort(targetPort)
    , m_seed(seed)
{
    m_thread.setObjectName(QStringLiteral("fault-proxy"));
    // Work is handed to the thread through an object that lives there; the
    // worker made by the lambda belongs to that thread too.
    m_anchor = std::make_unique<QObject>();
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this] {
            m_worker = new Worker(*this);
            m_port = m_worker->listen();
        },
        Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this] {
            m_worker->shutDown();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FaultProxy::resetCounters()
{
    m_up = 0;
    m_down = 0;
    m_connections = 0;
    m_cuts = 0;
    m_dropped = 0;
}

} // namespace Posyandu::Test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTcpServer;

namespace Posyandu::Test {

// What the link does to the bytes passing through. Every knob can be changed
// while connections are open; each applies to the bytes that come after.
struct LinkFaults {
    std::atomic<int> delayMs{0};            // one way, added to every chunk
    std::atomic<int> bytesPerSecond{0};     // 0: unlimited; each direction on its own
    std::atomic<int> cutPercent{0};         // chance that a connection is cut at a random byte
    std::atomic<int> cutWithinBytes{20000}; // ... somewhere in its first N bytes (both directions counted)
    std::atomic<int> dropAnswerPercent{0};  // chance that a request reaches the server but its answer is dropped
};

// A TCP proxy between a device and the server on 127.0.0.1 that delays,
// throttles, cuts connections at random byte offsets and drops answers the
// server already committed, like a 2G link at a village hall. It runs on its
// own thread, so a device blocked in a request still has its bytes moved.
// It counts what passes both ways, which makes it also the honest meter of
// bytes on the wire for bench/sync.
class FaultProxy
{
public:
    FaultProxy(QHostAddress target, quint16 targetPort, quint64 seed = 1);
    ~FaultProxy();

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    LinkFaults &faults() { return m_faults; }

    quint64 bytesUp() const { return m_up; }     // device -> server
    quint64 bytesDown() const { return m_down; } // server -> device
    int connections() const { return m_connections; }
    int cuts() const { return m_cuts; }
    int droppedAnswers() const { return m_dropped; }
    void resetCounters();

private:
    class Worker;
    friend class Worker;

    QHostAddress m_target;
    quint16 m_targetPort;
    quint64 m_seed;
    LinkFaults m_faults;
    std::atomic<quint64> m_up{0};
    std::atomic<quint64> m_down{0};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_cuts{0};
    std::atomic<int> m_dropped{0};
    quint16 m_port = 0;
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor;
    Worker *m_worker = nullptr;
};

} // namespace Posyandu::Test

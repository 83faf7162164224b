// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridlogicalclock.h"

#include "clock.h"

#include <QDateTime>

namespace Posyandu::Protocol {

namespace {
constexpr int kMillisWidth = 18;
constexpr int kCounterWidth = 5;
constexpr quint32 kCounterMax = 0xFFFFF; // what five hex digits hold
} // namespace

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3").arg(millis, kMillisWidth, 10, QLatin1Char('0')).arg(counter, kCounterWidth, 16, QLatin1Char('0')).arg(node);
}

std::optional<HlcStamp> HlcStamp::fromString(const QString &text)
{
    // Node ids may contain '-', so split only at the first two separators.
    if (text.size() < kMillisWidth + kCounterWidth + 3 || text.at(kMillisWidth) != QLatin1Char('-')
        || text.at(kMillisWidth + 1 + kCounterWidth) != QLatin1Char('-')) {
        return std::nullopt;
    }
    bool okMillis = false;
    bool okCounter = false;
    HlcStamp stamp;
    stamp.millis = text.left(kMillisWidth).toLongLong(&okMillis);
    stamp.counter = text.mid(kMillisWidth + 1, kCounterWidth).toUInt(&okCounter, 16);
    stamp.node = text.mid(kMillisWidth + kCounterWidth + 2);
    if (!okMillis || !okCounter || stamp.millis < 0 || stamp.node.isEmpty())
        return std::nullopt;
    return stamp;
}

std::strong_ordering HlcStamp::operator<=>(const HlcStamp &other) const
{
    if (auto c = millis <=> other.millis; c != 0)
        return c;
    if (auto c = counter <=> other.counter; c != 0)
        return c;
    const int n = node.compare(other.node);
    return n < 0 ? std::strong_ordering::less : (n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

HybridLogicalClock::HybridLogicalClock(QString node, WallClock wallClock)
    : m_node(std::move(node))
    , m_wallClock(wallClock ? std::move(wallClock) : WallClock([] { return Clock::nowMs(); }))
{
    m_last.node = m_node;
}

HlcStamp HybridLogicalClock::now()
{
    const qint64 wall = m_wallClock() + m_offsetMs;
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else if (m_last.counter < kCounterMax) {
        ++m_last.counter;
    } else {
        // Counter exhausted inside one millisecond: borrow the next millisecond
        // rather than wrap, so ordering is never lost.
        ++m_last.millis;
        m_last.counter = 0;
    }
    m_last.node = m_node;
    return m_last;
}

void HybridLogicalClock::observe(const HlcStamp &seen)
{
    if (seen.millis > m_last.millis || (seen.millis == m_last.millis && seen.counter > m_last.counter)) {
        m_last.millis = seen.millis;
        m_last.counter = seen.counter;
    }
}

} // namespace Posyandu::Protocol

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Posyandu::Sync {

// How long to wait before trying again: exponential, capped, with jitter so
// that a thousand devices coming back after a power cut at the Puskesmas do
// not all knock at the same second; a server's Retry-After is honoured (it
// knows how busy it is), within reason.
class Backoff
{
public:
    constexpr Backoff(int baseMs = 1000, int capMs = 5 * 60 * 1000)
        : m_baseMs(baseMs)
        , m_capMs(capMs)
    {
    }

    // `attempt` counts from 0; `random` is any 32-bit random number.
    // Result in [delay/2, delay] with delay = min(cap, base * 2^attempt),
    // and never less than Retry-After (at most 10 minutes of it).
    constexpr int delayMs(int attempt, quint32 random, int retryAfterSeconds = -1) const
    {
        const qint64 delay = std::min<qint64>(m_capMs, qint64(m_baseMs) << std::clamp(attempt, 0, 30));
        const qint64 half = delay / 2;
        qint64 wait = half + (half > 0 ? qint64(random % quint32(half + 1)) : 0);
        if (retryAfterSeconds >= 0)
            wait = std::max<qint64>(wait, std::min<qint64>(retryAfterSeconds, 600) * 1000);
        return int(wait);
    }

private:
    int m_baseMs;
    int m_capMs;
};

} // namespace Posyandu::Sync

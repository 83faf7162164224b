// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QReadWriteLock>

namespace Posyandu::Protocol {

namespace {
QReadWriteLock &lock()
{
    static QReadWriteLock l;
    return l;
}
std::function<qint64()> &source()
{
    static std::function<qint64()> s; // empty: the system clock
    return s;
}
} // namespace

qint64 Clock::nowMs()
{
    QReadLocker locker(&lock());
    return source() ? source()() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

QString Clock::nowIso()
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

QDate Clock::today()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs()).date();
}

void Clock::setSourceForTesting(std::function<qint64()> s)
{
    QWriteLocker locker(&lock());
    source() = std::move(s);
}

void Clock::resetForTesting()
{
    setSourceForTesting({});
}

} // namespace Posyandu::Protocol

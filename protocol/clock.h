// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace Posyandu::Protocol {

// The one wall clock of the application, the server and the tools. Every
// "now" and "today" is read here, so a test can set the time for the whole
// program (a December session, a clock ten years ahead) in one place.
// Thread-safe: the sync thread, the report worker and the server's workers
// read it while the UI thread runs.
class Clock
{
public:
    // Milliseconds since the epoch, UTC.
    static qint64 nowMs();
    static QDateTime nowUtc();
    // ISO 8601 with milliseconds and 'Z': how the store and the server write a moment.
    static QString nowIso();
    // The local calendar date.
    static QDate today();

    // Tests only: the clock reads `source` (ms since the epoch) until reset.
    static void setSourceForTesting(std::function<qint64()> source);
    static void resetForTesting();
};

} // namespace Posyandu::Protocol

// SPDX-License-Identifier: GPL-3.0-or-later
// When to try again: exponential, capped, jittered into [delay/2, delay],
// and never sooner than the server's Retry-After (within ten minutes).
#include "backoff.h"

#include <QTest>

using Posyandu::Sync::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsAndStaysWithinItsBounds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("first retry") << 0 << 500 << 1000;
        QTest::newRow("second") << 1 << 1000 << 2000;
        QTest::newRow("fifth") << 4 << 8000 << 16000;
        QTest::newRow("capped") << 20 << 30000 << 60000;
        QTest::newRow("absurd attempt count") << 1000 << 30000 << 60000;
        QTest::newRow("negative attempt") << -3 << 500 << 1000;
    }
    void growsAndStaysWithinItsBounds()
    {
        QFETCH(int, attempt);
        QFETCH(int, low);
        QFETCH(int, high);
        const Backoff backoff(1000, 60000);
        for (quint32 random : {0u, 1u, 499u, 12345u, 0xffffffffu}) {
            const int wait = backoff.delayMs(attempt, random);
            QVERIFY2(wait >= low && wait <= high, qPrintable(QStringLiteral("%1 ms for random %2").arg(wait).arg(random)));
        }
        // Jitter: two devices with different luck wait differently.
        QVERIFY(backoff.delayMs(attempt, 1) != backoff.delayMs(attempt, 777));
    }

    void honoursRetryAfter()
    {
        const Backoff backoff(1000, 60000);
        QCOMPARE(backoff.delayMs(0, 0, 120), 120000);   // the server knows best
        QVERIFY(backoff.delayMs(5, 0, 1) >= 16000);     // but never sooner than our own backoff
        QCOMPARE(backoff.delayMs(0, 0, 86400), 600000); // a day is taken as ten minutes
        QVERIFY(backoff.delayMs(0, 0, -1) <= 1000);     // no header
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"

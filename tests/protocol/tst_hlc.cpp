// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridlogicalclock.h"
#include "ids.h"

#include <QSet>
#include <QTest>

using namespace Posyandu::Protocol;

class TestHlc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monotonicWhenWallClockGoesBack()
    {
        qint64 wall = 1'000'000;
        HybridLogicalClock clock(QStringLiteral("dev-a"), [&] { return wall; });
        const HlcStamp a = clock.now();
        wall = 500'000; // the laptop's clock was reset
        const HlcStamp b = clock.now();
        const HlcStamp c = clock.now();
        QVERIFY(a < b && b < c);
        QCOMPARE(b.millis, a.millis);
        wall = 2'000'000;
        QCOMPARE(clock.now().counter, 0u);
    }
    void observeMovesPastRemoteStamps()
    {
        qint64 wall = 1000;
        HybridLogicalClock clock(QStringLiteral("dev-a"), [&] { return wall; });
        clock.observe(HlcStamp{5000, 3, QStringLiteral("dev-b")});
        const HlcStamp next = clock.now();
        QVERIFY(next > HlcStamp({5000, 3, QStringLiteral("dev-b")}));
        QCOMPARE(next.node, QStringLiteral("dev-a"));
    }
    void textFormSortsLikeStamps()
    {
        const HlcStamp a{999, 15, QStringLiteral("0190-b")};
        const HlcStamp b{1000, 0, QStringLiteral("0190-a")};
        QVERIFY(a < b);
        QVERIFY(a.toString() < b.toString());
        QCOMPARE(HlcStamp::fromString(a.toString()).value(), a);
        QVERIFY(!HlcStamp::fromString(QStringLiteral("garbage")));
        QVERIFY(!HlcStamp::fromString(QStringLiteral("00000000000000000x-00000-n")));
        QVERIFY(!HlcStamp::fromString(a.toString().left(24)));
    }
    void counterOverflowBorrowsNextMillisecond()
    {
        HybridLogicalClock clock(QStringLiteral("n"), [] { return qint64(10); });
        HlcStamp last = clock.now();
        for (int i = 0; i < 0x100005; ++i) {
            const HlcStamp s = clock.now();
            QVERIFY(s > last);
            last = s;
        }
        QVERIFY(last.millis > 10);
    }
    void uuidV7IsUniqueOrderedAndWellFormed()
    {
        QSet<QString> seen;
        QString previous;
        for (int i = 0; i < 20000; ++i) {
            const QString id = Posyandu::Ids::newUuidV7();
            QVERIFY(Posyandu::Ids::isUuidV7(id));
            QVERIFY(id > previous);
            previous = id;
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 20000);
        QVERIFY(!Posyandu::Ids::isUuidV7(QStringLiteral("0190a000-0000-4000-8000-000000000001")));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The per-field merge rule the server applies to every mutation: one table
// of cases (who changed what since the device's base version, and when).
#include "fieldmerge.h"

#include <QTest>

using namespace Posyandu::Protocol;
using Op = IncomingChange::Op;

Q_DECLARE_METATYPE(std::optional<ServerRecord>)
Q_DECLARE_METATYPE(IncomingChange)

namespace {
const qint64 kNow = 1'790'000'000'000; // server clock, ms
const QString kDeviceA = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kDeviceB = QStringLiteral("0190a000-0000-7000-8000-00000000000b");

HlcStamp at(qint64 offsetMs, const QString &node = kDeviceA, quint32 counter = 0)
{
    return {kNow + offsetMs, counter, node};
}

// The server's household: head_name changed at version 5, rt at version 9.
ServerRecord household(bool deleted = false)
{
    ServerRecord r;
    r.fields.insert(QStringLiteral("head_name"), {QJsonValue(QStringLiteral("Budi")), at(-60'000, kDeviceB), 5});
    r.fields.insert(QStringLiteral("rt"), {QJsonValue(QStringLiteral("003")), at(-30'000, kDeviceB), 9});
    r.deleted = deleted;
    r.deletedAtVersion = deleted ? 10 : 0;
    return r;
}

IncomingChange edit(const QString &field, const QString &value, const HlcStamp &stamp, std::optional<qint64> base)
{
    IncomingChange c;
    c.op = Op::Update;
    c.fields.insert(field, {QJsonValue(value), stamp});
    c.baseVersion = base;
    return c;
}
} // namespace

class TestFieldMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<std::optional<ServerRecord>>("server");
        QTest::addColumn<IncomingChange>("change");
        QTest::addColumn<bool>("merged");     // status Merged (something logged)
        QTest::addColumn<QString>("written"); // field written, with its value; empty: none
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<int>("deleted"); // -1 unchanged, 0 restored, 1 deleted

        IncomingChange insert;
        insert.op = Op::Insert;
        insert.fields.insert(QStringLiteral("head_name"), {QJsonValue(QStringLiteral("Siti")), at(0)});
        QTest::newRow("new row: taken whole") << std::optional<ServerRecord>() << insert << false << "head_name=Siti" << 0 << -1;
        QTest::newRow("changed only on the device")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-1000), 9) << false << "rt=004" << 0 << -1;
        QTest::newRow("both changed, device later: device wins, logged")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-1000), 5) << true << "rt=004" << 1 << -1;
        QTest::newRow("both changed, server later: server keeps, logged")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-40'000), 5) << true << "" << 1 << -1;
        QTest::newRow("both made the same change: nothing to decide")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("003"), at(-1000), 5) << false << "rt=003" << 0 << -1;
        QTest::newRow("different fields on each side: both kept")
            << std::optional(household()) << edit(QStringLiteral("head_name"), QStringLiteral("Budi S."), at(-1000), 5) << false
            << "head_name=Budi S." << 0 << -1;
        QTest::newRow("same millisecond: the node id decides (A < B, server wins)")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-30'000, kDeviceA), 5) << true << "" << 1 << -1;
        QTest::newRow("same stamp from the same device: its later edit wins")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-30'000, kDeviceB), 5) << false << "rt=004" << 0
            << -1;
        QTest::newRow("the device's own earlier write (insert, then an edit without base): taken, no conflict")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-1000, kDeviceB), std::nullopt) << false << "rt=004"
            << 0 << -1;
        QTest::newRow("an older stamp of the same device arriving late: dropped, no conflict")
            << std::optional(household()) << edit(QStringLiteral("rt"), QStringLiteral("002"), at(-40'000, kDeviceB), 5) << false << "" << 0 << -1;
        QTest::newRow("no base (never saw the row): server fields count as changed")
            << std::optional(household()) << edit(QStringLiteral("head_name"), QStringLiteral("X"), at(-120'000), std::nullopt) << true << "" << 1
            << -1;
        QTest::newRow("edit against a delete: restored, logged")
            << std::optional(household(true)) << edit(QStringLiteral("rt"), QStringLiteral("004"), at(-1000), 9) << true << "rt=004" << 1 << 0;
        IncomingChange remove;
        remove.op = Op::Delete;
        remove.deleteStamp = at(-1000);
        remove.baseVersion = 9;
        QTest::newRow("delete, nothing changed since: deleted") << std::optional(household()) << remove << false << "" << 0 << 1;
        IncomingChange staleRemove = remove;
        staleRemove.baseVersion = 5;
        QTest::newRow("delete against an edit since its base: kept, logged") << std::optional(household()) << staleRemove << true << "" << 1 << -1;
        QTest::newRow("delete of a tombstone: nothing") << std::optional(household(true)) << remove << false << "" << 0 << -1;
    }
    void rule()
    {
        QFETCH(std::optional<ServerRecord>, server);
        QFETCH(IncomingChange, change);
        QFETCH(bool, merged);
        QFETCH(QString, written);
        QFETCH(int, conflicts);
        QFETCH(int, deleted);
        const MergeOutcome out = FieldMerge::merge(server, change, kNow);
        QCOMPARE(out.status == MergeOutcome::Status::Merged, merged);
        QStringList writes;
        for (auto it = out.write.cbegin(); it != out.write.cend(); ++it)
            writes << it.key() + QLatin1Char('=') + it->value.toString();
        QCOMPARE(writes.join(QLatin1Char(',')), written);
        QCOMPARE(out.conflicts.size(), conflicts);
        QCOMPARE(out.deleted ? int(*out.deleted) : -1, deleted);
    }

    void conflictKeepsBothValues()
    {
        const MergeOutcome out = FieldMerge::merge(household(), edit(QStringLiteral("rt"), QStringLiteral("004"), at(-1000), 5), kNow);
        QCOMPARE(out.conflicts.size(), 1);
        const FieldConflict &c = out.conflicts.first();
        QCOMPARE(c.field, QStringLiteral("rt"));
        QCOMPARE(c.serverValue.toString(), QStringLiteral("003"));
        QCOMPARE(c.deviceValue.toString(), QStringLiteral("004"));
        QCOMPARE(c.serverStamp, at(-30'000, kDeviceB));
        QVERIFY(c.deviceWon);
    }

    void clocksAheadAreClamped()
    {
        // A laptop a day ahead cannot win for a day: its stamp counts as 5 minutes ahead at most.
        const HlcStamp tomorrow = at(24LL * 3600 * 1000);
        ServerRecord r = household();
        r.fields[QStringLiteral("rt")].stamp = at(6 * 60 * 1000, kDeviceB); // another laptop, 6 minutes ahead (stored earlier)
        const MergeOutcome out = FieldMerge::merge(r, edit(QStringLiteral("rt"), QStringLiteral("004"), tomorrow, 5), kNow);
        QCOMPARE(out.clampedStamps, 1);
        QVERIFY(!out.conflicts.first().deviceWon); // clamped to +5 min, it loses to +6 min
        QCOMPARE(out.conflicts.first().deviceStamp.millis, kNow + FieldMerge::kMaxAheadMs);
        // A day behind is never clamped: it simply loses to later edits.
        const MergeOutcome behind =
            FieldMerge::merge(household(), edit(QStringLiteral("rt"), QStringLiteral("004"), at(-24LL * 3600 * 1000), 5), kNow);
        QCOMPARE(behind.clampedStamps, 0);
        QVERIFY(!behind.conflicts.first().deviceWon);
    }

    void orderOfTwoDevicesDoesNotMatter()
    {
        // Two devices edit the same field from the same base; whichever arrives first, the later stamp ends up stored.
        ServerRecord start = household();
        const IncomingChange fromA = edit(QStringLiteral("rt"), QStringLiteral("007"), at(-2000, kDeviceA), 9);
        const IncomingChange fromB = edit(QStringLiteral("rt"), QStringLiteral("008"), at(-1000, kDeviceB), 9);
        auto apply = [](ServerRecord r, const IncomingChange &c, qint64 version) {
            const MergeOutcome out = FieldMerge::merge(r, c, kNow);
            for (auto it = out.write.cbegin(); it != out.write.cend(); ++it)
                r.fields[it.key()] = {it->value, it->stamp, version};
            return r;
        };
        const ServerRecord ab = apply(apply(start, fromA, 10), fromB, 11);
        const ServerRecord ba = apply(apply(start, fromB, 10), fromA, 11);
        QCOMPARE(ab.fields.value(QStringLiteral("rt")).value.toString(), QStringLiteral("008"));
        QCOMPARE(ba.fields.value(QStringLiteral("rt")).value.toString(), QStringLiteral("008"));
    }
};

QTEST_GUILESS_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"

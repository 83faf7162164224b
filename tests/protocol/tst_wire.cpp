// SPDX-License-Identifier: GPL-3.0-or-later
// The sync protocol's messages and gzip bodies: round trips, and every
// malformed body a peer (or a bad link) can produce refused in words.
#include "gzip.h"
#include "wiremessages.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Posyandu::Protocol;

namespace {
const QString kDevice = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kOp = QStringLiteral("0190a000-0000-7000-8000-000000000101");
const QString kRecord = QStringLiteral("0190a000-0000-7000-8000-000000000201");

PushBatch batch()
{
    Mutation m{kOp,
               QStringLiteral("household"),
               kRecord,
               QStringLiteral("update"),
               {{QStringLiteral("rt"), QStringLiteral("004")}, {QStringLiteral("head_name"), QStringLiteral("Budi Santoso")}},
               {{QStringLiteral("rt"), QString(QStringLiteral("000001790000000000-00000-") + kDevice)},
                {QStringLiteral("head_name"), QString(QStringLiteral("000001790000000001-00000-") + kDevice)}},
               17};
    return PushBatch{3, kDevice, 42, {m}};
}

QString errorOf(const auto &decoded)
{
    return std::holds_alternative<QString>(decoded) ? std::get<QString>(decoded) : QString();
}
} // namespace

class TestWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pushBatchRoundTrip()
    {
        const auto decoded = WireCodec::decodePushBatch(WireCodec::encode(batch()));
        QVERIFY2(std::holds_alternative<PushBatch>(decoded), qPrintable(errorOf(decoded)));
        const PushBatch &b = std::get<PushBatch>(decoded);
        QCOMPARE(b.opSeq, 42);
        QCOMPARE(b.schemaVersion, 3);
        QCOMPARE(b.mutations.size(), 1);
        QCOMPARE(b.mutations.first().base, std::optional<qint64>(17));
        QCOMPARE(b.mutations.first().fields.value(QStringLiteral("rt")).toString(), QStringLiteral("004"));
    }

    void oneStampForAWholeSaveTravelsOnce()
    {
        // A save stamps every field alike: the wire carries the stamp once and the decoder gives it to every field.
        PushBatch b = batch();
        const QString stamp = QStringLiteral("000001790000000000-00000-") + kDevice;
        b.mutations.first().hlc = {{QStringLiteral("rt"), stamp}, {QStringLiteral("head_name"), stamp}};
        const QByteArray wire = WireCodec::encode(b);
        QCOMPARE(wire.count(stamp.toUtf8()), 1);
        const auto decoded = WireCodec::decodePushBatch(wire);
        QVERIFY2(std::holds_alternative<PushBatch>(decoded), qPrintable(errorOf(decoded)));
        QCOMPARE(std::get<PushBatch>(decoded).mutations.first().hlc, b.mutations.first().hlc);
        // Pull pages too.
        PullPage page{{Change{7, QStringLiteral("household"), kRecord, b.mutations.first().fields, b.mutations.first().hlc, false}},
                      QStringLiteral("7"),
                      false};
        const QByteArray ndjson = WireCodec::encode(page);
        QCOMPARE(ndjson.count(stamp.toUtf8()), 1);
        const auto pulled = WireCodec::decodePullPage(ndjson);
        QVERIFY(std::holds_alternative<PullPage>(pulled));
        QCOMPARE(std::get<PullPage>(pulled).changes.first().hlc, b.mutations.first().hlc);
        // A stamp string that is not text for one field is still refused.
        const QByteArray quoted = QByteArray("\"") + stamp.toUtf8() + QByteArray("\"");
        QVERIFY(!errorOf(WireCodec::decodePushBatch(QByteArray(wire).replace(quoted, QByteArray("17")))).isEmpty());
    }

    void badPushBatches_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QByteArray good = WireCodec::encode(batch());
        QTest::newRow("not JSON") << QByteArray("{\"op_seq\": 4") << "not a JSON object";
        QTest::newRow("a list, not an object") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("op_seq zero") << QByteArray(good).replace("\"op_seq\":42", "\"op_seq\":0") << "op_seq";
        QTest::newRow("op_seq as text") << QByteArray(good).replace("\"op_seq\":42", "\"op_seq\":\"42\"") << "op_seq";
        QTest::newRow("op_seq fractional") << QByteArray(good).replace("\"op_seq\":42", "\"op_seq\":4.5") << "op_seq";
        QTest::newRow("no schema_version") << QByteArray(good).replace(",\"schema_version\":3", "") << "schema_version";
        QTest::newRow("device id not a UUID") << QByteArray(good).replace(QByteArray(QByteArray("\"device_id\":\"") + kDevice.toUtf8()),
                                                                          QByteArray("\"device_id\":\"laptop-3"))
                                              << "device_id";
        QTest::newRow("unknown op") << QByteArray(good).replace("\"op\":\"update\"", "\"op\":\"upsert\"") << "op must be";
        QTest::newRow("SQL in the entity name") << QByteArray(good).replace("\"household\"", "\"household; DROP TABLE x\"") << "entity";
        QTest::newRow("SQL in a field name") << QByteArray(good).replace("\"rt\":\"004\"", "\"rt = 1 --\":\"004\"") << "field name";
        QTest::newRow("field without a stamp") << QByteArray(good).replace("\"rt\":\"0000", "\"xx\":\"0000") << "HLC stamp";
        QTest::newRow("base as text") << QByteArray(good).replace("\"base\":17", "\"base\":\"17\"") << "base";
        QTest::newRow("mutations not a list") << QByteArray(QByteArray("{\"device_id\":\"") + kDevice.toUtf8()
                                                            + "\",\"mutations\":{\"x\":1},\"op_seq\":1,\"schema_version\":3}")
                                              << "mutations must be a list";
        PushBatch tooMany = batch();
        for (int i = 0; i < kMaxMutationsPerBatch; ++i)
            tooMany.mutations.append(tooMany.mutations.first());
        QTest::newRow("501 mutations") << WireCodec::encode(tooMany) << "at most 500";
    }
    void badPushBatches()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const QString error = errorOf(WireCodec::decodePushBatch(body));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void pushResponseRoundTripAndBadAcks()
    {
        PushResponse r{42,
                       {{kOp, QStringLiteral("merged"), QString(), 99}, {kRecord, QStringLiteral("rejected"), QStringLiteral("out of scope"), 0}}};
        const auto decoded = WireCodec::decodePushResponse(WireCodec::encode(r));
        QVERIFY(std::holds_alternative<PushResponse>(decoded));
        QCOMPARE(std::get<PushResponse>(decoded).acks.at(1).reason, QStringLiteral("out of scope"));
        QVERIFY(!errorOf(WireCodec::decodePushResponse("{\"high_water\":1,\"acks\":[{\"op_id\":\"x\",\"status\":\"applied\",\"server_ver\":1}]}"))
                     .isEmpty());
        QVERIFY(!errorOf(WireCodec::decodePushResponse(QByteArray("{\"high_water\":1,\"acks\":[{\"op_id\":\"") + kOp.toUtf8()
                                                       + "\",\"status\":\"maybe\",\"server_ver\":1}]}"))
                     .isEmpty());
        QVERIFY(!errorOf(WireCodec::decodePushResponse("{\"acks\":[]}")).isEmpty());
    }

    void pullPages()
    {
        PullPage page;
        page.changes = {{7, QStringLiteral("household"), kRecord, {{QStringLiteral("rt"), QStringLiteral("003")}}, {}, false},
                        {9, QStringLiteral("member"), kOp, {}, {}, true}};
        page.nextCursor = QStringLiteral("9");
        page.hasMore = true;
        const QByteArray ndjson = WireCodec::encode(page);
        QCOMPARE(ndjson.count('\n'), 3);
        const auto decoded = WireCodec::decodePullPage(ndjson);
        QVERIFY2(std::holds_alternative<PullPage>(decoded), qPrintable(errorOf(decoded)));
        QCOMPARE(std::get<PullPage>(decoded).changes.size(), 2);
        QVERIFY(std::get<PullPage>(decoded).changes.at(1).deleted);
        QVERIFY(std::get<PullPage>(decoded).hasMore);

        // A page cut anywhere before its cursor line is refused whole: nothing half-applied.
        for (qsizetype cut = 0; cut < ndjson.size() - 1; cut += 7)
            QVERIFY2(std::holds_alternative<QString>(WireCodec::decodePullPage(ndjson.left(cut))), qPrintable(QString::number(cut)));
        QVERIFY(!errorOf(WireCodec::decodePullPage(QByteArray(ndjson).replace("\"seq\":9", "\"seq\":5"))).isEmpty()); // out of order
        QVERIFY(!errorOf(WireCodec::decodePullPage("\n\n")).isEmpty());
        const auto empty = WireCodec::decodePullPage("{\"next_cursor\":\"0\",\"has_more\":false}\n");
        QVERIFY(std::holds_alternative<PullPage>(empty));
    }

    void gzipBodies()
    {
        const QByteArray body = WireCodec::encode(batch()).repeated(200);
        const QByteArray packed = Gzip::compress(body);
        QVERIFY(packed.startsWith("\x1f\x8b")); // gzip magic: what HTTP peers expect
        QVERIFY(packed.size() < body.size() / 10);
        QCOMPARE(Gzip::decompress(packed, body.size()).value(), body);
        // Bad inputs: damaged, truncated, not gzip, and a body that would unpack past the limit.
        QByteArray damaged = packed;
        damaged[packed.size() / 2] = char(damaged.at(packed.size() / 2) ^ 0x55);
        QVERIFY(!Gzip::decompress(damaged, body.size()));
        QVERIFY(!Gzip::decompress(packed.left(packed.size() / 2), body.size()));
        QVERIFY(!Gzip::decompress(body.left(100), body.size()));
        QVERIFY(!Gzip::decompress(packed, body.size() - 1));
        const QByteArray bomb = Gzip::compress(QByteArray(50 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 100 * 1024);
        QVERIFY(!Gzip::decompress(bomb, 1024 * 1024));
        QCOMPARE(Gzip::decompress(Gzip::compress(QByteArray()), 10).value(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"

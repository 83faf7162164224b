// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a spreadsheet register: every row checked before anything is
// written, good rows written in one transaction only when the user says so,
// broken files refused in words, and a second import registering no one twice.
#include "importpreviewmodel.h"
#include "registerimport.h"
#include "sql.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Posyandu;
using Posyandu::Io::CsvTable;
using Posyandu::Io::RegisterImport;
using Posyandu::Test::TempStore;
using Verdict = RegisterImport::Verdict;

namespace {
const QDate kToday(2026, 11, 23);

QString write(const TempStore &store, const QString &name, const QByteArray &bytes)
{
    const QString path = store.dir() + QLatin1Char('/') + name;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

Result<RegisterImport> prepare(TempStore &store, RegisterImport::Kind kind, const QByteArray &csv)
{
    auto table = CsvTable::parse(csv);
    if (!table)
        return table.error();
    return RegisterImport::prepare(store.db(), kind, table.value(), store.posyanduId(), QStringLiteral("3578010001"), kToday);
}

const QByteArray kHouseholds = "ref,kk_number,head_name,address,rt,rw,dusun\n"
                               "R1,3578011503150002,Budi Santoso,Jl. Kenanga 4,3,1,Krajan\n"
                               "R2,,Wayan Sudarta,,4,2,Sumberejo\n";

void importHouseholds(TempStore &store)
{
    auto households = prepare(store, RegisterImport::Kind::Households, kHouseholds);
    QVERIFY2(households.ok(), qPrintable(households.error().message));
    RegisterImport import = std::move(households).value();
    QCOMPARE(import.apply(false).value(), 2);
}

QString messageOfLine(const RegisterImport &import, int line)
{
    for (const auto &row : import.rows())
        if (row.line == line)
            return row.message;
    return QStringLiteral("<no line>");
}
} // namespace

class TestRegisterImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void householdsMembersAndMeasurements()
    {
        TempStore store;
        QVERIFY(store.ok());
        importHouseholds(store);
        QCOMPARE(store.count(QStringLiteral("household"), QStringLiteral("import_ref = 'R1' AND rt = '003'")), 1);
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'household'")), 2);

        // Members name their household by ref or by KK number; relationships in family-card words.
        auto members = prepare(store, RegisterImport::Kind::Members,
                               "ref;household_ref;nik;name;sex;birth_date;relationship\n"
                               "M1;R1;3578011205900001;Budi Santoso;L;12-05-1990;Kepala Keluarga\n"
                               "M2;3578011503150002;;Ahmad Rizky;L;2025-03-10;anak\n"
                               "M3;R2;;Made Ayu;P;01/02/2024;Anak\n");
        QVERIFY2(members.ok(), qPrintable(members.error().message));
        RegisterImport m = std::move(members).value();
        QCOMPARE(m.count(Verdict::Good), 3);
        QCOMPARE(m.apply(false).value(), 3);
        QCOMPARE(store.count(QStringLiteral("member"), QStringLiteral("relationship = 'kepala_keluarga'")), 1);

        auto measurements = prepare(store, RegisterImport::Kind::Measurements,
                                    "member_ref,nik,visit_date,weight_kg,lenhei_cm,measured,lila_cm\n"
                                    "M2,,2026-10-05,\"9,5\",75.5,lying,14\n"
                                    "M3,,05-10-2026,11.2,82,,\n");
        QVERIFY2(measurements.ok(), qPrintable(measurements.error().message));
        RegisterImport a = std::move(measurements).value();
        QCOMPARE(a.count(Verdict::Good), 2);
        QCOMPARE(a.apply(false).value(), 2);
        QCOMPARE(store.count(QStringLiteral("anthropometry"), QStringLiteral("weight_kg = 9.5 AND muac_cm = 14")), 1);
        // No position given: WHO's standard one for the age (2 years 8 months: standing).
        QCOMPARE(store.count(QStringLiteral("anthropometry"), QStringLiteral("position = 'standing'")), 1);
        // Applying again writes nothing more.
        QCOMPARE(a.apply(false).value(), 0);
        QCOMPARE(store.count(QStringLiteral("anthropometry")), 2);

        // The same files again: every row is "already there", nobody twice.
        auto again = prepare(store, RegisterImport::Kind::Households, kHouseholds);
        QCOMPARE(again.value().count(Verdict::AlreadyImported), 2);
        auto measuredAgain = prepare(store, RegisterImport::Kind::Measurements, "member_ref,visit_date,weight_kg\nM2,2026-10-05,9.5\n");
        QCOMPARE(measuredAgain.value().count(Verdict::AlreadyImported), 1);
    }

    void badRowsAreReportedAndNothingWrittenUnlessAsked()
    {
        TempStore store;
        QVERIFY(store.ok());
        importHouseholds(store);
        auto members = prepare(store, RegisterImport::Kind::Members,
                               "household_ref,nik,name,sex,birth_date,relationship\n"
                               "R1,3578011205900001,Budi Santoso,L,12-05-1990,kepala keluarga\n" // 2 good
                               "R1,3578011205900001,Budi Kembar,L,12-05-1990,anak\n"             // 3 NIK twice in the file
                               "R9,,Siti,P,2020-01-01,anak\n"                                    // 4 unknown household
                               "R1,,Ani,X,2020-01-01,anak\n"                                     // 5 sex X
                               "R1,,Ana,P,31-04-2020,anak\n"                                     // 6 impossible date
                               "R1,,Ari,L,05/13/2020,anak\n"                                     // 7 month-first date
                               "R1,,Aji,L,2020-01-01,sepupu\n"                                   // 8 unknown relationship
                               "R1,,Dewi,P,2030-01-01,anak\n"                                    // 9 born in the future
                               "R1,357801,Eka,P,2020-01-01,anak\n"                               // 10 short NIK
                               ",,Fajar,L,2020-01-01,anak\n"                                     // 11 no household
                               "R2,,Made,L,2019-02-02,anak\n");                                  // 12 good
        QVERIFY2(members.ok(), qPrintable(members.error().message));
        RegisterImport m = std::move(members).value();
        QCOMPARE(m.count(Verdict::Good), 2);
        QCOMPARE(m.count(Verdict::Bad), 9);
        QVERIFY(messageOfLine(m, 3).contains(QLatin1String("baris 2")) || messageOfLine(m, 3).contains(QLatin1String("line 2")));
        QVERIFY(messageOfLine(m, 4).contains(QLatin1String("R9")));
        QVERIFY(messageOfLine(m, 5).contains(QLatin1String("\"X\"")));
        QVERIFY(messageOfLine(m, 6).contains(QLatin1String("31-04-2020")));
        QVERIFY(messageOfLine(m, 7).contains(QLatin1String("05/13/2020")));
        QVERIFY(messageOfLine(m, 8).contains(QLatin1String("sepupu")));
        for (int line = 2; line <= 12; ++line)
            QVERIFY2(!messageOfLine(m, line).isEmpty() || line == 2 || line == 12, qPrintable(QString::number(line)));

        // Without the user's word nothing is written.
        const int outbox = store.count(QStringLiteral("outbox"));
        auto refused = m.apply(false);
        QVERIFY(!refused.ok());
        QCOMPARE(store.count(QStringLiteral("member")), 0);
        QCOMPARE(store.count(QStringLiteral("outbox")), outbox);
        // With it, the good rows only.
        QCOMPARE(m.apply(true).value(), 2);
        QCOMPARE(store.count(QStringLiteral("member")), 2);

        // A NIK already in the register is refused in the next file.
        auto duplicate = prepare(store, RegisterImport::Kind::Members,
                                 "household_ref,nik,name,sex,birth_date,relationship\n"
                                 "R2,3578011205900001,Orang Lain,L,1990-05-12,famili lain\n");
        QCOMPARE(duplicate.value().count(Verdict::Bad), 1);
        QVERIFY(duplicate.value().rows().first().message.contains(QLatin1String("Budi Santoso")));

        // The preview model shows it all, checked by the model tester.
        ImportPreviewModel preview;
        QAbstractItemModelTester tester(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setImport(&m);
        QCOMPARE(preview.rowCount(), 11);
        QCOMPARE(preview.columnCount(), 3 + 6);
        QCOMPARE(preview.headerData(3, Qt::Horizontal).toString(), QStringLiteral("household_ref"));
        preview.setImport(nullptr);
        QCOMPARE(preview.rowCount(), 0);
    }

    void brokenFilesRefusedInWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty file") << int(RegisterImport::Kind::Households) << QByteArray();
        QTest::newRow("header only") << int(RegisterImport::Kind::Households) << QByteArray("head_name,rt,rw\n");
        QTest::newRow("missing columns") << int(RegisterImport::Kind::Members) << QByteArray("name,sex\nBudi,L\n");
        QTest::newRow("measurements without a person column")
            << int(RegisterImport::Kind::Measurements) << QByteArray("visit_date,weight_kg\n2026-01-01,9\n");
        QTest::newRow("binary junk") << int(RegisterImport::Kind::Households) << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("unclosed quote") << int(RegisterImport::Kind::Households) << QByteArray("head_name,rt,rw\n\"Budi,3,1\n");
    }
    void brokenFilesRefusedInWords()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, bytes);
        TempStore store;
        QVERIFY(store.ok());
        const QString path = write(store, QStringLiteral("broken.csv"), bytes);
        auto import = RegisterImport::prepare(store.db(), RegisterImport::Kind(kind), path, store.posyanduId(), QStringLiteral("3578010001"), kToday);
        QVERIFY(!import.ok());
        QVERIFY(!import.error().message.isEmpty());
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity <> 'posyandu'")), 0);
    }

    void windowsCodePageAndMeasurementErrors()
    {
        TempStore store;
        QVERIFY(store.ok());
        // Saved by an old Excel in Windows-1252: "Muñoz" must survive.
        const QByteArray latin1 = QByteArray("head_name;rt;rw\nMu\xf1oz;1;1\n");
        const QString path = write(store, QStringLiteral("cp1252.csv"), latin1);
        auto import =
            RegisterImport::prepare(store.db(), RegisterImport::Kind::Households, path, store.posyanduId(), QStringLiteral("3578010001"), kToday);
        QVERIFY2(import.ok(), qPrintable(import.error().message));
        RegisterImport households = std::move(import).value();
        QCOMPARE(households.apply(false).value(), 1);
        QCOMPARE(store.count(QStringLiteral("household"), QStringLiteral("head_name = 'Muñoz'")), 1);

        auto members =
            prepare(store, RegisterImport::Kind::Members, "ref,household_ref,name,sex,birth_date,relationship\nK1,Muñoz,x,L,2024-01-01,anak\n");
        QCOMPARE(members.value().count(Verdict::Bad), 1); // a household is named by ref or KK, not by name

        auto measurements = prepare(store, RegisterImport::Kind::Measurements,
                                    "nik,member_ref,visit_date,weight_kg,lenhei_cm,measured\n"
                                    "3578011205900001,,2026-10-05,9.5,,\n" // unknown NIK
                                    ",,2026-10-05,9.5,,\n"                 // no person
                                    ",Z9,2026-13-05,9.5,,\n");             // unknown ref, bad date
        QVERIFY(measurements.ok());
        QCOMPARE(measurements.value().count(Verdict::Bad), 3);
        QVERIFY(messageOfLine(measurements.value(), 4).contains(QLatin1String("2026-13-05")));
    }

    void tenThousandRowsAndCancel()
    {
        TempStore store;
        QVERIFY(store.ok());
        QByteArray csv = "ref,head_name,rt,rw,dusun\n";
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral("H%1,Kepala %1,%2,%3,Dusun %4\n").arg(i).arg(i % 20 + 1).arg(i % 5 + 1).arg(i % 7).toUtf8();
        QElapsedTimer timer;
        timer.start();
        auto prepared = prepare(store, RegisterImport::Kind::Households, csv);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
        RegisterImport import = std::move(prepared).value();
        QCOMPARE(import.count(Verdict::Good), 10000);
        const qint64 checkMs = timer.restart();

        // Cancelled half-way: nothing at all is written.
        auto cancelled = import.apply(false, [](int done, int) { return done < 5000; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(store.count(QStringLiteral("household")), 0);
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'household'")), 0);

        timer.restart();
        int calls = 0;
        auto written = import.apply(false, [&calls](int, int) {
            ++calls;
            return true;
        });
        QCOMPARE(written.value(), 10000);
        qInfo("10,000 households: checked in %lld ms, written in %lld ms", checkMs, timer.elapsed());
        QVERIFY(calls >= 10000 / 250);
        QCOMPARE(store.count(QStringLiteral("household")), 10000);
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'household'")), 10000);
    }
};

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"

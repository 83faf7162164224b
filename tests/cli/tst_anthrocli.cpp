// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-cli anthro as a user runs it: a real process, real files, and the
// broken files people actually produce.
#include "csvtable.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Posyandu::Io::CsvTable;

class TestAnthroCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString stderrText;
        QByteArray output;
    };

    Run run(const QByteArray &input, const QStringList &extra = {})
    {
        const QString in = m_dir.filePath(QStringLiteral("in.csv"));
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        QFile::remove(out);
        QFile f(in);
        f.open(QIODevice::WriteOnly);
        f.write(input);
        f.close();
        QProcess p;
        p.start(QStringLiteral(POSYANDU_CLI),
                extra + QStringList{QStringLiteral("anthro"), QStringLiteral("--input"), in, QStringLiteral("--output"), out});
        p.waitForFinished(30000);
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.stderrText = QString::fromUtf8(p.readAllStandardError());
        QFile o(out);
        if (o.open(QIODevice::ReadOnly))
            r.output = o.readAll();
        return r;
    }

    static QString cell(const CsvTable &t, int row, const char *column) { return t.rows.at(row).at(t.column(QLatin1String(column))); }

private Q_SLOTS:
    void computesWhoChecksAndHandCases()
    {
        const Run r = run("sex,birth_date,visit_date,age_days,weight_kg,lenhei_cm,measured,oedema\n"
                          "P,,,1522,17,,,\n"
                          "P,2025-01-01,2026-01-01,,9,,,\n" // 365 days
                          "P,,,365,16,,,\n"
                          "L,,,400,10,75.35,standing,n\n"
                          "P,,,1000,8.0,90.2,lying,\n");
        QCOMPARE(r.exitCode, 0);
        auto table = CsvTable::parse(r.output);
        QVERIFY(table.ok());
        const CsvTable &t = table.value();
        QCOMPARE(t.rows.size(), 5);
        QCOMPARE(cell(t, 0, "zwei"), QStringLiteral("0.24"));
        QCOMPARE(cell(t, 1, "zwei"), QStringLiteral("0.05"));
        QCOMPARE(cell(t, 2, "zwei"), QStringLiteral("4.80"));
        QCOMPARE(cell(t, 2, "cat_wei"), QStringLiteral("risk_of_overweight"));
        QCOMPARE(cell(t, 3, "zlen"), QStringLiteral("-0.42"));
        QCOMPARE(cell(t, 3, "zwfl"), QStringLiteral("0.35"));
        QCOMPARE(cell(t, 3, "zbmi"), QStringLiteral("0.46"));
        QCOMPARE(cell(t, 4, "zwfl"), QStringLiteral("-5.06"));
        QCOMPARE(cell(t, 4, "cat_wfl"), QStringLiteral("severely_wasted"));
        QCOMPARE(cell(t, 4, "flag_wfl"), QStringLiteral("1")); // beyond -5: check it
        QCOMPARE(cell(t, 4, "cat_len"), QStringLiteral("normal"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(cell(t, i, "error").isEmpty());
    }

    void badRowsGetAnErrorAndTheRestContinues_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::newRow("sex missing") << QByteArray(",,,100,6,,,");
        QTest::newRow("sex unknown") << QByteArray("X,,,100,6,,,");
        QTest::newRow("impossible date") << QByteArray("L,2025-02-30,2025-06-01,,6,,,");
        QTest::newRow("visit before birth") << QByteArray("L,2025-06-01,2025-02-01,,6,,,");
        QTest::newRow("day-month swapped date") << QByteArray("L,01/06/2025,2025-09-01,,6,,,");
        QTest::newRow("negative age") << QByteArray("L,,,-3,6,,,");
        QTest::newRow("age not a number") << QByteArray("L,,,enam,6,,,");
        QTest::newRow("60 months") << QByteArray("L,,,1826,18,,,");
        QTest::newRow("weight text") << QByteArray("L,,,100,berat,,,");
        QTest::newRow("weight in grams") << QByteArray("L,,,100,6500,,,");
        QTest::newRow("no measurement") << QByteArray("L,,,100,,,,");
        QTest::newRow("bad position") << QByteArray("L,,,100,6,60,duduk,");
        QTest::newRow("bad oedema") << QByteArray("L,,,100,6,60,lying,maybe");
    }
    void badRowsGetAnErrorAndTheRestContinues()
    {
        QFETCH(QByteArray, row);
        const Run r = run("sex,birth_date,visit_date,age_days,weight_kg,lenhei_cm,measured,oedema\n" + row + "\nP,,,365,9,,,\n");
        QCOMPARE(r.exitCode, 0);
        auto t = CsvTable::parse(r.output);
        QVERIFY(t.ok());
        QCOMPARE(t.value().rows.size(), 2);
        QVERIFY2(!cell(t.value(), 0, "error").isEmpty(), row.constData());
        QVERIFY(cell(t.value(), 0, "zwei").isEmpty());
        QCOMPARE(cell(t.value(), 1, "zwei"), QStringLiteral("0.05"));
        QVERIFY(r.stderrText.contains(QLatin1String("2")));
    }

    void excelSemicolonBomAndDecimalComma()
    {
        const Run r = run("\xEF\xBB\xBFsex;age_days;weight_kg;lenhei_cm;measured\r\nL;400;10,0;75,35;standing\r\n;;;;\r\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.output.startsWith("\xEF\xBB\xBF"));
        auto t = CsvTable::parse(r.output);
        QCOMPARE(t.value().delimiter, QLatin1Char(';'));
        QCOMPARE(t.value().rows.size(), 1); // Excel's empty trailing row dropped
        QCOMPARE(cell(t.value(), 0, "zlen"), QStringLiteral("-0,42"));
    }

    void latin1FileAndQuotedFieldsSurvive()
    {
        QByteArray input = "name,sex,age_days,weight_kg\n\"Nyoman \"\"Komang\"\", Jr\",L,100,6\n";
        input += "Andr\xE9,P,200,7\n"; // Windows code page, not UTF-8
        const Run r = run(input);
        QCOMPARE(r.exitCode, 0);
        auto t = CsvTable::parse(r.output);
        QVERIFY(t.ok());
        QCOMPARE(cell(t.value(), 0, "name"), QStringLiteral("Nyoman \"Komang\", Jr"));
        QCOMPARE(cell(t.value(), 1, "name"), QString::fromUtf8("André"));
        QVERIFY(!cell(t.value(), 1, "zwei").isEmpty());
    }

    void wholeFileFailuresWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("only blank lines") << QByteArray("\n\n  \n");
        QTest::newRow("no sex column") << QByteArray("age_days,weight_kg\n100,6\n");
        QTest::newRow("no age columns") << QByteArray("sex,weight_kg\nL,6\n");
        QTest::newRow("no measurement columns") << QByteArray("sex,age_days\nL,100\n");
        QTest::newRow("unclosed quote") << QByteArray("sex,age_days,weight_kg\n\"L,100,6\n");
        QTest::newRow("output column clash") << QByteArray("sex,age_days,weight_kg,zwei\nL,100,6,1\n");
        QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe", 5);
    }
    void wholeFileFailuresWriteNothing()
    {
        QFETCH(QByteArray, input);
        const Run r = run(input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.output.isEmpty());
        QVERIFY(r.stderrText.startsWith(QLatin1String("posyandu-cli: ")));
        QCOMPARE(r.stderrText.count(QLatin1Char('\n')), 1); // one line
    }

    void usageErrorsExitTwo()
    {
        for (const QStringList &args :
             {QStringList{}, QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("anthro"), QStringLiteral("--input")},
              QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("anthro")}}) {
            QProcess p;
            p.start(QStringLiteral(POSYANDU_CLI), args);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 2);
        }
        QProcess missing;
        missing.start(QStringLiteral(POSYANDU_CLI),
                      {QStringLiteral("anthro"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("absent.csv")), QStringLiteral("--output"),
                       m_dir.filePath(QStringLiteral("o.csv"))});
        QVERIFY(missing.waitForFinished(30000));
        QCOMPARE(missing.exitCode(), 1);
    }

    void messagesFollowTheLanguage()
    {
        const QByteArray bad = "sex,age_days,weight_kg\nX,100,6\n";
        auto t = CsvTable::parse(run(bad).output);
        QCOMPARE(cell(t.value(), 0, "error"), QStringLiteral("sex harus L atau P")); // Indonesian by default
        t = CsvTable::parse(run(bad, {QStringLiteral("--lang"), QStringLiteral("en")}).output);
        QCOMPARE(cell(t.value(), 0, "error"), QStringLiteral("sex must be L or P"));
    }
};

QTEST_GUILESS_MAIN(TestAnthroCli)
#include "tst_anthrocli.moc"

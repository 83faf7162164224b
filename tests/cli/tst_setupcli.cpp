// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-cli setup and info as a deployment script runs them: a real
// process on a real data folder, no display. One Posyandu per data folder, a
// second setup refused in words; bad input refused with nothing written.
#include "database.h"
#include "demogenerator.h"
#include "posyandurepository.h"
#include "sql.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Posyandu;

class TestSetupCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    // `asNobody`: as the unprivileged user nobody (through setpriv, util-linux),
    // for the checks that root's right to write anywhere would hide.
    static Run run(const QStringList &args, const QString &dataDir, bool asNobody = false)
    {
        QProcess p;
        const QStringList cli = QStringList{QStringLiteral("--data-dir"), dataDir} + args;
        if (asNobody) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), QDir::tempPath());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("setpriv"),
                    QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                                QStringLiteral("--"), QStringLiteral(POSYANDU_CLI)}
                        + cli);
        } else {
            p.start(QStringLiteral(POSYANDU_CLI), cli);
        }
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList setupArgs(const QString &code, const QString &name, const QString &village)
    {
        return {QStringLiteral("setup"), QStringLiteral("--posyandu"), code, QStringLiteral("--name"), name, QStringLiteral("--village"), village};
    }

    // info's "key: value" lines; a repeated key keeps its first value.
    static QMap<QString, QString> info(const QString &dataDir)
    {
        const Run r = run({QStringLiteral("info")}, dataDir);
        QMap<QString, QString> values;
        if (r.exitCode != 0)
            return values;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            if (colon > 0 && !values.contains(line.left(colon)))
                values.insert(line.left(colon), line.mid(colon + 2));
        }
        return values;
    }

    static int count(const QString &dataDir, const QString &sql)
    {
        auto db = Storage::Database::open(Storage::Database::defaultFilePath(dataDir));
        if (!db)
            return -1;
        auto q = Storage::Sql::run(db.value()->sql(), sql);
        if (!q)
            return -1;
        QSqlQuery query = std::move(q).value();
        return query.next() ? query.value(0).toInt() : -1;
    }

    static QString contentHash(const QString &dataDir)
    {
        auto db = Storage::Database::open(Storage::Database::defaultFilePath(dataDir));
        if (!db)
            return {};
        auto hash = Demo::DemoGenerator::contentHash(*db.value());
        return hash ? hash.value() : QString();
    }

    static QList<Storage::PosyanduInfo> posyandus(const QString &dataDir)
    {
        auto db = Storage::Database::open(Storage::Database::defaultFilePath(dataDir));
        if (!db)
            return {};
        auto list = Storage::PosyanduRepository(*db.value()).list();
        return list ? list.value() : QList<Storage::PosyanduInfo>();
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void setupThenInfo()
    {
        const QString data = m_dir.filePath(QStringLiteral("fresh/nested"));
        const Run setup = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                  + setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Posyandu Melati 1"), QStringLiteral("3578010001")),
                              data);
        QCOMPARE(setup.exitCode, 0);
        QVERIFY2(setup.err.startsWith(QLatin1String("Posyandu PSY-01 (Posyandu Melati 1, village 3578010001) is set up in ")), qPrintable(setup.err));
        QCOMPARE(setup.out, QString());

        const QMap<QString, QString> values = info(data);
        QCOMPARE(values.value(QStringLiteral("data-folder")), QDir(data).absolutePath());
        QCOMPARE(values.value(QStringLiteral("data-file")), Storage::Database::defaultFilePath(QDir(data).absolutePath()));
        QCOMPARE(values.value(QStringLiteral("practice")), QStringLiteral("no"));
        QVERIFY(values.value(QStringLiteral("schema")).toInt() > 0);
        QCOMPARE(values.value(QStringLiteral("posyandus")), QStringLiteral("1"));
        QCOMPARE(values.value(QStringLiteral("posyandu-code")), QStringLiteral("PSY-01"));
        QCOMPARE(values.value(QStringLiteral("posyandu-name")), QStringLiteral("Posyandu Melati 1"));
        QCOMPARE(values.value(QStringLiteral("posyandu-village")), QStringLiteral("3578010001"));
        QCOMPARE(values.value(QStringLiteral("households")), QStringLiteral("0"));
        QCOMPARE(values.value(QStringLiteral("members")), QStringLiteral("0"));
        QCOMPARE(values.value(QStringLiteral("enrolled")), QStringLiteral("no"));
        QVERIFY(!values.contains(QStringLiteral("server")));
        // The Posyandu record is itself a change for the server: saved
        // through the same repository as the window's, it is queued in the
        // outbox like every other save, so a fresh setup has 1 waiting.
        QCOMPARE(values.value(QStringLiteral("waiting")), QStringLiteral("1"));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'posyandu'")), 1);
        QCOMPARE(values.value(QStringLiteral("rejected")), QStringLiteral("0"));

        // The keys are for scripts: the same whatever the language.
        const Run english = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info")}, data);
        const Run indonesian = run({QStringLiteral("info")}, data);
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(english.out, indonesian.out);
        QCOMPARE(english.err, QString());
    }

    void secondSetupRefused()
    {
        const QString data = m_dir.filePath(QStringLiteral("twice"));
        QCOMPARE(run(setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("3578010001")), data).exitCode, 0);
        const QString before = contentHash(data);
        QVERIFY(!before.isEmpty());
        for (const QString &code : {QStringLiteral("PSY-02"), QStringLiteral("PSY-01")}) {
            const Run again = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                      + setupArgs(code, QStringLiteral("Mawar"), QStringLiteral("3578010002")),
                                  data);
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(QLatin1String("already has Posyandu PSY-01 (Melati, village 3578010001)")), qPrintable(again.err));
            QVERIFY2(again.err.contains(QLatin1String("nothing was changed")), qPrintable(again.err));
            QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
        }
        // In Indonesian too (the default language), in words.
        const Run id = run(setupArgs(QStringLiteral("PSY-03"), QStringLiteral("Anggrek"), QStringLiteral("3578010003")), data);
        QCOMPARE(id.exitCode, 1);
        QVERIFY2(id.err.contains(QLatin1String("PSY-01")), qPrintable(id.err));
        QVERIFY2(!id.err.contains(QLatin1String("already has")), qPrintable(id.err));

        const QList<Storage::PosyanduInfo> list = posyandus(data);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().code, QStringLiteral("PSY-01"));
        QCOMPARE(list.first().name, QStringLiteral("Melati"));
        QCOMPARE(list.first().villageCode, QStringLiteral("3578010001"));
        QCOMPARE(contentHash(data), before);
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM outbox")), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString code = QStringLiteral("PSY-01"), name = QStringLiteral("Melati"), village = QStringLiteral("3578010001");
        const QString setup = QStringLiteral("setup");
        const QString needs = QStringLiteral("setup needs --posyandu CODE, --name NAME and --village CODE");
        QTest::newRow("no options") << QStringList{setup} << 2 << needs;
        QTest::newRow("no --village") << QStringList{setup, QStringLiteral("--posyandu"), code, QStringLiteral("--name"), name} << 2 << needs;
        QTest::newRow("no --name") << QStringList{setup, QStringLiteral("--posyandu"), code, QStringLiteral("--village"), village} << 2 << needs;
        QTest::newRow("no --posyandu") << QStringList{setup, QStringLiteral("--name"), name, QStringLiteral("--village"), village} << 2 << needs;
        QTest::newRow("option without value") << QStringList{setup, QStringLiteral("--posyandu"), code, QStringLiteral("--name"),
                                                             name,  QStringLiteral("--village")}
                                              << 2 << QStringLiteral("Missing value after '--village'.");
        QTest::newRow("unknown option") << setupArgs(code, name, village) + QStringList{QStringLiteral("--force")} << 2
                                        << QStringLiteral("Unknown option 'force'.");
        QTest::newRow("extra argument") << setupArgs(code, name, village) + QStringList{QStringLiteral("extra")} << 2 << needs;
        QTest::newRow("practice file") << QStringList{QStringLiteral("--demo")} + setupArgs(code, name, village) << 2
                                       << QStringLiteral("setup works on the real data file");
        QTest::newRow("empty name") << setupArgs(code, QString(), village) << 1 << QStringLiteral("Fill in the Posyandu name.");
        QTest::newRow("blank name") << setupArgs(code, QStringLiteral("   "), village) << 1 << QStringLiteral("Fill in the Posyandu name.");
        QTest::newRow("empty code") << setupArgs(QString(), name, village) << 1 << QStringLiteral("Fill in the Posyandu code.");
        QTest::newRow("blank code") << setupArgs(QStringLiteral(" \t "), name, village) << 1 << QStringLiteral("Fill in the Posyandu code.");
        const QString tenDigits = QStringLiteral("The village code must be 10 digits");
        QTest::newRow("village 8 digits") << setupArgs(code, name, QStringLiteral("35780100")) << 1 << tenDigits;
        QTest::newRow("village 11 digits") << setupArgs(code, name, QStringLiteral("35780100011")) << 1 << tenDigits;
        QTest::newRow("village letters") << setupArgs(code, name, QStringLiteral("35780A0001")) << 1 << tenDigits;
        QTest::newRow("village dotted") << setupArgs(code, name, QStringLiteral("35.78.01.0001")) << 1 << tenDigits;
        QTest::newRow("village empty") << setupArgs(code, name, QString()) << 1 << tenDigits;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString data =
            m_dir.filePath(QStringLiteral("bad/") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, data);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QLatin1String("posyandu-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (exitCode == 1)
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        // Nothing half-written: no data file, not even the folder.
        QVERIFY2(!QFileInfo::exists(data), qPrintable(data));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad"))) || QDir(m_dir.filePath(QStringLiteral("bad"))).isEmpty());
    }

    void refusedInAnExistingEmptyFolder()
    {
        // A folder that is already there (made by the deployment) stays, empty.
        const QString data = m_dir.filePath(QStringLiteral("prepared"));
        QVERIFY(QDir().mkpath(data));
        QCOMPARE(run(setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("12345")), data).exitCode, 1);
        QVERIFY(QFileInfo(data).isDir());
        QVERIFY(QDir(data).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
        // ... and a good setup afterwards starts clean.
        QCOMPARE(run(setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("3578010001")), data).exitCode, 0);
        QCOMPARE(posyandus(data).size(), 1);
    }

    void folderNotWritable()
    {
        // A path through a file cannot become a folder, even for root.
        const QString plain = file(QStringLiteral("plain.txt"), "not a folder\n");
        const Run throughFile = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                        + setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("3578010001")),
                                    plain + QStringLiteral("/data"));
        QCOMPARE(throughFile.exitCode, 1);
        QVERIFY2(throughFile.err.contains(QLatin1String("cannot be created. Check that it is writable.")), qPrintable(throughFile.err));
        QCOMPARE(bytes(plain), QByteArray("not a folder\n"));

        // A folder without write permission. Root writes anywhere (CI runs as root), so there the
        // command runs as the user nobody, in a folder everyone may read and nobody may write.
        const bool root = ::geteuid() == 0;
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(m_dir.path(), readOnly | QFileDevice::WriteOwner)); // nobody may enter the test folder
        QVERIFY(QFile::setPermissions(locked, readOnly));
        const Run r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                              + setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("3578010001")),
                          locked, root);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("is not writable; nothing was set up.")), qPrintable(r.err));
        QVERIFY(QDir(locked).isEmpty());
    }

    void notOurDataFile()
    {
        const QString data = m_dir.filePath(QStringLiteral("foreign"));
        QVERIFY(QDir().mkpath(data));
        const QString path = Storage::Database::defaultFilePath(data);
        const QByteArray text = "This is a shopping list, not a database.\nrice 5 kg\neggs 1 kg\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const Run setup = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                  + setupArgs(QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("3578010001")),
                              data);
        QCOMPARE(setup.exitCode, 1);
        QVERIFY2(setup.err.contains(QLatin1String("is not a Posyandu data file or it is damaged")), qPrintable(setup.err));
        const Run look = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info")}, data);
        QCOMPARE(look.exitCode, 1);
        QVERIFY2(look.err.contains(QLatin1String("is not a Posyandu data file or it is damaged")), qPrintable(look.err));
        QCOMPARE(bytes(path), text);
        QCOMPARE(QDir(data).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void infoOnNothing()
    {
        // Looking makes nothing.
        const QString data = m_dir.filePath(QStringLiteral("nothing/here"));
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info")}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("There is no data file in")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("posyandu-cli setup")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nothing"))));
        const Run practice = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--demo"), QStringLiteral("info")}, data);
        QCOMPARE(practice.exitCode, 1);
        QVERIFY2(practice.err.contains(QLatin1String("no practice village")), qPrintable(practice.err));
        QCOMPARE(run({QStringLiteral("info"), QStringLiteral("extra")}, data).exitCode, 2);
        QCOMPARE(run({QStringLiteral("info"), QStringLiteral("--verbose")}, data).exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nothing"))));
    }

    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")}, m_dir.filePath(QStringLiteral("help")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("setup --posyandu CODE --name NAME --village CODE")));
        QVERIFY(r.out.contains(QLatin1String("[--demo] info")));
    }

    // A deployment from the command line alone: setup, import, report.
    void setupImportReport()
    {
        const QString data = m_dir.filePath(QStringLiteral("deployed"));
        QCOMPARE(run(setupArgs(QStringLiteral("PSY-07"), QStringLiteral("Posyandu Kenanga"), QStringLiteral("3578010007")), data).exitCode, 0);
        const QString households = file(QStringLiteral("kk.csv"), "ref,head_name,rt,rw\nR1,Budi,1,2\nR2,Wayan,3,4\n");
        Run r = run({QStringLiteral("import"), QStringLiteral("households"), households}, data);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QLatin1String("2 baris diimpor")), qPrintable(r.err));
        const QString members = file(QStringLiteral("members.csv"),
                                     "household_ref,name,sex,birth_date,relationship\n"
                                     "R1,Budi,L,1990-05-12,kepala keluarga\n"
                                     "R1,Siti,P,1992-11-01,istri\n"
                                     "R2,Wayan,L,1985-02-03,kepala keluarga\n");
        r = run({QStringLiteral("import"), QStringLiteral("members"), members}, data);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QLatin1String("3 baris diimpor")), qPrintable(r.err));

        const QMap<QString, QString> values = info(data);
        QCOMPARE(values.value(QStringLiteral("posyandu-code")), QStringLiteral("PSY-07"));
        QCOMPARE(values.value(QStringLiteral("households")), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("members")), QStringLiteral("3"));
        QCOMPARE(values.value(QStringLiteral("waiting")), QStringLiteral("6")); // the Posyandu, 2 households, 3 members

        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        r = run({QStringLiteral("report"), QStringLiteral("--month"), month, QStringLiteral("--posyandu"), QStringLiteral("PSY-07"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csv},
                data);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.isEmpty(), "the report's heading on stderr");
        const QByteArray report = bytes(csv);
        QVERIFY2(report.contains("Posyandu Kenanga") || report.contains("PSY-07"), report.left(400).constData());
    }
};

QTEST_GUILESS_MAIN(TestSetupCli)
#include "tst_setupcli.moc"

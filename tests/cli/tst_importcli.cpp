// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-cli import as a user runs it: a real process on a real data
// folder; a file with bad rows imports nothing until --skip-bad-rows.
#include "database.h"
#include "posyandurepository.h"
#include "sql.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;

class TestImportCli : public QObject
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

    Run run(const QStringList &args, const QString &dataDir)
    {
        QProcess p;
        p.start(QStringLiteral(POSYANDU_CLI), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    int count(const QString &dataDir, const QString &sql)
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

private Q_SLOTS:
    void importsOnlyWhatTheUserAllows()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        {
            auto db = Storage::Database::open(Storage::Database::defaultFilePath(data));
            QVERIFY(db.ok());
            QVERIFY(Storage::PosyanduRepository(*db.value())
                        .save({QString(), QStringLiteral("PSY-01"), QStringLiteral("Melati"), QStringLiteral("3578010001")})
                        .ok());
        }
        const QString households = file(QStringLiteral("kk.csv"), "ref,head_name,rt,rw\nR1,Budi,1,2\nR2,Wayan,3,4\n");
        Run r = run({QStringLiteral("import"), QStringLiteral("households"), households}, data);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QLatin1String("2 baris diimpor")), qPrintable(r.err));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM household")), 2);

        const QString members = file(QStringLiteral("members.csv"),
                                     "household_ref,name,sex,birth_date,relationship\n"
                                     "R1,Budi,L,1990-05-12,kepala keluarga\n"
                                     "R1,Siti,P,1992-13-01,istri\n"
                                     "R7,Ahmad,L,2025-01-01,anak\n");
        // Checking alone writes nothing and lists the bad rows with their line.
        r = run({QStringLiteral("import"), QStringLiteral("members"), members, QStringLiteral("--dry-run")}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("baris 3: Tanggal lahir \"1992-13-01\"")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("baris 4: ")));
        // Without --skip-bad-rows: refused, nothing written.
        r = run({QStringLiteral("import"), QStringLiteral("members"), members}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("tidak ada yang diimpor")), qPrintable(r.err));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM member")), 0);
        // With it: the good row, and the others reported.
        r = run({QStringLiteral("import"), QStringLiteral("members"), members, QStringLiteral("--skip-bad-rows")}, data);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QLatin1String("1 baris diimpor; 2 baris salah dilewati")), qPrintable(r.err));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM member")), 1);
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'member'")), 1);
        // The households file again: already there, nobody twice.
        r = run({QStringLiteral("import"), QStringLiteral("households"), households}, data);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM household")), 2);
    }

    void badCommandLines()
    {
        const QString data = m_dir.filePath(QStringLiteral("empty"));
        const QString households = file(QStringLiteral("h.csv"), "head_name,rt,rw\nBudi,1,2\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("cows"), households}, data).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("households")}, data).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("households"), households, QStringLiteral("--force")}, data).exitCode, 2);
        const Run noPosyandu = run({QStringLiteral("import"), QStringLiteral("households"), households}, data);
        QCOMPARE(noPosyandu.exitCode, 1);
        QVERIFY(noPosyandu.err.contains(QLatin1String("Posyandu")));
        const Run missing = run({QStringLiteral("import"), QStringLiteral("households"), m_dir.filePath(QStringLiteral("nope.csv"))}, data);
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 1); // one line
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"

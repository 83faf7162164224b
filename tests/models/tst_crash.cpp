// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments: every save reported as committed is there after
// restart, with its outbox entry, and the file passes integrity_check.
#include "database.h"
#include "sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Posyandu::Storage;

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigkillNeverLosesCommittedRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QSet<QString> committed;
        QRandomGenerator rng(20261123);
        const int kills = 60;
        int killedWhileWriting = 0;
        for (int round = 0; round < kills; ++round) {
            QProcess child;
            child.start(QStringLiteral(POSYANDU_CRASHWRITER), {path});
            QVERIFY(child.waitForStarted());
            // Random moment: sometimes during open/migration, mostly mid-writes.
            QTest::qWait(int(rng.bounded(5, 120)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines)
                if (line.size() == 36) // a full id line; a torn last line was never reported whole
                    committed.insert(QString::fromLatin1(line));
            killedWhileWriting += lines.size() > 2;
            QVERIFY2(child.readAllStandardError().isEmpty(), "writer reported an error");
        }
        QVERIFY2(killedWhileWriting > kills / 2, "the writer was rarely killed mid-write; the test proves too little");
        QVERIFY(committed.size() > 100);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        auto check = Sql::run(db.value()->sql(), QStringLiteral("PRAGMA integrity_check"));
        QSqlQuery q = std::move(check).value();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();

        QSet<QString> present;
        auto rows = Sql::run(db.value()->sql(), QStringLiteral("SELECT id FROM household"));
        QSqlQuery r = std::move(rows).value();
        while (r.next())
            present.insert(r.value(0).toString());
        for (const QString &id : std::as_const(committed))
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("lost committed household ") + id));
        // Every household present (committed or committed-but-not-yet-printed) has exactly one outbox entry.
        auto outbox =
            Sql::run(db.value()->sql(),
                     QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM outbox o WHERE o.entity_id = h.id) <> 1"));
        QSqlQuery o = std::move(outbox).value();
        QVERIFY(o.next());
        QCOMPARE(o.value(0).toInt(), 0);
        qInfo("%d kills, %lld committed households verified, %lld present", kills, qint64(committed.size()), qint64(present.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

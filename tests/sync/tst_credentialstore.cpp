// SPDX-License-Identifier: GPL-3.0-or-later
// The device token in a real Secret Service (gnome-keyring on a private
// D-Bus, started by tests/with_keyring.sh): write, read back, overwrite,
// remove, and the errors in words. Nothing lands in files.
#include "credentialstore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Posyandu::Sync::CredentialStore;

class TestCredentialStore : public QObject
{
    Q_OBJECT

    struct Answer {
        bool ok = false;
        QString secret;
        QString error;
    };

    Answer wait(CredentialStore &store, int id)
    {
        QSignalSpy spy(&store, &CredentialStore::finished);
        Answer a;
        for (int i = 0; i < 100 && a.error.isEmpty() && !a.ok; ++i) {
            if (spy.isEmpty() && !spy.wait(200))
                continue;
            for (const auto &args : std::as_const(spy)) {
                if (args.at(0).toInt() == id) {
                    a = {args.at(1).toBool(), args.at(2).toString(), args.at(3).toString()};
                    return a;
                }
            }
            spy.clear();
        }
        qWarning("no answer for request %d", id);
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with_keyring.sh"); }

    void roundTrip()
    {
        CredentialStore store(QStringLiteral("posyandu-test"));
        const QString token = QStringLiteral("tok_%1").arg(QDateTime::currentMSecsSinceEpoch());
        Answer w = wait(store, store.write(QStringLiteral("device-token"), token));
        QVERIFY2(w.ok, qPrintable(w.error));
        Answer r = wait(store, store.read(QStringLiteral("device-token")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, token);

        QVERIFY(wait(store, store.write(QStringLiteral("device-token"), QStringLiteral("rotated"))).ok);
        QCOMPARE(wait(store, store.read(QStringLiteral("device-token"))).secret, QStringLiteral("rotated"));

        // The token is not in any file under the data, config or cache folders.
        for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::ConfigLocation, QStandardPaths::CacheLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 10'000'000 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("rotated"), qPrintable(f.fileName()));
            }
        }

        QVERIFY(wait(store, store.remove(QStringLiteral("device-token"))).ok);
        Answer gone = wait(store, store.read(QStringLiteral("device-token")));
        QVERIFY(!gone.ok);
        QVERIFY(gone.secret.isEmpty());
        QVERIFY(!gone.error.isEmpty());
        // Removing twice is fine: the wanted state holds.
        QVERIFY(wait(store, store.remove(QStringLiteral("device-token"))).ok);
    }

    void servicesAreSeparate()
    {
        CredentialStore real(QStringLiteral("posyandu-test-real"));
        CredentialStore demo(QStringLiteral("posyandu-test-demo"));
        QVERIFY(wait(real, real.write(QStringLiteral("device-token"), QStringLiteral("real"))).ok);
        QVERIFY(!wait(demo, demo.read(QStringLiteral("device-token"))).ok);
        QVERIFY(wait(real, real.remove(QStringLiteral("device-token"))).ok);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

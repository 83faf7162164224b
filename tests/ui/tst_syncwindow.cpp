// SPDX-License-Identifier: GPL-3.0-or-later
// Sync as the cadre sees it, in Indonesian, in the real main window against
// the real server (a child process on 127.0.0.1) with the token in a real
// Secret Service: not connected yet, connecting with a wrong and then the
// right password, a save that syncs, the server gone (the reason in words,
// the changes waiting), back again, the list of refused changes, and a
// supervisor deciding a conflict two laptops made.
#include "conflictsdialog.h"
#include "database.h"
#include "deviceenrolment.h"
#include "enroldialog.h"
#include "householdrepository.h"
#include "language.h"
#include "mainwindow.h"
#include "refusedchangesdialog.h"
#include "screenshot.h"
#include "serverprocess.h"
#include "sql.h"
#include "syncfixtures.h"
#include "syncmenu.h"
#include "syncscheduler.h"
#include "tempstore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Posyandu;

class TestSyncWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("id"))); }

    void cadreConnectsSyncsAndSeesWhatIsWrong()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kader"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), "rahasia-123"));
        QVERIFY(server.addUser(QStringLiteral("lain"), QStringLiteral("cadre"), QStringLiteral("PSY-009"), "rahasia-123"));
        QVERIFY2(server.start(), qPrintable(server.error()));
        Test::TempStore store;
        QVERIFY(store.ok());
        Ui::MainWindow window(store.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        auto *menu = window.findChild<Ui::SyncMenu *>(QStringLiteral("syncMenu"));
        QVERIFY(status && menu);
        QVERIFY2(status->text().contains(QStringLiteral("Belum terhubung ke server")), qPrintable(status->text()));
        QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("syncButton"))->isVisible());

        // Connecting: a wrong password is said in the dialog, which stays open for another try.
        Ui::EnrolDialog dialog(store.path(), &window);
        dialog.show();
        dialog.fill(QStringLiteral("192.168.1.10:8080"), QStringLiteral("kader"), QStringLiteral("rahasia-123"));
        dialog.submit();
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("enrolMessage"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("tidak benar")), qPrintable(message->text()));
        dialog.fill(server.url(), QStringLiteral("kader"), QStringLiteral("salah-sekali"));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("kata sandi salah")), 20000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty()); // never kept, not even in the field
        dialog.fill(server.url(), QStringLiteral("lain"), QStringLiteral("rahasia-123"));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("PSY-009")), 20000); // another Posyandu's cadre
        Test::shoot(&dialog, "sync-enrol-refused");
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.fill(server.url(), QStringLiteral("kader"), QStringLiteral("rahasia-123"));
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);

        // A household registered, then synced: the line says when.
        Sync::SyncScheduler &scheduler = menu->scheduler();
        scheduler.refreshStatus();
        QVERIFY(!Test::addHousehold(store.db(), store.posyanduId(), QStringLiteral("Budi Santoso")).isEmpty());
        scheduler.noteLocalChange();
        QVERIFY2(status->text().contains(QStringLiteral("menunggu")), qPrintable(status->text()));
        QSignalSpy finished(&scheduler, &Sync::SyncScheduler::finished);
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(scheduler.lastReport().message));
        QVERIFY2(status->text().startsWith(QStringLiteral("Tersinkron pukul")), qPrintable(status->text()));
        // The Posyandu (the registered record, one with the laptop's) and the household; PSY-009's registered record.
        QCOMPARE(Test::serverScalar(server, QStringLiteral("SELECT count(*) FROM record")), QStringLiteral("3"));
        Test::shoot(&window, "sync-synced");

        // The server goes away: the reason in words, and what is waiting.
        server.kill();
        QVERIFY(!Test::addHousehold(store.db(), store.posyanduId(), QStringLiteral("Siti Aminah")).isEmpty());
        scheduler.noteLocalChange();
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY2(status->text().startsWith(QStringLiteral("1 perubahan menunggu — sinkronisasi gagal"))
                     && status->text().contains(QStringLiteral("tidak dapat dihubungi")),
                 qPrintable(status->text()));
        Test::shoot(&window, "sync-failed");

        // Back: the waiting change goes; the refused list is empty and says so.
        QVERIFY(server.start());
        QVERIFY(store.db().setMeta(QStringLiteral("sync_server"), server.url()));
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(scheduler.lastReport().message));
        QVERIFY2(status->text().startsWith(QStringLiteral("Tersinkron pukul")), qPrintable(status->text()));
        Ui::RefusedChangesDialog refused(store.db(), &window);
        QCOMPARE(refused.rowCount(), 0);
    }

    void freshLaptopJoinsItsPosyanduFromTheServer()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), "rahasia-123"));
        QVERIFY(server.addUser(QStringLiteral("kaderB"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), "rahasia-123"));
        QVERIFY2(server.start(), qPrintable(server.error()));
        Test::TempStore first;
        QVERIFY(Sync::DeviceEnrolment::enrol(first.db(), server.url(), QStringLiteral("kaderA"), "rahasia-123", {}));
        QVERIFY(!Test::addHousehold(first.db(), first.posyanduId(), QStringLiteral("Budi Santoso")).isEmpty());
        QVERIFY(Test::syncNow(first.db()).ok);

        // A new laptop: no Posyandu set up, the welcome page. It connects instead and syncs.
        QTemporaryDir dir;
        auto fresh = Storage::Database::open(dir.filePath(QStringLiteral("posyandu.sqlite")));
        QVERIFY(fresh);
        Ui::MainWindow window(*fresh.value());
        window.show();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(pages->currentIndex(), 0);
        Ui::EnrolDialog dialog(fresh.value()->filePath(), &window);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.fill(server.url(), QStringLiteral("kaderB"), QStringLiteral("rahasia-123"));
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        auto &scheduler = window.findChild<Ui::SyncMenu *>(QStringLiteral("syncMenu"))->scheduler();
        QSignalSpy finished(&scheduler, &Sync::SyncScheduler::finished);
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(scheduler.lastReport().message));
        // The register of its Posyandu is there, under the Posyandu's name.
        QTRY_COMPARE(pages->currentIndex(), 1);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Posyandu Melati")), qPrintable(window.windowTitle()));
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("householdTableView"))->model()->rowCount(), 1);
    }

    void supervisorReviewsAConflict()
    {
        Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
        QVERIFY(server.addUser(QStringLiteral("kaderA"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), "rahasia-123"));
        QVERIFY(server.addUser(QStringLiteral("kaderB"), QStringLiteral("cadre"), QStringLiteral("PSY-001"), "rahasia-123"));
        QVERIFY(server.addUser(QStringLiteral("pendamping"), QStringLiteral("supervisor"), QStringLiteral("3578010001"), "rahasia-123"));
        QVERIFY2(server.start(), qPrintable(server.error()));
        // Two laptops change one head of household at the same time.
        Test::TempStore a;
        QTemporaryDir dir;
        auto b = Storage::Database::open(dir.filePath(QStringLiteral("b/posyandu.sqlite")));
        auto review = Storage::Database::open(dir.filePath(QStringLiteral("review/posyandu.sqlite")));
        QVERIFY(b && review);
        for (auto [db, user] : {std::pair{&a.db(), "kaderA"}, std::pair{b.value().get(), "kaderB"}, std::pair{review.value().get(), "pendamping"}}) {
            auto enrolled = Sync::DeviceEnrolment::enrol(*db, server.url(), QString::fromLatin1(user), "rahasia-123", {});
            QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().message));
        }
        const QString household = Test::addHousehold(a.db(), a.posyanduId(), QStringLiteral("Budi"));
        QVERIFY(Test::syncNow(a.db()).ok && Test::syncNow(*b.value()).ok);
        QVERIFY(Test::edit(a.db(), QStringLiteral("household"), household, {{QStringLiteral("head_name"), QStringLiteral("Budi Santoso")}}));
        // Later by more than both clocks' offset errors (docs/sync-protocol.md, "Merge rule"): B's edit is the later one.
        QTest::qWait(Test::scalar(a.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_clock_error_ms'")).toInt()
                     + Test::scalar(*b.value(), QStringLiteral("SELECT value FROM meta WHERE key = 'sync_clock_error_ms'")).toInt() + 5);
        QVERIFY(Test::edit(*b.value(), QStringLiteral("household"), household, {{QStringLiteral("head_name"), QStringLiteral("Budiman")}}));
        QVERIFY(Test::syncNow(a.db()).ok && Test::syncNow(*b.value()).ok);

        // The supervisor sees both values and chooses the other one.
        Ui::ConflictsDialog dialog(review.value()->filePath());
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.rowCount(), 1, 20000);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("PSY-001"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Budiman"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Budi Santoso"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("conflictsMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("dua laptop")), qPrintable(message->text()));
        Test::shoot(&dialog, "sync-conflicts");
        QSignalSpy decided(&dialog, &Ui::ConflictsDialog::decided);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier); // use the other value
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.rowCount(), 0, 20000);
        QTRY_VERIFY2(message->text().contains(QStringLiteral("Tidak ada yang perlu ditinjau")), qPrintable(message->text()));
        // Both laptops get the decision with their next sync.
        QVERIFY(Test::syncNow(a.db()).ok && Test::syncNow(*b.value()).ok);
        for (Storage::Database *db : {&a.db(), b.value().get()})
            QCOMPARE(Test::scalar(*db, QStringLiteral("SELECT head_name FROM household WHERE id = ?"), {household}), QStringLiteral("Budi Santoso"));

        // The supervisor's own window says what this laptop is for, and offers no entry of service data.
        QVERIFY(Test::syncNow(*review.value()).ok);
        Ui::MainWindow supervisorWindow(*review.value());
        supervisorWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&supervisorWindow));
        auto *banner = supervisorWindow.findChild<QLabel *>(QStringLiteral("reviewerBannerLabel"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("PENDAMPING")), qPrintable(banner->text()));
        for (const char *name : {"registerHouseholdAction", "addMemberAction", "openSessionAction", "importAction"})
            QVERIFY2(!supervisorWindow.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(supervisorWindow.findChild<QAction *>(QStringLiteral("openReportsAction"))->isEnabled());
        Test::shoot(&supervisorWindow, "sync-supervisor-window");
        QCOMPARE(Test::scalar(*review.value(), QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven by keyboard as a new cadre would: first-run setup,
// registering a household with a bad KK first, then searching; editing and
// moving members, the register's columns, the member dialog's messages, the
// window on a laptop screen, Qt's own words, the language and practice mode.
// The household dialog (a household with its head, then its members) is
// tst_householddialog.cpp; the shared helpers are mainwindowfixture.h.
#include "database.h"
#include "demogenerator.h"
#include "dialogs.h"
#include "fitcheck.h"
#include "household.h"
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "language.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "member.h"
#include "memberdialog.h"
#include "memberlistmodel.h"
#include "memberrepository.h"
#include "posyandurepository.h"
#include "screenshot.h"
#include "sql.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("id"))); }

    void firstRunToFirstHouseholdByKeyboard()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db.ok());
        Ui::MainWindow window(*db.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Empty state, step 1, in Indonesian.
        auto *pages = find<QStackedWidget>(&window, "pagesStackedWidget");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStateWidget"));
        QCOMPARE(find<QLabel>(&window, "emptyTitleLabel")->text(), QStringLiteral("Selamat datang di Posyandu 6 SPM"));
        QVERIFY(find<QLabel>(&window, "emptyTextLabel")->text().startsWith(QLatin1String("Langkah 1 dari 2")));

        // A wrong village code is refused at the field, in Indonesian.
        typeInto(find<QLineEdit>(&window, "posyanduNameLineEdit"), QStringLiteral("Posyandu Melati 1"));
        typeInto(find<QLineEdit>(&window, "posyanduCodeLineEdit"), QStringLiteral("PSY-07"));
        auto *village = find<QLineEdit>(&window, "villageCodeLineEdit");
        typeInto(village, QStringLiteral("35780"));
        QTest::keyClick(village, Qt::Key_Return);
        auto *villageError = window.findChild<QLabel *>(QStringLiteral("village_codeErrorLabel"));
        QVERIFY(villageError && villageError->isVisible());
        QVERIFY(villageError->text().startsWith(QLatin1String("Kode desa harus 10 angka")));
        typeInto(village, QStringLiteral("3578010001"));
        QTest::keyClick(village, Qt::Key_Return);
        QTRY_VERIFY(find<QLabel>(&window, "emptyTextLabel")->text().startsWith(QLatin1String("Langkah 2 dari 2")));
        QVERIFY(window.windowTitle().contains(QLatin1String("Posyandu Melati 1")));

        // Ctrl+N opens the household dialog; a 15-digit KK is refused, then fixed. The head is registered in
        // the same dialog: a short NIK is refused at the field; a NIK whose date disagrees is a remark that a
        // second Enter overrides.
        bool dialogChecked = false;
        bool leadOnSeen = false;
        onNextModal(this, [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("householdDialog"));
            typeInto(find<QLineEdit>(dialog, "headnameLineEdit"), QStringLiteral("Budi Santoso"));
            auto *nik = find<QLineEdit>(dialog, "nikLineEdit");
            typeInto(nik, QStringLiteral("357801120590001"));
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            sex->setFocus();
            QTest::keyClick(sex, Qt::Key_Down); // keyboard: first choice is L
            typeInto(find<QLineEdit>(dialog, "birthdateLineEdit"), QStringLiteral("12-05-1990"));
            auto *kk = find<QLineEdit>(dialog, "kknumberLineEdit");
            typeInto(kk, QStringLiteral("357801150315000"));
            typeInto(find<QLineEdit>(dialog, "rtLineEdit"), QStringLiteral("3"));
            typeInto(find<QLineEdit>(dialog, "rwLineEdit"), QStringLiteral("1"));
            typeInto(find<QLineEdit>(dialog, "dusunLineEdit"), QStringLiteral("Krajan"));
            QCOMPARE(find<QLineEdit>(dialog, "villagecodeLineEdit")->text(), QStringLiteral("3578010001")); // prefilled
            QTest::keyClick(dialog, Qt::Key_Return);
            auto *kkError = dialog->findChild<QLabel *>(QStringLiteral("kk_numberErrorLabel"));
            QVERIFY(kkError && kkError->isVisible());
            QCOMPARE(kkError->text(), QStringLiteral("Nomor Kartu Keluarga (No. KK) harus tepat 16 angka (yang ini 15 angka)."));
            auto *nikError = dialog->findChild<QLabel *>(QStringLiteral("nikErrorLabel"));
            QVERIFY(nikError && nikError->isVisible());
            QCOMPARE(nikError->text(), QStringLiteral("NIK harus tepat 16 angka (yang ini 15 angka)."));
            QVERIFY(dialog->isVisible()); // nothing saved, still open
            typeInto(kk, QStringLiteral("3578011503150002"));
            typeInto(nik, QStringLiteral("3578011305900001")); // says 13 May
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QVERIFY(nikError->text().startsWith(QLatin1String("Tanggal lahir di NIK (13-05-90)")));
            QVERIFY(!find<QLabel>(dialog, "summaryLabel")->text().isEmpty());
            // Saved: the page leads on to the household's other members; this one lives alone, Esc ends it.
            onModal(&window, "memberDialog", [&](QWidget *next) {
                leadOnSeen = true;
                QTest::keyClick(next, Qt::Key_Escape);
            });
            QTest::keyClick(dialog, Qt::Key_Return); // save anyway
            dialogChecked = true;
        });
        // Enter on the empty state's button opens it, as Ctrl+N does (a button in a window did nothing on Enter).
        auto *first = find<QPushButton>(&window, "firstHouseholdButton");
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Return);
        QVERIFY(dialogChecked);
        QVERIFY(leadOnSeen);

        auto *table = find<QTableView>(&window, "householdTableView");
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("registerSplitter"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Budi Santoso"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("003/001"));
        QCOMPARE(table->model()->index(0, 4).data().toInt(), 1); // the head is its first member
        QCOMPARE(find<QLabel>(&window, "statusLabel")->text(), QStringLiteral("1 rumah tangga terdaftar"));

        // Ctrl+F, type: the list filters as you type. (A window manager gives
        // focus back to the main window after the dialog; offscreen has none.)
        QVERIFY(activate(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *search = find<QLineEdit>(&window, "searchLineEdit");
        QTRY_COMPARE(window.focusWidget(), static_cast<QWidget *>(search));
        QTest::keyClicks(search, QStringLiteral("sumber"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("registerSplitter")); // a search with no hits is not the empty state
        search->clear();
        QTest::keyClicks(search, QStringLiteral("krajan 003"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        auto *members = find<QTableView>(&window, "memberTableView");
        QTRY_COMPARE(members->model()->rowCount(), 1);
        QCOMPARE(members->model()->index(0, 0).data().toString(), QStringLiteral("Budi Santoso"));

        // The same person again: a likely duplicate is shown before saving; Esc leaves it unsaved.
        bool duplicateChecked = false;
        QVERIFY(activate(&window)); // before arming the timer: waiting runs the event loop
        onNextModal(this, [&](QWidget *dialog) {
            typeInto(find<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("budi santoso"));
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            sex->setFocus();
            QTest::keyClick(sex, Qt::Key_Down);
            typeInto(find<QLineEdit>(dialog, "birthdateLineEdit"), QStringLiteral("12/5/1990"));
            auto *relationship = find<QComboBox>(dialog, "relationshipComboBox");
            relationship->setFocus();
            QTest::keyClick(relationship, Qt::Key_Down);
            QTest::keyClick(dialog, Qt::Key_Return);
            auto *nameRemark = dialog->findChild<QLabel *>(QStringLiteral("nameErrorLabel"));
            QVERIFY(nameRemark && nameRemark->isVisible());
            QVERIFY2(nameRemark->text().startsWith(QLatin1String("Mungkin sudah terdaftar: Budi Santoso")), qPrintable(nameRemark->text()));
            // Esc on a form with typed input asks first; "back to the form" keeps it open.
            const int asked = Ui::Dialogs::answeredBySeam();
            Ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QCOMPARE(Ui::Dialogs::answeredBySeam(), asked + 1);
            QVERIFY(dialog->isVisible());
            Ui::Dialogs::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QCOMPARE(Ui::Dialogs::answeredBySeam(), asked + 2);
            duplicateChecked = true;
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(duplicateChecked);
        QCOMPARE(members->model()->rowCount(), 1);

        // Enter on the member edits it; "died" needs a date; never a delete.
        bool diedChecked = false;
        QVERIFY(activate(&window));
        onNextModal(this, [&](QWidget *dialog) {
            QCOMPARE(find<QLineEdit>(dialog, "nameLineEdit")->text(), QStringLiteral("Budi Santoso"));
            auto *status = find<QComboBox>(dialog, "statusComboBox");
            status->setCurrentIndex(status->findData(QStringLiteral("died")));
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status_dateErrorLabel"))->isVisible());
            typeInto(find<QLineEdit>(dialog, "statusdateLineEdit"), QStringLiteral("01-11-2026"));
            QTest::keyClick(dialog, Qt::Key_Return); // the NIK warning again: confirm
            QTest::keyClick(dialog, Qt::Key_Return);
            diedChecked = true;
        });
        members->setFocus();
        members->setCurrentIndex(members->model()->index(0, 0));
        QTest::keyClick(members, Qt::Key_Return);
        QVERIFY(diedChecked);
        QTRY_COMPARE(members->model()->index(0, 6).data().toString(), QStringLiteral("Meninggal"));
        QCOMPARE(table->model()->index(0, 4).data().toInt(), 0); // members column counts the living
    }

    void moveMemberByKeyboard()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db.ok());
        auto posyandu =
            Storage::PosyanduRepository(*db.value()).save({QString(), QStringLiteral("P1"), QStringLiteral("Melati"), QStringLiteral("3578010001")});
        QVERIFY(posyandu.ok());
        Storage::HouseholdRepository households(*db.value());
        QString ids[2];
        const char *heads[2] = {"Agus Salim", "Wayan Sudarta"};
        for (int i = 0; i < 2; ++i) {
            Household h;
            h.posyanduId = posyandu.value().id;
            h.headName = QLatin1String(heads[i]);
            h.rt = QStringLiteral("1");
            h.rw = QStringLiteral("1");
            h.villageCode = QStringLiteral("3578010001");
            ids[i] = households.save(h).value().id;
        }
        Member m;
        m.householdId = ids[0];
        m.name = QStringLiteral("Dewi Lestari");
        m.sex = QStringLiteral("P");
        m.birthDate = QDate(2001, 2, 3);
        m.relationship = QStringLiteral("anak");
        QVERIFY(Storage::MemberRepository(*db.value()).save(m).ok());

        Ui::MainWindow window(*db.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *members = find<QTableView>(&window, "memberTableView");
        QCOMPARE(members->model()->rowCount(), 1); // Agus Salim sorts first and is selected
        members->setFocus();
        members->setCurrentIndex(members->model()->index(0, 0));
        QVERIFY(activate(&window));
        bool moved = false;
        onNextModal(this, [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("moveMemberDialog"));
            auto *targets = find<QTableView>(dialog, "moveTargetTableView");
            QVERIFY(targets->isRowHidden(0));        // her own household is not offered
            QTest::keyClick(dialog, Qt::Key_Return); // no relationship yet: refused at the field
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("relationshipErrorLabel"))->isVisible());
            QTest::keyClicks(find<QLineEdit>(dialog, "moveSearchLineEdit"), QStringLiteral("wayan"));
            auto *relationship = find<QComboBox>(dialog, "moveRelationshipComboBox");
            relationship->setCurrentIndex(relationship->findData(QStringLiteral("istri")));
            QTest::keyClick(dialog, Qt::Key_Return);
            moved = true;
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(moved);
        auto *table = find<QTableView>(&window, "householdTableView");
        QTRY_COMPARE(table->currentIndex().data().toString(), QStringLiteral("Wayan Sudarta"));
        QCOMPARE(members->model()->rowCount(), 1);
        QCOMPARE(members->model()->index(0, 5).data().toString(), QStringLiteral("Istri"));

        // Ctrl+Z takes the move back: she is in her first household again, as a new change for sync.
        QVERIFY(activate(&window));
        Ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Agus Salim")); // the list starts again at the top
        QCOMPARE(members->model()->index(0, 0).data().toString(), QStringLiteral("Dewi Lestari"));
        auto home = Storage::Sql::run(db.value()->sql(), QStringLiteral("SELECT household_id, relationship FROM member WHERE name = 'Dewi Lestari'"));
        QVERIFY(home.ok());
        QSqlQuery row = std::move(home).value();
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), ids[0]);
        QCOMPARE(row.value(1).toString(), QStringLiteral("anak"));
        QVERIFY(find<QLabel>(&window, "statusLabel")->text().startsWith(QLatin1String("Dibatalkan")));
    }

    // The register at 1280×720: KK and NIK whole, dates as DD-MM-YYYY, members in family-card order (head, wife,
    // children), whatever order they were typed in.
    void registerShowsNumbersWholeInFamilyCardOrder()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        auto posyandu = Storage::PosyanduRepository(*db.value())
                            .save({QString(), QStringLiteral("PSY-01"), QStringLiteral("Posyandu Melati"), QStringLiteral("3578010001")});
        QVERIFY(posyandu);
        Household h;
        h.posyanduId = posyandu.value().id;
        h.headName = QStringLiteral("Budi Santoso");
        h.kkNumber = QStringLiteral("3578010101900001");
        h.rt = QStringLiteral("1");
        h.rw = QStringLiteral("2");
        h.villageCode = QStringLiteral("3578010001");
        auto household = Storage::HouseholdRepository(*db.value()).save(h);
        QVERIFY2(household, qPrintable(household ? QString() : household.error().message));
        Storage::MemberRepository members(*db.value());
        auto add = [&](const QString &name, const char *sex, const QDate &birth, const char *relationship, const QString &nik = {}) {
            Member m;
            m.householdId = household.value().id;
            m.name = name;
            m.sex = QLatin1String(sex);
            m.birthDate = birth;
            m.relationship = QLatin1String(relationship);
            m.nik = nik;
            QVERIFY2(members.save(m), qPrintable(name));
        };
        add(QStringLiteral("Ahmad"), "L", QDate(2024, 3, 12), "anak");
        add(QStringLiteral("Siti Aminah"), "P", QDate(1990, 7, 1), "istri");
        add(QStringLiteral("Budi Santoso"), "L", QDate(1985, 3, 12), "kepala_keluarga", QStringLiteral("3578011203850001"));
        Ui::MainWindow window(*db.value());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *households = window.findChild<QTableView *>(QStringLiteral("householdTableView"));
        auto *people = window.findChild<QTableView *>(QStringLiteral("memberTableView"));
        QTRY_COMPARE(people->model()->rowCount(), 3);
        QStringList order;
        for (int row = 0; row < 3; ++row)
            order << people->model()->index(row, MemberListModel::Name).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Budi Santoso"), QStringLiteral("Siti Aminah"), QStringLiteral("Ahmad")}));
        QCOMPARE(people->model()->index(0, MemberListModel::BirthDate).data().toString(), QStringLiteral("12-03-1985"));
        auto fits = [](QTableView *view, int column, const QString &text) {
            return view->horizontalHeader()->sectionSize(column) >= view->fontMetrics().horizontalAdvance(text) + 6;
        };
        QVERIFY(fits(households, HouseholdListModel::KkNumber, QStringLiteral("3578010101900001")));
        QVERIFY(fits(people, MemberListModel::Nik, QStringLiteral("3578011203850001")));
        QVERIFY(fits(people, MemberListModel::BirthDate, QStringLiteral("12-03-1985")));
        Test::shoot(&window, "register-1280");
    }

    // Every message of the member dialog is read whole, in both languages (an NIK warning was cut mid-sentence, and
    // in English every message was clipped).
    void memberDialogMessagesAreReadWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void memberDialogMessagesAreReadWhole()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        auto restore = qScopeGuard([] { installTranslations(QStringLiteral("id")); });
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        auto posyandu = Storage::PosyanduRepository(*db.value())
                            .save({QString(), QStringLiteral("PSY-01"), QStringLiteral("Posyandu Melati"), QStringLiteral("3578010001")});
        QVERIFY(posyandu);
        Household h;
        h.posyanduId = posyandu.value().id;
        h.headName = QStringLiteral("Budi");
        h.rt = QStringLiteral("1");
        h.rw = QStringLiteral("2");
        h.villageCode = QStringLiteral("3578010001");
        auto household = Storage::HouseholdRepository(*db.value()).save(h);
        QVERIFY(household);
        Storage::MemberRepository members(*db.value());
        Member m;
        m.householdId = household.value().id;
        Ui::MemberDialog dialog(members, m);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), QStringLiteral("Siti Aminah"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("nikLineEdit")), QStringLiteral("3578019902850003")); // day 99: no date
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("birthdateLineEdit")), QStringLiteral("31-02-1985"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("birthdateLineEdit")), Qt::Key_Return);
        auto *birthError = dialog.findChild<QLabel *>(QStringLiteral("birth_dateErrorLabel"));
        QTRY_VERIFY(birthError->isVisible());
        QVERIFY2(birthError->text().contains(QLatin1String("1985")), qPrintable(birthError->text())); // says why, not only the format
        QVERIFY2(!birthError->text().contains(QLatin1Char('\n')), qPrintable(birthError->text()));    // and says it once
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("nikErrorLabel"))->isVisible());
        const QStringList clipped = Test::clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        Test::shoot(&dialog, qPrintable(QStringLiteral("member-messages-") + language));
        // Corrected, the date's message goes at once, not at the next save.
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("birthdateLineEdit")), QStringLiteral("12-03-1985"));
        QVERIFY(!birthError->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("nikErrorLabel"))->isVisible()); // the other fields' stay
    }

    // On a laptop panel (up to 1366×768; the test screen is smaller) the window opens maximised, so the status bar
    // with the sync state is on the screen; the real window was seen at 1280×720 and 1366×768 under openbox.
    void windowFitsALaptopScreen()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        Ui::MainWindow window(*db.value());
        window.showFitted();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isMaximized());
        const QRect free = window.screen()->availableGeometry();
        QTRY_VERIFY2(free.contains(window.statusBar()->mapToGlobal(window.statusBar()->rect().bottomRight())),
                     qPrintable(QStringLiteral("%1x%2").arg(free.width()).arg(free.height())));
    }

    // Qt's own buttons and menus speak the interface's language (translations/qt_id.ts).
    void qtOwnWordsInIndonesian()
    {
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Discard);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Batal"));
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Simpan"));
        QCOMPARE(box.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Buang"));
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList words;
        for (const QAction *action : menu->actions())
            words << action->text().section(QLatin1Char('\t'), 0, 0); // "&Batalkan\tCtrl+Z"
        QVERIFY2(words.contains(QStringLiteral("&Batalkan")) && words.contains(QStringLiteral("T&empel")), qPrintable(words.join(QLatin1Char('|'))));
        // And back in English when English is chosen.
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Close).button(QDialogButtonBox::Close)->text(), QStringLiteral("Close"));
        QVERIFY(installTranslations(QStringLiteral("id")));
    }

    void englishWhenAsked()
    {
        QVERIFY(installTranslations(QStringLiteral("en")));
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db.ok());
        Ui::MainWindow window(*db.value());
        QCOMPARE(find<QLabel>(&window, "emptyTitleLabel")->text(), QStringLiteral("Welcome to Posyandu 6 SPM"));
    }

    void practiceModeIsMarkedAndResets()
    {
        QVERIFY(installTranslations(QStringLiteral("id"))); // after englishWhenAsked
        QTemporaryDir dir;
        auto db = Storage::Database::open(Demo::DemoGenerator::demoFilePath(dir.path()));
        QVERIFY(db.ok());
        QVERIFY(Demo::DemoGenerator::generate(*db.value(), Demo::DemoOptions{40, 3, 5, QDate::currentDate()}).ok());
        const QString before = Demo::DemoGenerator::contentHash(*db.value()).value();
        Ui::MainWindow window(*db.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = find<QLabel>(&window, "demoBannerLabel");
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().startsWith(QLatin1String("MODE LATIHAN")));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("[LATIHAN]")));
        QCOMPARE(find<QTableView>(&window, "householdTableView")->model()->rowCount(), 40);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("openDemoAction")));

        // Reset asks first; "no" keeps the village.
        auto *reset = window.findChild<QAction *>(QStringLiteral("resetDemoAction"));
        QVERIFY(reset);
        Ui::Dialogs::setNextAnswer(QMessageBox::No);
        reset->trigger();
        QCOMPARE(Demo::DemoGenerator::contentHash(*db.value()).value(), before);
        Ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        reset->trigger();
        QVERIFY(Demo::DemoGenerator::contentHash(*db.value()).value() != before);
        QVERIFY(banner->isVisible());
        QCOMPARE(find<QTableView>(&window, "householdTableView")->model()->rowCount(), 120);
        QVERIFY(find<QLabel>(&window, "statusLabel")->text().contains(QLatin1String("120")));

        // A real store has no banner and offers practice mode instead.
        Ui::MainWindow real(*Storage::Database::open(dir.filePath(QStringLiteral("real.sqlite"))).value());
        QVERIFY(!real.findChild<QLabel *>(QStringLiteral("demoBannerLabel")));
        QVERIFY(real.findChild<QAction *>(QStringLiteral("openDemoAction")));
    }

    void languageChosenInTheMenu()
    {
        // Settings of a throwaway organisation, so the user's own are never touched.
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Posyandu6SPM-test"));
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db.ok());
        Ui::MainWindow window(*db.value());
        auto *indonesian = window.findChild<QAction *>(QStringLiteral("language_idAction"));
        auto *english = window.findChild<QAction *>(QStringLiteral("language_enAction"));
        QVERIFY(indonesian && english);
        QVERIFY(indonesian->isChecked()); // the default
        english->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QVERIFY(english->isChecked() && !indonesian->isChecked());
        QVERIFY(find<QLabel>(&window, "statusLabel")->text().contains(QLatin1String("dibuka lagi"))); // Indonesian, the default UI language
        Ui::MainWindow reopened(*db.value());
        QVERIFY(reopened.findChild<QAction *>(QStringLiteral("language_enAction"))->isChecked());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

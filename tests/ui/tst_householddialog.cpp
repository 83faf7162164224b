// SPDX-License-Identifier: GPL-3.0-or-later
// The household dialog, opened from the main window by keyboard: a new
// household registers its head as its first member in the same dialog (one
// undo takes both back), a head the register cannot take leaves nothing
// written, the dialog fits 1280x720 with every message read whole, and a saved
// household leads on to a member form for each of its other members.
#include "database.h"
#include "dialogs.h"
#include "fitcheck.h"
#include "household.h"
#include "householddialog.h"
#include "householdrepository.h"
#include "language.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "memberlistmodel.h"
#include "memberrepository.h"
#include "posyandurepository.h"
#include "screenshot.h"
#include "sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Test;

namespace {
// A Posyandu, so the register opens on Ctrl+N.
bool withPosyandu(Storage::Database &db)
{
    return Storage::PosyanduRepository(db)
        .save({QString(), QStringLiteral("PSY-01"), QStringLiteral("Posyandu Melati"), QStringLiteral("3578010001")})
        .ok();
}

int count(Storage::Database &db, const char *table, const char *where = "1")
{
    auto r = Storage::Sql::run(db.sql(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(table), QLatin1String(where)));
    if (!r)
        return -1;
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestHouseholdDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("id"))); }

    // A new household registers its head as its first member in the same dialog (their NIK, sex and birth date
    // right under the head's name), with the head's relationship; one undo takes both back.
    void newHouseholdRegistersItsHeadInOneDialog()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        QVERIFY(withPosyandu(*db.value()));
        Ui::MainWindow window(*db.value());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(activate(&window));

        bool checked = false;
        onNextModal(this, [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("householdDialog"));
            auto *name = find<QLineEdit>(dialog, "headnameLineEdit");
            QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(name));
            QTest::keyClicks(name, QStringLiteral("Siti Rahayu"));
            // Tab from the head's name goes to the head's own fields, then on to the family card's.
            QTest::keyClick(name, Qt::Key_Tab);
            auto *nik = find<QLineEdit>(dialog, "nikLineEdit");
            QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(nik));
            QTest::keyClicks(nik, QStringLiteral("3578015207850002")); // a woman born 12-07-1985
            QTest::keyClick(nik, Qt::Key_Tab);
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(sex));
            QTest::keyClick(sex, Qt::Key_Down);
            QTest::keyClick(sex, Qt::Key_Down); // — choose —, L, P
            QCOMPARE(sex->currentData().toString(), QStringLiteral("P"));
            QTest::keyClick(sex, Qt::Key_Tab);
            auto *birth = find<QLineEdit>(dialog, "birthdateLineEdit");
            QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(birth));
            QTest::keyClicks(birth, QStringLiteral("12-07-1985"));
            QVERIFY(find<QCheckBox>(dialog, "estimatedCheckBox")->isVisible());
            typeInto(find<QLineEdit>(dialog, "rtLineEdit"), QStringLiteral("4"));
            typeInto(find<QLineEdit>(dialog, "rwLineEdit"), QStringLiteral("2"));
            onModal(&window, "memberDialog", [](QWidget *next) { QTest::keyClick(next, Qt::Key_Escape); });
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY2(!dialog->isVisible(), qPrintable(find<QLabel>(dialog, "summaryLabel")->text()));
            checked = true;
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(checked);

        QCOMPARE(count(*db.value(), "household"), 1);
        QCOMPARE(count(*db.value(), "member"), 1);
        auto rows = Storage::Sql::run(db.value()->sql(),
                                      QStringLiteral("SELECT m.name, m.relationship, m.nik, m.sex, m.birth_date, h.head_name FROM member m "
                                                     "JOIN household h ON h.id = m.household_id"));
        QVERIFY(rows);
        QSqlQuery row = std::move(rows).value();
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("Siti Rahayu"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("kepala_keluarga"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("3578015207850002"));
        QCOMPARE(row.value(3).toString(), QStringLiteral("P"));
        QCOMPARE(row.value(4).toString(), QStringLiteral("1985-07-12"));
        QCOMPARE(row.value(5).toString(), QStringLiteral("Siti Rahayu"));
        QCOMPARE(count(*db.value(), "outbox", "entity = 'member'"), 1); // queued for the server like any member

        // In the register: the household selected, its head the first member, with the head's relationship.
        auto *table = find<QTableView>(&window, "householdTableView");
        auto *members = find<QTableView>(&window, "memberTableView");
        QTRY_COMPARE(table->currentIndex().data().toString(), QStringLiteral("Siti Rahayu"));
        QCOMPARE(members->model()->rowCount(), 1);
        QCOMPARE(members->model()->index(0, MemberListModel::Name).data().toString(), QStringLiteral("Siti Rahayu"));
        QCOMPARE(members->model()->index(0, 5).data().toString(), QStringLiteral("Kepala Keluarga"));

        // Ctrl+Z takes back the registration whole: the household and its head.
        QVERIFY(activate(&window));
        Ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(*db.value(), "household", "deleted_at IS NULL"), 0);
        QCOMPARE(count(*db.value(), "member", "deleted_at IS NULL"), 0);
    }

    // A head the register cannot take (a date not on the calendar, a NIK too short, no sex) refuses the whole
    // registration at the head's field: no household, no member, nothing queued. Every message is read whole at
    // 1280×720.
    void badHeadLeavesNothingWritten_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("nik");
        QTest::addColumn<int>("sexDowns");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("31-02-1985") << "id"
                                    << "" << 1 << "31-02-1985"
                                    << "birth_date"
                                    << "1985";
        QTest::newRow("short NIK") << "id"
                                   << "357801120585001" << 1 << "12-05-1985"
                                   << "nik"
                                   << "15";
        QTest::newRow("no sex, English") << "en"
                                         << "3578011205850001" << 0 << "12-05-1985"
                                         << "sex"
                                         << "L (male)";
    }
    void badHeadLeavesNothingWritten()
    {
        QFETCH(QString, language);
        QFETCH(QString, nik);
        QFETCH(int, sexDowns);
        QFETCH(QString, birthDate);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QVERIFY(installTranslations(language));
        auto restore = qScopeGuard([] { installTranslations(QStringLiteral("id")); });
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        QVERIFY(withPosyandu(*db.value()));
        const int outboxBefore = count(*db.value(), "outbox");
        Ui::MainWindow window(*db.value());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(activate(&window));

        bool checked = false;
        onNextModal(this, [&](QWidget *dialog) {
            typeInto(find<QLineEdit>(dialog, "headnameLineEdit"), QStringLiteral("Joko Widodo"));
            typeInto(find<QLineEdit>(dialog, "nikLineEdit"), nik);
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            sex->setFocus();
            for (int i = 0; i < sexDowns; ++i)
                QTest::keyClick(sex, Qt::Key_Down);
            typeInto(find<QLineEdit>(dialog, "birthdateLineEdit"), birthDate);
            typeInto(find<QLineEdit>(dialog, "kknumberLineEdit"), QStringLiteral("3578011503150002"));
            typeInto(find<QLineEdit>(dialog, "rtLineEdit"), QStringLiteral("3"));
            typeInto(find<QLineEdit>(dialog, "rwLineEdit"), QStringLiteral("1"));
            QTest::keyClick(dialog, Qt::Key_Return);
            QTest::keyClick(dialog, Qt::Key_Return); // twice: not a remark a second Enter overrides
            QVERIFY(dialog->isVisible());
            auto *error = dialog->findChild<QLabel *>(field + QStringLiteral("ErrorLabel"));
            QVERIFY(error && error->isVisible());
            QVERIFY2(error->text().contains(says), qPrintable(error->text()));
            QVERIFY2(!error->text().contains(QLatin1Char('\n')), qPrintable(error->text())); // said once
            for (const char *other : {"head_nameErrorLabel", "kk_numberErrorLabel", "rtErrorLabel", "rwErrorLabel"})
                QVERIFY2(!dialog->findChild<QLabel *>(QLatin1String(other))->isVisible(), other);
            QCOMPARE(count(*db.value(), "household"), 0);
            QCOMPARE(count(*db.value(), "member"), 0);
            // The dialog and its messages fit a 1280×720 panel, read whole.
            QVERIFY2(dialog->frameGeometry().height() <= 720, qPrintable(QString::number(dialog->frameGeometry().height())));
            QVERIFY2(dialog->frameGeometry().width() <= 1280, qPrintable(QString::number(dialog->frameGeometry().width())));
            const QStringList clipped = Test::clippedLabels(dialog);
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
            Test::shoot(dialog, qPrintable(QStringLiteral("household-head-") + field + QLatin1Char('-') + language));
            // Leaving: "discard" writes nothing either, and no member form follows.
            Ui::Dialogs::setNextAnswer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
            checked = true;
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(checked);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(count(*db.value(), "household"), 0);
        QCOMPARE(count(*db.value(), "member"), 0);
        QCOMPARE(count(*db.value(), "outbox"), outboxBefore);
    }

    // With every field of a new household and its head refused at once (English, the longer messages), the
    // dialog still fits a 1280×720 panel and every message is read whole; the head's name is told once.
    void householdDialogFitsWithEveryMessage()
    {
        QVERIFY(installTranslations(QStringLiteral("en")));
        auto restore = qScopeGuard([] { installTranslations(QStringLiteral("id")); });
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        Storage::HouseholdRepository households(*db.value());
        Storage::MemberRepository members(*db.value());
        Ui::HouseholdDialog dialog(households, members, Household());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("nikLineEdit")), QStringLiteral("12345"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("birthdateLineEdit")), QStringLiteral("31-02-85"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("kknumberLineEdit")), QStringLiteral("1"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        for (const char *field : {"head_name", "nik", "sex", "birth_date", "kk_number", "rt", "rw", "village_code"}) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(field) + QStringLiteral("ErrorLabel"));
            QVERIFY2(label && label->isVisible(), field);
        }
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("head_nameErrorLabel"))->text().contains(QLatin1Char('\n')));
        QVERIFY2(dialog.frameGeometry().height() <= 720, qPrintable(QString::number(dialog.frameGeometry().height())));
        const QStringList clipped = Test::clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        Test::shoot(&dialog, "household-every-message-en");
    }

    // Once the household is saved, the page leads on to its other members: a member form for it, then another
    // after each save (Enter or the button), until Esc on an empty form, or a save chosen on leaving, ends the row.
    void newHouseholdLeadsOnToItsMembers()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db);
        QVERIFY(withPosyandu(*db.value()));
        Ui::MainWindow window(*db.value());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(activate(&window));

        auto fill = [](QWidget *dialog, const QString &name, int sexDowns, const QString &birth, const char *relationship) {
            typeInto(find<QLineEdit>(dialog, "nameLineEdit"), name);
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            sex->setFocus();
            for (int i = 0; i < sexDowns; ++i)
                QTest::keyClick(sex, Qt::Key_Down);
            typeInto(find<QLineEdit>(dialog, "birthdateLineEdit"), birth);
            auto *relation = find<QComboBox>(dialog, "relationshipComboBox");
            relation->setCurrentIndex(relation->findData(QLatin1String(relationship)));
        };
        QStringList seen;
        const int asked = Ui::Dialogs::answeredBySeam();
        onNextModal(this, [&](QWidget *dialog) {
            typeInto(find<QLineEdit>(dialog, "headnameLineEdit"), QStringLiteral("Agus Salim"));
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            sex->setFocus();
            QTest::keyClick(sex, Qt::Key_Down);
            typeInto(find<QLineEdit>(dialog, "birthdateLineEdit"), QStringLiteral("01-01-1980"));
            typeInto(find<QLineEdit>(dialog, "rtLineEdit"), QStringLiteral("5"));
            typeInto(find<QLineEdit>(dialog, "rwLineEdit"), QStringLiteral("2"));
            // The first member form: for this household, the head already in, so no relationship chosen for them.
            onModal(&window, "memberDialog", [&](QWidget *wife) {
                seen << wife->windowTitle();
                QVERIFY(find<QLabel>(wife, "oneAfterAnotherLabel")->isVisible());
                QCOMPARE(find<QComboBox>(wife, "relationshipComboBox")->currentData().toString(), QString());
                QCOMPARE(wife->focusWidget(), static_cast<QWidget *>(find<QLineEdit>(wife, "nameLineEdit")));
                const QStringList clipped = Test::clippedLabels(wife);
                QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
                fill(wife, QStringLiteral("Sri Wahyuni"), 2, QStringLiteral("03-04-1983"), "istri");
                // Saved by Enter: an empty form for the next person follows.
                onModal(&window, "memberDialog", [&](QWidget *child) {
                    seen << QStringLiteral("second");
                    QCOMPARE(find<QLineEdit>(child, "nameLineEdit")->text(), QString());
                    fill(child, QStringLiteral("Bayu"), 1, QStringLiteral("10-10-2015"), "anak");
                    // Saved with the mouse: the next follows too.
                    onModal(&window, "memberDialog", [&](QWidget *third) {
                        seen << QStringLiteral("third");
                        fill(third, QStringLiteral("Dewi"), 2, QStringLiteral("05-05-2018"), "anak");
                        // Esc with a filled form asks; "save" saves it and ends the row.
                        Ui::Dialogs::setNextAnswer(QMessageBox::Save);
                        QTest::keyClick(third, Qt::Key_Escape);
                        QVERIFY(!third->isVisible());
                    });
                    QTest::mouseClick(find<QPushButton>(child, "saveButton"), Qt::LeftButton);
                    QVERIFY(!child->isVisible());
                });
                QTest::keyClick(wife, Qt::Key_Return);
                QVERIFY(!wife->isVisible());
            });
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY(!dialog->isVisible());
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(seen.size(), 3);
        QVERIFY2(seen.first().contains(QLatin1String("Agus Salim")), qPrintable(seen.first())); // the title names the household
        QCOMPARE(Ui::Dialogs::answeredBySeam(), asked + 1);
        QVERIFY(!QApplication::activeModalWidget()); // no fourth form after the save on leaving

        auto *table = find<QTableView>(&window, "householdTableView");
        auto *members = find<QTableView>(&window, "memberTableView");
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Agus Salim"));
        QCOMPARE(members->model()->rowCount(), 4);
        QStringList order;
        for (int row = 0; row < members->model()->rowCount(); ++row)
            order << members->model()->index(row, MemberListModel::Name).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Agus Salim"), QStringLiteral("Sri Wahyuni"), QStringLiteral("Bayu"), QStringLiteral("Dewi")}));
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(members)); // the cadre goes on in the members list
        QCOMPARE(count(*db.value(), "member", "relationship = 'kepala_keluarga'"), 1);

        // Esc on the first, empty member form ends the row at once, without a question.
        QVERIFY(activate(&window));
        bool ended = false;
        onNextModal(this, [&](QWidget *dialog) {
            typeInto(find<QLineEdit>(dialog, "headnameLineEdit"), QStringLiteral("Wayan Sudarta"));
            auto *sex = find<QComboBox>(dialog, "sexComboBox");
            sex->setFocus();
            QTest::keyClick(sex, Qt::Key_Down);
            typeInto(find<QLineEdit>(dialog, "birthdateLineEdit"), QStringLiteral("02-02-1970"));
            typeInto(find<QLineEdit>(dialog, "rtLineEdit"), QStringLiteral("6"));
            typeInto(find<QLineEdit>(dialog, "rwLineEdit"), QStringLiteral("2"));
            onModal(&window, "memberDialog", [&](QWidget *next) {
                QTest::keyClick(next, Qt::Key_Escape);
                ended = !next->isVisible();
            });
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(ended);
        QCOMPARE(Ui::Dialogs::answeredBySeam(), asked + 1);
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Wayan Sudarta"));
        QCOMPARE(members->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestHouseholdDialog)
#include "tst_householddialog.moc"

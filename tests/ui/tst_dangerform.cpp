// SPDX-License-Identifier: GPL-3.0-or-later
// The form as the cadre meets a danger sign, in Indonesian at 1280×720 with
// real keys: a child far below −3 SD gets a red line in words and a referral
// to the Puskesmas filled in; declining it needs a reason; the target list and
// the day's title carry the sign. Questions asked only after an answer come
// and go; a pregnancy typed with its HPHT shows weeks, HPL and K1 and asks the
// weight once; placeholders fit their field.
#include "fitcheck.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "sessionentryform.h"
#include "sessionfixture.h"
#include "sessionpage.h"
#include "targetlistmodel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Posyandu;

namespace {
template <typename T> T *find(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("widget %s not found", qPrintable(name));
    return w;
}

// Shows the window at 1280×720 and opens the opening day with Ctrl+H, as the cadre does.
bool openOpeningDay(Ui::MainWindow &window)
{
    window.resize(1280, 720);
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    return window.sessionPage() != nullptr;
}

// Chooses the person by typing part of the name into the page's filter, then Enter.
void choose(Ui::MainWindow &window, const QString &name)
{
    auto *filter = find<QLineEdit>(window.sessionPage(), QStringLiteral("targetFilterLineEdit"));
    filter->clear();
    QTest::keyClicks(filter, name);
    auto *targets = find<QTableView>(window.sessionPage(), QStringLiteral("targetTableView"));
    targets->setFocus();
    targets->setCurrentIndex(targets->model()->index(0, TargetListModel::Name));
    QTest::keyClick(targets, Qt::Key_Return);
}
} // namespace

class TestDangerForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("id"))); }

    void dangerSignAsksForAReferralOrAReason()
    {
        Test::SessionFixture f;
        QVERIFY(f.ok);
        Ui::MainWindow window(f.store.db());
        QVERIFY(openOpeningDay(window));
        choose(window, QStringLiteral("dewi"));
        Ui::SessionEntryForm *form = window.sessionPage()->form();
        QCOMPARE(form->personName(), QStringLiteral("Dewi Lestari"));
        auto *weight = find<QLineEdit>(form, QStringLiteral("kes_weightLineEdit"));
        auto *length = find<QLineEdit>(form, QStringLiteral("kes_lenheiLineEdit"));
        QTRY_COMPARE(window.focusWidget(), static_cast<QWidget *>(weight));
        // Each placeholder its own example and unit, with the decimal comma.
        QCOMPARE(weight->placeholderText(), QStringLiteral("mis. 9,5 kg"));
        QCOMPARE(length->placeholderText(), QStringLiteral("mis. 75,5 cm"));

        auto *danger = find<QLabel>(form, QStringLiteral("dangerSignsLabel"));
        auto *referral = find<QComboBox>(form, QStringLiteral("referralComboBox"));
        QVERIFY(!danger->isVisible());
        QCOMPARE(referral->currentData().toString(), QString());
        QTest::keyClicks(weight, QStringLiteral("10,0"));
        QTest::keyClick(weight, Qt::Key_Tab);
        QTest::keyClicks(length, QStringLiteral("95"));
        QTRY_VERIFY(danger->isVisible());
        QVERIFY2(danger->text().contains(QLatin1String("Tanda bahaya")) && danger->text().contains(QLatin1String("Gizi buruk")),
                 qPrintable(danger->text()));
        QVERIFY(danger->text().contains(QLatin1String("Puskesmas")));
        QCOMPARE(referral->currentData().toString(), QStringLiteral("puskesmas")); // filled in, to confirm
        auto *growth = find<QLabel>(form, QStringLiteral("growthResultLabel"));
        QVERIFY2(growth->text().contains(QStringLiteral("⚠")), qPrintable(growth->text())); // the severe line marked in words too
        auto *scroll = find<QScrollArea>(&window, QStringLiteral("entryScrollArea"));
        // Laid out at the next event loop passes; then nothing may be cut.
        auto clippedNow = [&] { return Test::clippedLabels(window.sessionPage()) + Test::clippedLabels(scroll->widget()); };
        QTRY_VERIFY_WITH_TIMEOUT(clippedNow().isEmpty(), 2000);
        const QStringList clipped = clippedNow();
        Test::shoot(&window, "session-danger-sign");
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

        // Declined by keyboard ("Tidak dirujuk" is the first entry): Enter without a reason saves nothing.
        referral->setFocus();
        QTest::keyClick(referral, Qt::Key_Home);
        QCOMPARE(referral->currentData().toString(), QString());
        QVERIFY2(danger->text().contains(QLatin1String("Tidak dirujuk")), qPrintable(danger->text())); // says what saving will do
        QTest::keyClick(referral, Qt::Key_Return);
        auto *reasonError = find<QLabel>(form, QStringLiteral("referral_reasonErrorLabel"));
        QTRY_VERIFY(reasonError->isVisible());
        QTRY_VERIFY(!reasonError->visibleRegion().isEmpty()); // scrolled into view, not below the fold at 1280x720
        QCOMPARE(window.focusWidget()->objectName(), QStringLiteral("referralReasonLineEdit"));
        QCOMPARE(f.store.count(QStringLiteral("anthropometry")), 0);
        // A sign that goes no longer changes her choice.
        auto *reason = find<QLineEdit>(form, QStringLiteral("referralReasonLineEdit"));
        QTest::keyClicks(reason, QStringLiteral("Orang tua akan membawa ke dokter anak besok"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE(f.store.count(QStringLiteral("anthropometry")), 1);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0); // the form shown after the save starts at its top again
        QCOMPARE(f.store.count(QStringLiteral("referral"), QStringLiteral("destination = 'declined' AND reason LIKE 'Orang tua%'")), 1);

        // The list and the title carry the sign in words.
        auto *targets = find<QTableView>(window.sessionPage(), QStringLiteral("targetTableView"));
        const int row = static_cast<TargetListModel *>(targets->model())->rowOf(f.family.toddler);
        QVERIFY(row >= 0);
        QVERIFY(!targets->model()->index(row, 0).data(TargetListModel::DangerRole).toStringList().isEmpty());
        QVERIFY(targets->model()->index(row, TargetListModel::Due).data().toString().contains(QLatin1String("Gizi buruk")));
        auto *title = find<QLabel>(window.sessionPage(), QStringLiteral("sessionTitleLabel"));
        QVERIFY2(title->text().contains(QLatin1String("1 dengan tanda bahaya")), qPrintable(title->text()));
        Test::shoot(&window, "session-danger-list");
    }

    void questionsFollowTheAnswersAndThePregnancy()
    {
        Test::SessionFixture f;
        QVERIFY(f.ok);
        Ui::MainWindow window(f.store.db());
        QVERIFY(openOpeningDay(window));
        find<QWidget>(window.sessionPage(), QStringLiteral("showEveryoneCheckBox"))->setProperty("checked", true);
        choose(window, QStringLiteral("siti"));
        Ui::SessionEntryForm *form = window.sessionPage()->form();
        QTRY_COMPARE(form->personName(), QStringLiteral("Siti Aminah"));

        // Rehabilitation is asked only of an uninhabitable house.
        auto *rtlh = find<QComboBox>(form, QStringLiteral("rumah_rtlhComboBox"));
        auto *rehab = find<QComboBox>(form, QStringLiteral("rumah_rehab_candidateComboBox"));
        QTRY_VERIFY(rtlh->isVisibleTo(form)); // the new form's boxes are shown at the next event loop pass
        QVERIFY(!rehab->isVisibleTo(form));
        rtlh->setFocus();
        QTest::keyClick(rtlh, Qt::Key_Down); // "Ya"
        QCOMPARE(rtlh->currentData().toString(), QStringLiteral("true"));
        QVERIFY(rehab->isVisibleTo(form));
        QTest::keyClick(rtlh, Qt::Key_Down); // "Tidak"
        QVERIFY(!rehab->isVisibleTo(form));

        // A pregnancy typed with its HPHT: weeks worked out, HPL, K1; the weight asked by the visit only.
        auto *adultWeight = find<QLineEdit>(form, QStringLiteral("kes_adult_weightLineEdit"));
        QVERIFY(adultWeight->isVisibleTo(form));
        auto *lmp = find<QLineEdit>(form, QStringLiteral("newPregnancyLmpLineEdit"));
        const QDate hpht = QDate::currentDate().addDays(-100);
        lmp->setFocus();
        QTest::keyClicks(lmp, hpht.toString(QStringLiteral("dd-MM-yyyy")));
        auto *info = find<QLabel>(form, QStringLiteral("pregnancyInfoLabel"));
        QTRY_VERIFY(info->isVisibleTo(form));
        QVERIFY2(info->text().contains(QLatin1String("14 minggu 2 hari")) && info->text().contains(QLatin1String("K1"))
                     && info->text().contains(hpht.addDays(280).toString(QStringLiteral("dd-MM-yyyy"))),
                 qPrintable(info->text()));
        auto *weeks = find<QLineEdit>(form, QStringLiteral("kes_anc_gestational_weeksLineEdit"));
        QCOMPARE(weeks->text(), QStringLiteral("14"));
        QVERIFY(weeks->isReadOnly());
        QVERIFY(!adultWeight->isVisibleTo(form));
        auto *scroll = find<QScrollArea>(&window, QStringLiteral("entryScrollArea"));
        const QStringList clipped = Test::clippedLabels(scroll->widget());
        Test::shoot(&window, "session-pregnancy-hpht");
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        QTest::keyClicks(find<QLineEdit>(form, QStringLiteral("kes_anc_weightLineEdit")), QStringLiteral("56"));
        QTest::keyClick(lmp, Qt::Key_Return);
        QTRY_COMPARE(f.store.count(QStringLiteral("anc_visit"), QStringLiteral("gestational_weeks = 14 AND weight_kg = 56")), 1);
        QCOMPARE(f.store.count(QStringLiteral("adult_screening")), 0);
    }

    // A dose from the KIA book, behind its button, typed with its date; Enter saves it as given elsewhere.
    void earlierDoseFromTheKiaBook()
    {
        Test::SessionFixture f;
        QVERIFY(f.ok);
        Ui::MainWindow window(f.store.db());
        QVERIFY(openOpeningDay(window));
        choose(window, QStringLiteral("ahmad"));
        Ui::SessionEntryForm *form = window.sessionPage()->form();
        QTRY_COMPARE(form->personName(), QStringLiteral("Ahmad Rizky"));
        auto *button = find<QPushButton>(form, QStringLiteral("kiaBookButton"));
        auto *bcg = find<QLineEdit>(form, QStringLiteral("earlier_BCGLineEdit"));
        QTRY_VERIFY(button->isVisible());
        QVERIFY(!bcg->isVisible()); // the form stays short until asked
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(bcg->isVisible());
        QTest::keyClicks(bcg, QStringLiteral("20-04-2026"));
        QTest::keyClick(bcg, Qt::Key_Return);
        QTRY_COMPARE(f.store.count(QStringLiteral("immunisation"),
                                   QStringLiteral("vaccine_code = 'BCG' AND given_on = '2026-04-20' AND given_at = 'elsewhere'")),
                     1);
    }
};

QTEST_MAIN(TestDangerForm)
#include "tst_dangerform.moc"

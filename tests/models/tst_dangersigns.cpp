// SPDX-License-Identifier: GPL-3.0-or-later
// Danger signs (resources/clinical/danger-signs.json), the questions that fit
// the person (catalog ask_if), and pregnancy worked out from the HPHT: each
// with the hand-worked cases of docs/domain.md.
#include "dangercheck.h"
#include "dangersigns.h"
#include "pregnancywindow.h"
#include "referraldestination.h"
#include "sessionfixture.h"
#include "spmreport.h"
#include "sql.h"

#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Storage;
using Posyandu::Test::issueFields;
using Posyandu::Test::SessionFixture;

namespace {
const QDate kToday = Posyandu::Test::kFamilyToday;

QStringList codesOf(const QList<DangerSign> &signs)
{
    QStringList codes;
    for (const DangerSign &s : signs)
        codes << s.code;
    return codes;
}

} // namespace

class TestDangerSigns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void damagedSignsAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{not json");
        QTest::newRow("no signs") << QByteArray(R"({"signs": []})");
        QTest::newRow("a sign without a threshold")
            << QByteArray(R"({"signs": [{"code": "x", "answer": "kes_glucose", "label_id": "x", "label_en": "x"}]})");
        QTest::newRow("a threshold that is text") << QByteArray(R"({"signs": [{"code": "x", "answer": "kes_glucose", "at_least": "200",
            "label_id": "x", "label_en": "x"}]})");
        QTest::newRow("a sign without words") << QByteArray(R"({"signs": [{"code": "x", "answer": "kes_glucose", "at_least": 200}]})");
    }
    void damagedSignsAreRefusedInWords()
    {
        QFETCH(QByteArray, json);
        auto loaded = DangerSigns::fromJson(json);
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.error().message.isEmpty());
    }

    void thresholdsAsDomainMdStates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sign"); // empty: none
        // The issue's own cases first: 165/95, blood sugar 210, a mother's LILA 22,5.
        QTest::newRow("systolic 165") << "kes_systolic"
                                      << "165"
                                      << "hypertension";
        QTest::newRow("diastolic 95") << "kes_diastolic"
                                      << "95"
                                      << "hypertension";
        QTest::newRow("systolic 139") << "kes_systolic"
                                      << "139"
                                      << "";
        QTest::newRow("systolic 140 (at the threshold)") << "kes_systolic"
                                                         << "140"
                                                         << "hypertension";
        QTest::newRow("diastolic 89") << "kes_diastolic"
                                      << "89"
                                      << "";
        QTest::newRow("glucose 210") << "kes_glucose"
                                     << "210"
                                     << "high_glucose";
        QTest::newRow("glucose 199.9") << "kes_glucose"
                                       << "199.9"
                                       << "";
        QTest::newRow("pregnant LILA 22.5") << "kes_anc_muac"
                                            << "22.5"
                                            << "kek";
        QTest::newRow("pregnant LILA 23.5 (not below)") << "kes_anc_muac"
                                                        << "23.5"
                                                        << "";
        QTest::newRow("child MUAC 11.4") << "kes_muac_child"
                                         << "11.4"
                                         << "severe_muac";
        QTest::newRow("child MUAC 11.5") << "kes_muac_child"
                                         << "11.5"
                                         << "";
        QTest::newRow("TB symptoms") << "kes_tb_symptoms"
                                     << "true"
                                     << "tb_symptoms";
        QTest::newRow("no TB symptoms") << "kes_tb_symptoms"
                                        << "false"
                                        << "";
        QTest::newRow("oedema") << "kes_oedema"
                                << "true"
                                << "oedema";
        QTest::newRow("42 weeks") << "kes_anc_gestational_weeks"
                                  << "42"
                                  << "post_term";
        QTest::newRow("41 weeks") << "kes_anc_gestational_weeks"
                                  << "41"
                                  << "";
        QTest::newRow("a number in words is no sign") << "kes_systolic"
                                                      << "tinggi"
                                                      << "";
    }
    void thresholdsAsDomainMdStates()
    {
        QFETCH(QString, code);
        QFETCH(QString, value);
        QFETCH(QString, sign);
        QCOMPARE(DangerSigns::bundled().size(), 15);
        DangerFacts facts;
        facts.answers.insert(code, value);
        const QStringList found = codesOf(DangerSigns::bundled().assess(facts));
        QCOMPARE(found, sign.isEmpty() ? QStringList() : QStringList{sign});
    }

    void bloodPressureIsOneSignAndEveryOneNamesItsDestination()
    {
        DangerFacts facts;
        facts.answers = {{QStringLiteral("kes_systolic"), QStringLiteral("165")}, {QStringLiteral("kes_diastolic"), QStringLiteral("95")}};
        const QList<DangerSign> found = DangerSigns::bundled().assess(facts);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().referTo, QStringLiteral("puskesmas"));
        QVERIFY(ReferralDestination::isKnown(found.first().referTo));
        QVERIFY(!found.first().label.isEmpty());
    }

    void growthAndHistoryFromThePerson()
    {
        SessionFixture f;
        QVERIFY(f.ok);
        const DangerCheck check(f.catalog, f.rules, Growth::GrowthCalculator::fromResources());
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        PersonContext dewi = entries.context(f.family.toddler, kToday).value().value(); // a girl of 38 months
        auto signsFor = [&](const char *kg, const char *cm) {
            return codesOf(
                check.signs(dewi, kToday, {{QStringLiteral("kes_weight"), QLatin1String(kg)}, {QStringLiteral("kes_lenhei"), QLatin1String(cm)}}));
        };
        // 95 cm standing: WHO's weight-for-height median is about 14 kg; 10,0 kg is far below −3 SD, 13,5 kg is normal.
        QVERIFY(signsFor("10,0", "95").contains(QLatin1String("severe_wasting")));
        QCOMPARE(signsFor("13,5", "95"), QStringList());
        // A weight outside the question's range is the form's message, not a sign.
        QCOMPARE(signsFor("95", "95"), QStringList());

        // 2T: June 12,0 → July 11,9 (T) → August 11,8 (T again).
        dewi.weights = {{QDate(2026, 6, 15), 12.0}, {QDate(2026, 7, 15), 11.9}};
        QVERIFY(signsFor("11,8", "").contains(QLatin1String("two_not_up")));
        QVERIFY(!signsFor("12,4", "").contains(QLatin1String("two_not_up")));
        // Last weighed in May: June and July missed, two months: visit the home (no referral).
        dewi.weights = {{QDate(2026, 5, 15), 12.0}};
        QCOMPARE(DangerCheck::monthsNotWeighed(dewi, kToday), 2);
        const QList<DangerSign> absent = check.signs(dewi, kToday, {});
        QCOMPARE(codesOf(absent), QStringList{QStringLiteral("not_weighed")});
        QVERIFY(absent.first().referTo.isEmpty());
        dewi.weights = {{QDate(2026, 6, 30), 12.0}}; // July only missed
        QCOMPARE(DangerCheck::monthsNotWeighed(dewi, kToday), 1);
        dewi.weights.clear(); // never weighed: a first weighing, not a missed one
        QCOMPARE(DangerCheck::monthsNotWeighed(dewi, kToday), 0);
    }

    void questionsAskedOnlyAfterTheirAnswer()
    {
        SessionFixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        // Rehabilitation is asked only of an uninhabitable house; septic tank only with a latrine.
        SessionEntry e = f.entry(f.family.father);
        e.answers = {{QStringLiteral("rumah_rtlh"), QStringLiteral("tidak")}, {QStringLiteral("rumah_rehab_candidate"), QStringLiteral("ya")}};
        auto refused = entries.save(e, kToday);
        QVERIFY(!refused.ok());
        QCOMPARE(issueFields(refused.error()), QStringList{QStringLiteral("rumah_rehab_candidate")});
        e.answers = {{QStringLiteral("pu_latrine"), QStringLiteral("none")}, {QStringLiteral("pu_septic_tank"), QStringLiteral("ya")}};
        QCOMPARE(issueFields(entries.save(e, kToday).error()), QStringList{QStringLiteral("pu_septic_tank")});
        QCOMPARE(f.store.count(QStringLiteral("observation")), 0);
        e.answers = {{QStringLiteral("rumah_rtlh"), QStringLiteral("ya")}, {QStringLiteral("rumah_rehab_candidate"), QStringLiteral("ya")}};
        QVERIFY(entries.save(e, kToday).ok());
        QCOMPARE(f.store.count(QStringLiteral("observation")), 2);

        // A 2-year-old is not asked about begging or homelessness; an adult is.
        const auto codes = [&](const QString &memberId) {
            QStringList list;
            for (const Indicator &i : entries.formIndicators(entries.context(memberId, kToday).value().value(), kToday, false))
                list << i.code;
            return list;
        };
        QVERIFY(!codes(f.family.toddler).contains(QLatin1String("sos_homeless")));
        QVERIFY(codes(f.family.father).contains(QLatin1String("sos_homeless")));

        // A pregnant woman's weight is asked once, by the visit, not again by the adult screening.
        SessionEntry pregnant = f.entry(f.family.mother);
        pregnant.newPregnancyLmp = kToday.addDays(-70);
        pregnant.answers = {{QStringLiteral("kes_adult_weight"), QStringLiteral("55")}, {QStringLiteral("kes_anc_weight"), QStringLiteral("55")}};
        QCOMPARE(issueFields(entries.save(pregnant, kToday).error()), QStringList{QStringLiteral("kes_adult_weight")});
    }

    void pregnancyWorkedOutFromTheLastPeriod()
    {
        // Hand-worked: HPHT 12-06-2026 → HPL 19-03-2027 (280 days); on 20-08-2026, 69 days: 9 weeks 6 days.
        QCOMPARE(PregnancyWindow::dueDate(QDate(2026, 6, 12)), QDate(2027, 3, 19));
        QCOMPARE(PregnancyWindow::gestationalDays(QDate(2026, 6, 12), kToday), 69);
        SessionFixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry first = f.entry(f.family.mother);
        first.date = kToday.addDays(-28);
        first.newPregnancyLmp = QDate(2026, 6, 12);
        first.answers = {{QStringLiteral("kes_anc_weight"), QStringLiteral("54")}};
        QVERIFY(entries.save(first, kToday).ok());
        QCOMPARE(Test::scalar(f.store.db(), QStringLiteral("SELECT edd FROM pregnancy")), QStringLiteral("2027-03-19"));
        QCOMPARE(Test::scalar(f.store.db(), QStringLiteral("SELECT gestational_weeks FROM anc_visit")).toInt(), 5); // 41 days
        // Today is her second visit (K2); a typed number of weeks must agree with the HPHT.
        const PersonContext mother = entries.context(f.family.mother, kToday).value().value();
        QCOMPARE(mother.ancVisitsBefore, 1);
        SessionEntry second = f.entry(f.family.mother);
        second.answers = {{QStringLiteral("kes_anc_weight"), QStringLiteral("55")},
                          {QStringLiteral("kes_anc_gestational_weeks"), QStringLiteral("20")}};
        auto refused = entries.save(second, kToday);
        QCOMPARE(issueFields(refused.error()), QStringList{QStringLiteral("kes_anc_gestational_weeks")});
        QVERIFY(refused.error().issues.first().message.contains(QLatin1String("12-06-2026")));
        second.answers.insert(QStringLiteral("kes_anc_gestational_weeks"), QStringLiteral("9"));
        QVERIFY(entries.save(second, kToday).ok());
        QCOMPARE(f.store.count(QStringLiteral("anc_visit"), QStringLiteral("gestational_weeks = 9")), 1);
    }

    void aDeclinedReferralKeepsItsReasonAndIsNotCounted()
    {
        SessionFixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry e = f.entry(f.family.grandmother);
        e.answers = {{QStringLiteral("kes_systolic"), QStringLiteral("165")}, {QStringLiteral("kes_diastolic"), QStringLiteral("95")}};
        e.referralTo = ReferralDestination::declined();
        e.referralReason = QStringLiteral("  ");
        QCOMPARE(issueFields(entries.save(e, kToday).error()), QStringList{QStringLiteral("referral_reason")});
        QCOMPARE(f.store.count(QStringLiteral("adult_screening")), 0);
        e.referralReason = QStringLiteral("Sudah berobat rutin ke dokter");
        QVERIFY(entries.save(e, kToday).ok());
        QCOMPARE(f.store.count(QStringLiteral("referral"), QStringLiteral("destination = 'declined' AND reason <> ''")), 1);
        QCOMPARE(entries.savedEntry(entries.context(f.family.grandmother, kToday).value().value(), kToday).value().referralReason,
                 QStringLiteral("Sudah berobat rutin ke dokter"));
        // The SPM report's referrals by destination count real referrals only.
        auto spm =
            Reports::SpmReport::compute(f.store.db(), *Reports::ReportScope::forMonth(QStringLiteral("2026-08")), {f.store.posyanduId()}, f.catalog);
        QVERIFY2(spm.ok(), qPrintable(spm.ok() ? QString() : spm.error().message));
        QVERIFY(spm.value().referralsByDestination.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDangerSigns)
#include "tst_dangersigns.moc"

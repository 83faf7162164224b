// SPDX-License-Identifier: GPL-3.0-or-later
// Session day (hari buka) in the store: the target list, one person's entry
// saved whole in one transaction with its outbox, weight up/not up against
// the KBM table, schedule rules, and undo of the last save.
#include "changereverter.h"
#include "householdrepository.h"
#include "memberrepository.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"
#include "sessionfixture.h"
#include "sessionrepository.h"
#include "sql.h"
#include "targetlist.h"
#include "tempstore.h"
#include "weighttrend.h"

#include <QLocale>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Storage;
using Posyandu::Growth::WeightTrend;
using Posyandu::Test::scalar;
using Posyandu::Test::TempStore;

namespace {
using Posyandu::Test::Family;
using Posyandu::Test::issueFields;
using Posyandu::Test::SessionFixture;
using Fixture = SessionFixture;
const QDate kToday = Posyandu::Test::kFamilyToday;

} // namespace

class TestSessionEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleRules()
    {
        auto rules = ScheduleRules::fromResources();
        QVERIFY2(rules.ok(), qPrintable(rules.error().message));
        const QDate birth(2026, 4, 10);
        auto codes = [](const QList<VaccineRule> &due) {
            QStringList list;
            for (const VaccineRule &r : due)
                list << r.code;
            return list;
        };
        // 4 months (122 days) old on 10 August with HB0 and BCG: the first dose of each series, none before its
        // earlier dose, and no Rotavirus 1 past its 104 days (docs/domain.md, "Immunisation and vitamin A").
        QCOMPARE(codes(rules.value().dueVaccines(birth, {QStringLiteral("HB0"), QStringLiteral("BCG")}, kToday)),
                 (QStringList{QStringLiteral("OPV1"), QStringLiteral("DPT-HB-Hib1"), QStringLiteral("PCV1"), QStringLiteral("IPV1")}));
        // With the 2- and 3-month doses given, the next of each series comes.
        QCOMPARE(codes(rules.value().dueVaccines(birth,
                                                 {QStringLiteral("HB0"), QStringLiteral("BCG"), QStringLiteral("OPV1"), QStringLiteral("OPV2"),
                                                  QStringLiteral("DPT-HB-Hib1"), QStringLiteral("PCV1"), QStringLiteral("RV1")},
                                                 kToday)),
                 (QStringList{QStringLiteral("DPT-HB-Hib2"), QStringLiteral("OPV3"), QStringLiteral("PCV2"), QStringLiteral("RV2"),
                              QStringLiteral("IPV1")}));
        // A 32-month-old with no record: no HB-0, BCG or Rotavirus (past their ages), first doses only.
        QCOMPARE(codes(rules.value().dueVaccines(kToday.addMonths(-32), {}, kToday)),
                 (QStringList{QStringLiteral("OPV1"), QStringLiteral("DPT-HB-Hib1"), QStringLiteral("PCV1"), QStringLiteral("IPV1"),
                              QStringLiteral("MR1")}));
        const VaccineRule *mr2 = rules.value().vaccine(QStringLiteral("MR2"));
        QVERIFY(mr2);
        QVERIFY2(rules.value().whyNot(*mr2, kToday.addMonths(-20), {}, kToday).contains(QLatin1String("MR) 1")),
                 qPrintable(rules.value().whyNot(*mr2, kToday.addMonths(-20), {}, kToday)));
        QVERIFY(rules.value().whyNot(*mr2, kToday.addMonths(-20), {QStringLiteral("MR1")}, kToday).isEmpty());
        const VaccineRule *hb0 = rules.value().vaccine(QStringLiteral("HB0"));
        QVERIFY(rules.value().whyNot(*hb0, kToday.addDays(-7), {}, kToday).isEmpty());               // day 7: still
        QVERIFY(!rules.value().whyNot(*hb0, kToday.addDays(-8), {}, kToday).isEmpty());              // day 8: no longer
        QVERIFY(rules.value().dueVaccines(QDate(2020, 1, 1), {}, kToday).isEmpty());                 // over five
        QCOMPARE(rules.value().vitaminACapsule(QDate(2026, 1, 15), kToday), QStringLiteral("blue")); // 7 months
        QCOMPARE(rules.value().vitaminACapsule(QDate(2024, 1, 15), kToday), QStringLiteral("red"));  // 31 months
        QCOMPARE(rules.value().vitaminACapsule(QDate(2026, 4, 10), kToday), QString());              // 4 months
        QCOMPARE(rules.value().vitaminACapsule(QDate(2024, 1, 15), QDate(2026, 9, 1)), QString());   // September
        QCOMPARE(rules.value().minimumGainGrams(2), 900);
        QCOMPARE(rules.value().minimumGainGrams(30), 200);
        QVERIFY(!rules.value().minimumGainGrams(0));
        QVERIFY(!rules.value().minimumGainGrams(60));
        // Damaged rule files are refused in words.
        QVERIFY(!ScheduleRules::fromJson("{").ok());
        QVERIFY(!ScheduleRules::fromJson(R"({"version":1,"immunisation":[{"code":"X"}]})").ok());
        QVERIFY(!ScheduleRules::fromJson(R"({"version":0})").ok());
        QVERIFY(!ScheduleRules::fromJson(R"({"version":1,"immunisation":[{"code":"X2","due_months":1,"after":"X1"}]})").ok());
    }

    void weightTrend_data()
    {
        QTest::addColumn<QList<double>>("history"); // kg in May, June, July (0 = not weighed)
        QTest::addColumn<double>("august");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("twice");
        // Child born 1 Jan 2026: 7 months on 20 Aug, KBM 400 g.
        QTest::newRow("first weighing") << QList<double>{0, 0, 0} << 7.0 << "B" << false;
        QTest::newRow("not weighed in July") << QList<double>{6.0, 6.5, 0} << 7.2 << "O" << false;
        QTest::newRow("gain exactly the minimum") << QList<double>{0, 6.0, 6.6} << 7.0 << "N" << false;
        QTest::newRow("gain 399 g") << QList<double>{0, 6.0, 6.601} << 7.0 << "T" << false;
        QTest::newRow("weight lost") << QList<double>{0, 6.0, 7.1} << 7.0 << "T" << false;
        QTest::newRow("not up twice (2T)") << QList<double>{6.0, 6.1, 6.3} << 6.4 << "T" << true;
        QTest::newRow("T after N is not 2T") << QList<double>{6.0, 6.1, 6.6} << 6.7 << "T" << false;
    }
    void weightTrend()
    {
        QFETCH(QList<double>, history);
        QFETCH(double, august);
        QFETCH(QString, code);
        QFETCH(bool, twice);
        auto rules = ScheduleRules::fromResources();
        QVERIFY(rules.ok());
        QList<Growth::WeightOnDate> earlier;
        for (int i = 0; i < history.size(); ++i)
            if (history.at(i) > 0)
                earlier.append({QDate(2026, 5 + i, 15), history.at(i)});
        earlier.append({QDate(2026, 8, 2), 9.9}); // a weighing earlier this month is not a trend
        const WeightTrend trend = WeightTrend::assess(QDate(2026, 1, 1), earlier, kToday, august, rules.value());
        QCOMPARE(trend.code(), code);
        QCOMPARE(trend.twiceNotUp, twice);
        QVERIFY(!trend.label().isEmpty());
    }

    void sessionOpensOnceADay()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto again = SessionRepository(f.store.db()).openOrContinue(f.store.posyanduId(), kToday);
        QVERIFY(again.ok());
        QCOMPARE(again.value().id, f.sessionId);
        QVERIFY(again.value().changes.isEmpty());
        QCOMPARE(f.store.count(QStringLiteral("session")), 1);
        QCOMPARE(f.store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'session'")), 1);
        // Bad input: no Posyandu, no date.
        QVERIFY(!SessionRepository(f.store.db()).openOrContinue(QString(), kToday).ok());
        QVERIFY(!SessionRepository(f.store.db()).openOrContinue(f.store.posyanduId(), QDate()).ok());
    }

    void targetListShowsWhoIsDue()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto targets = TargetList::load(f.store.db(), f.store.posyanduId(), f.sessionId, kToday, f.rules);
        QVERIFY2(targets.ok(), qPrintable(targets.error().message));
        QStringList names;
        for (const Target &t : targets.value())
            names << t.name;
        // Under-fives first, then the elderly; the father and mother are not due.
        QCOMPARE(names, (QStringList{QStringLiteral("Ahmad Rizky"), QStringLiteral("Dewi Lestari"), QStringLiteral("Sumini")}));
        const Target &baby = targets.value().at(0);
        QCOMPARE(baby.group, Target::Group::UnderFive);
        QVERIFY(baby.due.join(QLatin1Char('|')).contains(QLatin1String("BCG")));
        QVERIFY(!baby.servedToday);
        const Target &toddler = targets.value().at(1);
        QVERIFY2(toddler.due.join(QLatin1Char('|')).contains(QLatin1String("(red)")), qPrintable(toddler.due.join(QLatin1Char('|'))));
        QCOMPARE(targets.value().at(2).group, Target::Group::Elderly);

        // A pregnancy registered today puts the mother on the list.
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry mother = f.entry(f.family.mother);
        mother.newPregnancyLmp = kToday.addDays(-70);
        mother.answers.insert(QStringLiteral("kes_anc_muac"), QStringLiteral("22,5"));
        auto saved = entries.save(mother, kToday);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        targets = TargetList::load(f.store.db(), f.store.posyanduId(), f.sessionId, kToday, f.rules);
        QVERIFY(targets.ok());
        QCOMPARE(targets.value().size(), 4);
        QCOMPARE(targets.value().at(2).name, QStringLiteral("Siti Aminah"));
        QCOMPARE(targets.value().at(2).group, Target::Group::Pregnant);
        QVERIFY(targets.value().at(2).servedToday);
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT edd FROM pregnancy")), kToday.addDays(210).toString(Qt::ISODate));
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT muac_cm FROM anc_visit")), QStringLiteral("22.5"));
    }

    void deliveryEndsThePregnancy()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry registered = f.entry(f.family.mother);
        registered.date = kToday.addDays(-60);
        registered.newPregnancyLmp = kToday.addDays(-280);
        QVERIFY(entries.save(registered, kToday).ok());
        // Bad inputs: before the last period, in the future, for someone not pregnant.
        SessionEntry early = f.entry(f.family.mother);
        early.deliveredOn = kToday.addDays(-300);
        auto refused = entries.save(early, kToday);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().issues.first().field, QStringLiteral("delivered_on"));
        SessionEntry future = f.entry(f.family.mother);
        future.deliveredOn = kToday.addDays(2);
        QVERIFY(!entries.save(future, kToday).ok());
        SessionEntry grandma = f.entry(f.family.grandmother);
        grandma.deliveredOn = kToday;
        QVERIFY(!entries.save(grandma, kToday).ok());

        SessionEntry birth = f.entry(f.family.mother);
        birth.deliveredOn = kToday.addDays(-3);
        auto saved = entries.save(birth, kToday);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(Test::scalar(f.store.db(), QStringLiteral("SELECT status || ' ' || outcome_date FROM pregnancy")),
                 QStringLiteral("delivered ") + kToday.addDays(-3).toString(Qt::ISODate));
        QCOMPARE(f.store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'pregnancy' AND op = 'update'")), 1);
        // She leaves the pregnant list, and the form no longer asks pregnancy questions.
        auto targets = TargetList::load(f.store.db(), f.store.posyanduId(), f.sessionId, kToday, f.rules);
        for (const Target &t : targets.value())
            QVERIFY(t.memberId != f.family.mother);
        QVERIFY(entries.context(f.family.mother, kToday).value()->pregnancyId.isEmpty());
    }

    void formAsksWhatTheCatalogSays()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        auto codes = [&](const QString &memberId, bool pregnant) {
            QStringList list;
            const auto person = entries.context(memberId, kToday).value().value();
            for (const Indicator &i : entries.formIndicators(person, kToday, pregnant))
                list << i.code;
            return list;
        };
        const QStringList baby = codes(f.family.baby, false);
        QVERIFY(baby.contains(QLatin1String("kes_weight")));
        QVERIFY(baby.contains(QLatin1String("kes_exclusive_bf")));
        QVERIFY(!baby.contains(QLatin1String("kes_vitamin_a")));    // 4 months: not yet
        QVERIFY(!baby.contains(QLatin1String("kes_immunisation"))); // asked as a list of due doses
        QVERIFY(!baby.contains(QLatin1String("kes_systolic")));
        QVERIFY(baby.contains(QLatin1String("pu_water_source"))); // the household's questions follow
        QVERIFY(codes(f.family.toddler, false).contains(QLatin1String("kes_vitamin_a")));
        const QStringList mother = codes(f.family.mother, false);
        QVERIFY(mother.contains(QLatin1String("kes_systolic")));
        QVERIFY(!mother.contains(QLatin1String("kes_anc_muac"))); // only during a pregnancy
        QVERIFY(codes(f.family.mother, true).contains(QLatin1String("kes_anc_muac")));
        QVERIFY(!mother.contains(QLatin1String("kes_weight")));
    }

    void childEntrySavedWholeWithOutbox()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry e = f.entry(f.family.baby);
        e.answers = {{QStringLiteral("kes_weight"), QStringLiteral("6,4")}, // decimal comma
                     {QStringLiteral("kes_lenhei"), QStringLiteral("63")},
                     {QStringLiteral("kes_kia_book"), QStringLiteral("ya")},
                     {QStringLiteral("kes_exclusive_bf"), QStringLiteral("tidak")},
                     {QStringLiteral("pu_latrine"), QStringLiteral("own")},
                     {QStringLiteral("kes_head_circ"), QString()}}; // empty: not recorded
        e.vaccinesGiven = {QStringLiteral("BCG"), QStringLiteral("OPV1")};
        e.referralTo = QStringLiteral("puskesmas");
        e.referralReason = QStringLiteral("  batuk   lama ");
        const int outboxBefore = f.store.count(QStringLiteral("outbox"));
        auto saved = f.store.ok() ? entries.save(e, kToday) : Result<Saved>(Error{});
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().changes.size(), 7); // anthropometry, 3 observations, 2 doses, referral
        QCOMPARE(f.store.count(QStringLiteral("outbox")) - outboxBefore, 7);
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT weight_kg || '/' || lenhei_cm || '/' || position FROM anthropometry")),
                 QStringLiteral("6.4/63.0/lying"));
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT value FROM observation WHERE indicator_code = 'kes_exclusive_bf'")),
                 QStringLiteral("false"));
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT member_id IS NULL FROM observation WHERE indicator_code = 'pu_latrine'")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT reason FROM referral")), QStringLiteral("batuk lama"));
        QCOMPARE(f.store.count(QStringLiteral("immunisation"), QStringLiteral("session_id IS NOT NULL")), 2);

        // The entry saved again the same day (the form shows it again, the cadre corrects the weight): the same
        // records are corrected, none is added; a dose recorded today is kept once, not given twice.
        auto shown = entries.savedEntry(entries.context(f.family.baby, kToday).value().value(), kToday);
        QVERIFY(shown);
        QCOMPARE(shown.value().answers.value(QStringLiteral("kes_weight")), QLocale().toString(6.4));
        QCOMPARE(shown.value().answers.value(QStringLiteral("kes_exclusive_bf")), QStringLiteral("false"));
        QCOMPARE(shown.value().answers.value(QStringLiteral("pu_latrine")).isEmpty(), false);
        QCOMPARE(shown.value().referralReason, QStringLiteral("batuk lama"));
        QCOMPARE(shown.value().vaccinesGiven.size(), 2);
        SessionEntry again = shown.value();
        again.sessionId = e.sessionId;
        again.answers.insert(QStringLiteral("kes_weight"), QStringLiteral("6,5"));
        auto corrected = entries.save(again, kToday);
        QVERIFY2(corrected.ok(), qPrintable(corrected.error().message));
        QCOMPARE(f.store.count(QStringLiteral("anthropometry")), 1);
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT weight_kg FROM anthropometry")), QStringLiteral("6.5"));
        QCOMPARE(f.store.count(QStringLiteral("observation")), 3);
        QCOMPARE(f.store.count(QStringLiteral("referral")), 1);
        QCOMPARE(f.store.count(QStringLiteral("immunisation")), 2);

        // A later dose of a series without the earlier one is refused at the doses, in words; nothing is written.
        SessionEntry outOfOrder = f.entry(f.family.baby);
        outOfOrder.vaccinesGiven = {QStringLiteral("MR2")};
        auto refused = entries.save(outOfOrder, kToday);
        QVERIFY(!refused.ok());
        QCOMPARE(issueFields(refused.error()), QStringList{QStringLiteral("vaccines")});
        QVERIFY2(refused.error().message.contains(QLatin1String("MR) 1")), qPrintable(refused.error().message));
        QCOMPARE(f.store.count(QStringLiteral("immunisation")), 2);
    }

    void badEntriesRefusedAtTheirField_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("95 typed for 9,5 kg") << "baby"
                                             << "kes_weight"
                                             << "95"
                                             << "kes_weight";
        QTest::newRow("weight in words") << "baby"
                                         << "kes_weight"
                                         << "enam"
                                         << "kes_weight";
        QTest::newRow("length in metres") << "baby"
                                          << "kes_lenhei"
                                          << "0,63"
                                          << "kes_lenhei";
        QTest::newRow("thousands separator") << "baby"
                                             << "kes_weight"
                                             << "1.000,5"
                                             << "kes_weight";
        QTest::newRow("unknown indicator") << "baby"
                                           << "kes_nonsense"
                                           << "1"
                                           << "kes_nonsense";
        QTest::newRow("question for another age") << "baby"
                                                  << "kes_systolic"
                                                  << "120"
                                                  << "kes_systolic";
        QTest::newRow("yes/no answered 'mungkin'") << "baby"
                                                   << "kes_kia_book"
                                                   << "mungkin"
                                                   << "kes_kia_book";
        QTest::newRow("code not in the list") << "baby"
                                              << "pu_latrine"
                                              << "kali"
                                              << "pu_latrine";
        QTest::newRow("blood pressure half given") << "father"
                                                   << "kes_systolic"
                                                   << "120"
                                                   << "kes_diastolic";
        QTest::newRow("ANC without a pregnancy") << "mother"
                                                 << "kes_anc_muac"
                                                 << "24"
                                                 << "new_pregnancy_lmp";
        QTest::newRow("nothing filled in") << "baby"
                                           << "kes_head_circ"
                                           << ""
                                           << "entry";
    }
    void badEntriesRefusedAtTheirField()
    {
        QFETCH(QString, who);
        QFETCH(QString, code);
        QFETCH(QString, value);
        QFETCH(QString, field);
        Fixture f;
        QVERIFY(f.ok);
        const QString id = who == QLatin1String("baby") ? f.family.baby : who == QLatin1String("father") ? f.family.father : f.family.mother;
        SessionEntry e = f.entry(id);
        e.answers.insert(code, value);
        const int outboxBefore = f.store.count(QStringLiteral("outbox"));
        auto saved = SessionEntryRepository(f.store.db(), f.catalog, f.rules).save(e, kToday);
        QVERIFY(!saved.ok());
        QVERIFY2(issueFields(saved.error()).contains(field), qPrintable(issueFields(saved.error()).join(QLatin1Char(','))));
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(f.store.count(QStringLiteral("outbox")), outboxBefore);
    }

    void otherBadEntries()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry man = f.entry(f.family.father);
        man.newPregnancyLmp = kToday.addDays(-30);
        QVERIFY(!entries.save(man, kToday).ok());
        SessionEntry future = f.entry(f.family.baby);
        future.date = kToday.addDays(1);
        future.answers.insert(QStringLiteral("kes_weight"), QStringLiteral("6"));
        QVERIFY(!entries.save(future, kToday).ok());
        SessionEntry ghost = f.entry(QStringLiteral("0190a000-0000-7000-8000-00000000dead"));
        ghost.answers.insert(QStringLiteral("kes_weight"), QStringLiteral("6"));
        QVERIFY(!entries.save(ghost, kToday).ok());
        SessionEntry nowhere = f.entry(f.family.baby);
        nowhere.referralTo = QStringLiteral("dukun");
        QVERIFY(!entries.save(nowhere, kToday).ok());
        SessionEntry reversed = f.entry(f.family.grandmother);
        reversed.answers = {{QStringLiteral("kes_systolic"), QStringLiteral("80")}, {QStringLiteral("kes_diastolic"), QStringLiteral("120")}};
        QVERIFY(!entries.save(reversed, kToday).ok());
        QCOMPARE(f.store.count(QStringLiteral("anthropometry")) + f.store.count(QStringLiteral("pregnancy"))
                     + f.store.count(QStringLiteral("referral")) + f.store.count(QStringLiteral("adult_screening")),
                 0);
    }

    void failureAtEveryStatementLeavesNoTrace()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry e = f.entry(f.family.baby);
        e.answers = {{QStringLiteral("kes_weight"), QStringLiteral("6,4")}, {QStringLiteral("kes_kia_book"), QStringLiteral("ya")}};
        e.vaccinesGiven = {QStringLiteral("BCG")};
        e.referralTo = QStringLiteral("bidan");
        const int outboxBefore = f.store.count(QStringLiteral("outbox"));
        int n = 1;
        for (;; ++n) {
            QVERIFY2(n < 80, "save never succeeded");
            Sql::failNthStatement(n);
            auto saved = entries.save(e, kToday);
            Sql::failNthStatement(0);
            if (saved.ok())
                break;
            QCOMPARE(f.store.count(QStringLiteral("outbox")), outboxBefore);
            QCOMPARE(f.store.count(QStringLiteral("anthropometry")) + f.store.count(QStringLiteral("observation"))
                         + f.store.count(QStringLiteral("immunisation")) + f.store.count(QStringLiteral("referral")),
                     0);
        }
        QVERIFY(n > 10);
        QCOMPARE(f.store.count(QStringLiteral("outbox")) - outboxBefore, 4);
    }

    void undoTakesBackTheLastSaveAsNewChanges()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry e = f.entry(f.family.baby);
        e.answers = {{QStringLiteral("kes_weight"), QStringLiteral("6,4")}, {QStringLiteral("sos_disability"), QStringLiteral("sensory")}};
        auto saved = entries.save(e, kToday);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT disability FROM member WHERE id = ?"), {f.family.baby}), QStringLiteral("sensory"));
        const int outbox = f.store.count(QStringLiteral("outbox"));

        auto undone = ChangeReverter::revert(f.store.db(), saved.value().changes);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message));
        // The measurement is tombstoned (kept until the server confirms), the
        // member's field has its old value back, and both are queued for sync.
        QCOMPARE(f.store.count(QStringLiteral("anthropometry"), QStringLiteral("deleted_at IS NULL")), 0);
        QCOMPARE(f.store.count(QStringLiteral("anthropometry")), 1);
        QCOMPARE(scalar(f.store.db(), QStringLiteral("SELECT disability FROM member WHERE id = ?"), {f.family.baby}), QString());
        QCOMPARE(f.store.count(QStringLiteral("outbox")) - outbox, 2);
        QCOMPARE(f.store.count(QStringLiteral("outbox"), QStringLiteral("op = 'delete' AND entity = 'anthropometry'")), 1);

        // Undoing twice is refused: the record is gone.
        QVERIFY(!ChangeReverter::revert(f.store.db(), saved.value().changes).ok());
        QVERIFY(!ChangeReverter::revert(f.store.db(), {}).ok());

        // A field changed again after the save (e.g. by sync) is not overwritten.
        Member m = MemberRepository(f.store.db()).find(f.family.toddler).value().value();
        m.occupation = QStringLiteral("pelajar");
        auto edit = MemberRepository(f.store.db()).save(m, kToday);
        QVERIFY(edit.ok());
        m.occupation = QStringLiteral("belum sekolah");
        QVERIFY(MemberRepository(f.store.db()).save(m, kToday).ok());
        const int before = f.store.count(QStringLiteral("outbox"));
        auto stale = ChangeReverter::revert(f.store.db(), edit.value().changes);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().message.contains(QLatin1String("sync")) || !stale.error().message.isEmpty());
        QCOMPARE(f.store.count(QStringLiteral("outbox")), before);
    }

    // Doses written earlier in the KIA book, each checked at its own date (order, age window), oldest first.
    void earlierDosesFromTheKiaBook_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("date");
        QTest::newRow("HB0 at 52 days (past its 7)") << "HB0" << QDate(2026, 6, 1);
        QTest::newRow("before the birth") << "BCG" << QDate(2026, 4, 1);
        QTest::newRow("after the session") << "BCG" << kToday.addDays(1);
        QTest::newRow("OPV2 without OPV1") << "OPV2" << QDate(2026, 6, 12);
        QTest::newRow("unknown vaccine") << "COVID" << QDate(2026, 6, 12);
    }
    void earlierDosesFromTheKiaBook()
    {
        QFETCH(QString, code);
        QFETCH(QDate, date);
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry bad = f.entry(f.family.baby); // born 10 April 2026
        bad.earlierDoses = {{QStringLiteral("BCG"), QDate(2026, 4, 20)}, {code, date}};
        auto refused = entries.save(bad, kToday);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().issues.first().field, QStringLiteral("earlier_doses"));
        QCOMPARE(f.store.count(QStringLiteral("immunisation")), 0); // the good one is not written either

        SessionEntry book = f.entry(f.family.baby);
        book.earlierDoses = {{QStringLiteral("HB0"), QDate(2026, 4, 11)},
                             {QStringLiteral("BCG"), QDate(2026, 5, 10)},
                             {QStringLiteral("OPV1"), QDate(2026, 5, 10)},
                             {QStringLiteral("OPV2"), QDate(2026, 6, 12)}};
        book.vaccinesGiven = {QStringLiteral("OPV3")}; // today, after the book's OPV2
        auto saved = entries.save(book, kToday);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(f.store.count(QStringLiteral("immunisation"), QStringLiteral("given_at = 'elsewhere' AND session_id IS NULL")), 4);
        QCOMPARE(f.store.count(QStringLiteral("immunisation"), QStringLiteral("vaccine_code = 'OPV3' AND given_at = 'posyandu'")), 1);
        QCOMPARE(Test::scalar(f.store.db(), QStringLiteral("SELECT given_on FROM immunisation WHERE vaccine_code = 'BCG'")),
                 QStringLiteral("2026-05-10"));
    }

    // An unanswered yes/no of a typed record ("—") shows again as unanswered, not as the column's default "No".
    void unansweredStaysUnansweredWhenShownAgain()
    {
        Fixture f;
        QVERIFY(f.ok);
        SessionEntryRepository entries(f.store.db(), f.catalog, f.rules);
        SessionEntry e = f.entry(f.family.grandmother);
        e.answers = {{QStringLiteral("kes_systolic"), QStringLiteral("120")}, {QStringLiteral("kes_diastolic"), QStringLiteral("80")}};
        QVERIFY(entries.save(e, kToday).ok());
        const PersonContext grandmother = entries.context(f.family.grandmother, kToday).value().value();
        QMap<QString, QString> shown = entries.savedEntry(grandmother, kToday).value().answers;
        QVERIFY(!shown.contains(QStringLiteral("kes_tb_symptoms")));
        QVERIFY(!shown.contains(QStringLiteral("kes_smoker")));
        QCOMPARE(shown.value(QStringLiteral("kes_systolic")), QStringLiteral("120"));
        e.answers.insert(QStringLiteral("kes_tb_symptoms"), QStringLiteral("tidak"));
        QVERIFY(entries.save(e, kToday).ok());
        shown = entries.savedEntry(grandmother, kToday).value().answers;
        QCOMPARE(shown.value(QStringLiteral("kes_tb_symptoms")), QStringLiteral("false"));
    }
};

QTEST_GUILESS_MAIN(TestSessionEntry)
#include "tst_sessionentry.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// WHO z-scores: WHO's own check values (docs/domain.md, "Child growth") and cases derived by hand
// from the shipped tables with an independent calculation.
#include "growthcalculator.h"

#include "age.h"
#include "anthropometry.h"

#include <QTest>

using namespace Posyandu::Growth;

class TestGrowth : public QObject
{
    Q_OBJECT
    std::shared_ptr<const GrowthCalculator> m_calc;

    GrowthResult run(int sex, int days, std::optional<double> kg, std::optional<double> cm = {}, bool lying = true, bool oedema = false)
    {
        return m_calc->compute(GrowthInput{sex, days, kg, cm, lying, oedema});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_calc = GrowthCalculator::fromResources();
        QVERIFY(m_calc);
    }

    void whoCheckValues()
    {
        // Girl, 1522 days, 17 kg -> 0.24 (WHO anthro, 2 decimals).
        QCOMPARE(QString::number(*run(2, 1522, 17.0).weightForAge.z, 'f', 2), QStringLiteral("0.24"));
        // Girl, 365 days, 9 kg (L -0.2022, M 8.9462, S 0.12267) -> 0.0488.
        QVERIFY(qAbs(*run(2, 365, 9.0).weightForAge.z - 0.0488) < 0.0001);
        // Same girl at 16 kg: plain 4.471, adjusted about 4.795.
        QVERIFY(qAbs(*run(2, 365, 16.0).weightForAge.z - 4.795) < 0.001);
    }

    void handDerived_data()
    {
        QTest::addColumn<int>("sex");
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("kg");
        QTest::addColumn<double>("cm");
        QTest::addColumn<bool>("lying");
        QTest::addColumn<QString>("index");
        QTest::addColumn<double>("expected");
        QTest::newRow("wfa at the median is 0") << 1 << 0 << 3.3464 << 0.0 << true << "wfa" << 0.0;
        QTest::newRow("wfa below -3 SD is adjusted") << 1 << 0 << 1.5 << 0.0 << true << "wfa" << -4.53113649;
        QTest::newRow("wfa above +3 SD is adjusted") << 2 << 700 << 20.0 << 0.0 << true << "wfa" << 4.56244978;
        QTest::newRow("wfa on the last day, 1825") << 1 << 1825 << 18.3 << 0.0 << true << "wfa" << -0.01204062;
        QTest::newRow("lhfa standing before 731 days adds 0.7") << 1 << 400 << 10.0 << 75.35 << false << "lhfa" << -0.42375990;
        QTest::newRow("wfl on corrected, interpolated length") << 1 << 400 << 10.0 << 75.35 << false << "wfl" << 0.34857153;
        QTest::newRow("bmi on corrected length") << 1 << 400 << 10.0 << 75.35 << false << "bmi" << 0.46373115;
        QTest::newRow("lhfa lying from 731 days takes 0.7") << 2 << 1000 << 12.5 << 90.2 << true << "lhfa" << -0.90517343;
        QTest::newRow("wfh from 731 days") << 2 << 1000 << 12.5 << 90.2 << true << "wfl" << -0.01974903;
        QTest::newRow("bmi from 731 days") << 2 << 1000 << 12.5 << 90.2 << true << "bmi" << 0.10969002;
        QTest::newRow("wfh severe wasting adjusted") << 2 << 1000 << 8.0 << 90.2 << true << "wfl" << -5.05829656;
        QTest::newRow("wfl interpolated at 45.05 cm") << 1 << 10 << 2.3 << 45.05 << true << "wfl" << -0.69305546;
    }
    void handDerived()
    {
        QFETCH(int, sex);
        QFETCH(int, days);
        QFETCH(double, kg);
        QFETCH(double, cm);
        QFETCH(bool, lying);
        QFETCH(QString, index);
        QFETCH(double, expected);
        const GrowthResult r = run(sex, days, kg, cm > 0 ? std::optional<double>(cm) : std::nullopt, lying);
        const IndexResult &i = index == QLatin1String("wfa") ? r.weightForAge
            : index == QLatin1String("lhfa")                 ? r.lengthForAge
            : index == QLatin1String("wfl")                  ? r.weightForLength
                                                             : r.bmiForAge;
        QVERIFY(i.z.has_value());
        QVERIFY2(qAbs(*i.z - expected) < 1e-6, qPrintable(QString::number(*i.z, 'f', 8)));
    }

    void categoriesAtBoundaries_data()
    {
        QTest::addColumn<double>("z");
        QTest::addColumn<QString>("wfa");
        QTest::addColumn<QString>("lhfa");
        QTest::addColumn<QString>("wfl");
        QTest::newRow("-3.01") << -3.01 << "severely_underweight"
                               << "severely_stunted"
                               << "severely_wasted";
        QTest::newRow("-3 exactly") << -3.0 << "underweight"
                                    << "stunted"
                                    << "wasted";
        QTest::newRow("-2 exactly") << -2.0 << "normal"
                                    << "normal"
                                    << "normal";
        QTest::newRow("+1 exactly") << 1.0 << "normal"
                                    << "normal"
                                    << "normal";
        QTest::newRow("+1.5") << 1.5 << "risk_of_overweight"
                              << "normal"
                              << "risk_of_overweight";
        QTest::newRow("+2.5") << 2.5 << "risk_of_overweight"
                              << "normal"
                              << "overweight";
        QTest::newRow("+2 exactly") << 2.0 << "risk_of_overweight"
                                    << "normal"
                                    << "risk_of_overweight";
        QTest::newRow("+3 exactly") << 3.0 << "risk_of_overweight"
                                    << "normal"
                                    << "overweight";
        QTest::newRow("+3.2") << 3.2 << "risk_of_overweight"
                              << "tall"
                              << "obese";
    }
    void categoriesAtBoundaries()
    {
        QFETCH(double, z);
        QFETCH(QString, wfa);
        QFETCH(QString, lhfa);
        QFETCH(QString, wfl);
        QCOMPARE(GrowthCalculator::weightForAgeCategory(z), wfa);
        QCOMPARE(GrowthCalculator::lengthForAgeCategory(z), lhfa);
        QCOMPARE(GrowthCalculator::wastingCategory(z), wfl);
    }

    void categoriesComeWithScores()
    {
        const GrowthResult r = run(2, 1000, 8.0, 90.2);
        QCOMPARE(r.weightForLength.category, QStringLiteral("severely_wasted"));
        QVERIFY(!GrowthCalculator::categoryLabel(r.weightForLength.category).isEmpty());
        QCOMPARE(run(2, 365, 9.0).weightForAge.category, QStringLiteral("normal"));
        QVERIFY(run(2, 365, 9.0).lengthForAge.category.isEmpty()); // no length, no category
    }

    // One rule for the measuring position (docs/domain.md): a child of
    // exactly 730 days has 24 completed months yet is still measured lying;
    // from 731 days standing. The form, the repository, the import and the
    // generator all ask Posyandu::Anthropometry::standardPosition.
    void measuringPositionFollowsOneRule()
    {
        const QDate born(2024, 3, 1);
        const QDate measured(2026, 3, 1);
        QCOMPARE(born.daysTo(measured), 730);
        QCOMPARE(Posyandu::ageInMonths(born, measured), 24);
        QCOMPARE(Posyandu::Anthropometry::standardPosition(730), Posyandu::Anthropometry::Position::Lying);
        QCOMPARE(Posyandu::Anthropometry::standardPosition(731), Posyandu::Anthropometry::Position::Standing);
        QCOMPARE(Posyandu::Anthropometry::standardPosition(0), Posyandu::Anthropometry::Position::Lying);
        // Measured in the standard position, no 0.7 cm correction either side of the line.
        for (int days : {730, 731}) {
            GrowthInput in;
            in.sex = 1;
            in.ageDays = days;
            in.lenheiCm = 87.0;
            in.measuredLying = Posyandu::Anthropometry::measuredLyingByStandard(days);
            QCOMPARE(m_calc->compute(in).correctedLenheiCm.value_or(0), 87.0);
        }
    }

    void oedemaVoidsWeightBasedOnly()
    {
        const GrowthResult r = run(2, 365, 9.0, 74.0, true, true);
        QVERIFY(!r.weightForAge.z && !r.weightForLength.z && !r.bmiForAge.z);
        QVERIFY(r.lengthForAge.z.has_value());
    }

    void implausibleFlagsKeepTheValue()
    {
        const GrowthResult heavy = run(1, 365, 30.0, 75.0);
        QVERIFY(heavy.weightForAge.z && *heavy.weightForAge.z > 5);
        QVERIFY(heavy.weightForAge.implausible);
        QVERIFY(heavy.weightForLength.implausible);
        const GrowthResult tiny = run(1, 365, 9.6, 45.0);
        QVERIFY(tiny.lengthForAge.z && *tiny.lengthForAge.z < -6);
        QVERIFY(tiny.lengthForAge.implausible);
        QVERIFY(!run(1, 365, 9.6, 75.7).lengthForAge.implausible);
    }

    void outOfRangeGivesNoScore()
    {
        QVERIFY(!run(1, 1826, 18.0, 110.0).weightForAge.z); // 60 months
        QVERIFY(!run(1, -1, 3.0).weightForAge.z);
        QVERIFY(!run(3, 100, 6.0).weightForAge.z);          // unknown sex code
        QVERIFY(!run(1, 100, 6.0, 44.0).weightForLength.z); // below the 45 cm table
        QVERIFY(!run(1, 900, 30.0, 121.0).weightForLength.z);
        QVERIFY(run(1, 100, 6.0, 44.0).lengthForAge.z); // length-for-age still computed
    }

    void damagedTableIsRefused()
    {
        QVERIFY(!LmsTable::fromText(QStringLiteral("sex\tage\tl\tm\ts\n1\t0\t1\tx\t0.1\n"), 1));
        QVERIFY(!LmsTable::fromText(QStringLiteral("sex\tage\tl\tm\ts\n1\t0\t1\t2\t0.1\n1\t2\t1\t2\t0.1\n2\t0\t1\t2\t0.1\n"), 1)); // gap
        QVERIFY(!LmsTable::fromText(QStringLiteral("sex\tage\tl\tm\ts\n1\t0\t1\t2\t0.1\n"), 1));                                   // one sex only
    }
};

QTEST_GUILESS_MAIN(TestGrowth)
#include "tst_growth.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// NIK, KK, household, member, anthropometry and indicator-value validation,
// with the bad inputs a cadre actually types.
#include "anthropometry.h"
#include "household.h"
#include "indicator.h"
#include "language.h"
#include "member.h"
#include "nik.h"
#include "userdate.h"

#include <QTest>

using namespace Posyandu;

namespace {
const QDate kToday(2026, 11, 23);

bool hasErrorOn(const ValidationReport &r, const QString &field)
{
    for (const auto &i : r.issues())
        if (i.field == field && i.severity == ValidationIssue::Severity::Error)
            return true;
    return false;
}
int warnings(const ValidationReport &r)
{
    int n = 0;
    for (const auto &i : r.issues())
        n += i.severity == ValidationIssue::Severity::Warning;
    return n;
}
Member validMember()
{
    Member m;
    m.householdId = QStringLiteral("h");
    m.name = QStringLiteral("Siti Aminah");
    m.sex = QStringLiteral("P");
    m.birthDate = QDate(1990, 5, 12);
    m.relationship = QStringLiteral("istri");
    m.nik = QStringLiteral("3578015205900003"); // 52 = 12 + 40 (woman), May 1990
    return m;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nik_data()
    {
        QTest::addColumn<QString>("nik");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("female");
        QTest::newRow("man") << "3578011205900001" << true << false;
        QTest::newRow("woman day+40") << "3578015205900003" << true << true;
        QTest::newRow("woman 71 (31+40)") << "3578017101000001" << true << true;
        QTest::newRow("leap day 2000") << "3578012902000001" << true << false;
        QTest::newRow("spaces around") << "  3578011205900001 " << true << false;
        QTest::newRow("15 digits") << "357801120590001" << false << false;
        QTest::newRow("17 digits") << "35780112059000011" << false << false;
        QTest::newRow("letter O for zero") << "35780112O5900001" << false << false;
        QTest::newRow("dashes") << "3578-0112-0590-01" << false << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("day 00") << "3578010005900001" << false << false;
        QTest::newRow("day 32") << "3578013205900001" << false << false;
        QTest::newRow("day 40") << "3578014005900001" << false << false;
        QTest::newRow("day 72") << "3578017205900001" << false << false;
        QTest::newRow("month 13") << "3578011213900001" << false << false;
        QTest::newRow("31 April") << "3578013104900001" << false << false;
        QTest::newRow("29 Feb 1999 (woman)") << "3578016902990001" << false << false;
        QTest::newRow("serial 0000") << "3578011205900000" << false << false;
        QTest::newRow("province 00") << "0078011205900001" << false << false;
        QTest::newRow("regency 00") << "3500011205900001" << false << false;
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٣٥٧٨٠١١٢٠٥٩٠٠٠٠١") << false << false;
    }
    void nik()
    {
        QFETCH(QString, nik);
        QFETCH(bool, valid);
        QFETCH(bool, female);
        ValidationReport report;
        const auto parts = Nik::parse(nik, report);
        QCOMPARE(parts.has_value(), valid);
        QCOMPARE(report.hasErrors(), !valid);
        if (valid)
            QCOMPARE(parts->female, female);
        else
            QVERIFY(!report.firstError().isEmpty());
    }

    void nikCenturyFollowsToday()
    {
        ValidationReport report;
        const auto parts = Nik::parse(QStringLiteral("3578011205900001"), report);
        QVERIFY(parts);
        QCOMPARE(Nik::birthDateOf(*parts, kToday), QDate(1990, 5, 12));
        const auto young = Nik::parse(QStringLiteral("3578011205240001"), report);
        QCOMPARE(Nik::birthDateOf(*young, kToday), QDate(2024, 5, 12));
    }

    void nikMismatchIsWarningNotError()
    {
        Member m = validMember();
        m.sex = QStringLiteral("L");      // NIK says woman
        m.birthDate = QDate(1990, 6, 12); // NIK says May
        const ValidationReport report = m.validate(kToday);
        QVERIFY(!report.hasErrors());
        QCOMPARE(warnings(report), 2);
        // An estimated birth date is not compared (the family only knew the year).
        m.birthDateEstimated = true;
        QCOMPARE(warnings(m.validate(kToday)), 1);
    }

    void kk_data()
    {
        QTest::addColumn<QString>("kk");
        QTest::addColumn<bool>("error");
        QTest::addColumn<bool>("warning");
        QTest::newRow("valid") << "3578011503150002" << false << false;
        QTest::newRow("odd issue date is a warning") << "3578019999150002" << false << true;
        QTest::newRow("short") << "35780115031500" << true << false;
        QTest::newRow("letters") << "3578A11503150002" << true << false;
        QTest::newRow("area 00") << "0000001503150002" << true << false;
    }
    void kk()
    {
        QFETCH(QString, kk);
        QFETCH(bool, error);
        QFETCH(bool, warning);
        ValidationReport report;
        KkNumber::validate(kk, report);
        QCOMPARE(report.hasErrors(), error);
        QCOMPARE(warnings(report) > 0, warning);
    }

    void household()
    {
        Household h;
        h.posyanduId = QStringLiteral("p");
        h.headName = QStringLiteral("  Budi   Santoso ");
        h.rt = QStringLiteral("3");
        h.rw = QStringLiteral("12");
        h.villageCode = QStringLiteral("3578010001");
        const Household n = h.normalized();
        QCOMPARE(n.headName, QStringLiteral("Budi Santoso"));
        QCOMPARE(n.rt, QStringLiteral("003"));
        QCOMPARE(n.rw, QStringLiteral("012"));
        QVERIFY(!n.validate().hasErrors());

        Household bad = n;
        bad.headName.clear();
        bad.rt = QStringLiteral("000");
        bad.rw = QStringLiteral("1a");
        bad.villageCode = QStringLiteral("35780100");
        bad.kkNumber = QStringLiteral("123");
        const auto report = bad.normalized().validate();
        for (const char *field : {"head_name", "rt", "rw", "village_code", "kk_number"})
            QVERIFY2(hasErrorOn(report, QLatin1String(field)), field);
    }

    void member()
    {
        QVERIFY(!validMember().validate(kToday).hasErrors());
        Member m = validMember();
        m.name = QStringLiteral("   ");
        m.sex = QStringLiteral("X");
        m.birthDate = kToday.addDays(1);
        m.relationship = QStringLiteral("tetangga");
        auto report = m.normalized().validate(kToday);
        for (const char *field : {"name", "sex", "birth_date", "relationship"})
            QVERIFY2(hasErrorOn(report, QLatin1String(field)), field);

        Member died = validMember();
        died.status = QStringLiteral("died");
        QVERIFY(hasErrorOn(died.validate(kToday), QStringLiteral("status_date"))); // date required
        died.statusDate = QDate(1989, 1, 1);
        QVERIFY(hasErrorOn(died.validate(kToday), QStringLiteral("status_date"))); // before birth
        died.statusDate = QDate(2020, 1, 1);
        QVERIFY(!died.validate(kToday).hasErrors());
        Member noBirth = validMember();
        noBirth.birthDate = QDate();
        QVERIFY(hasErrorOn(noBirth.validate(kToday), QStringLiteral("birth_date")));
        noBirth.birthDate = QDate(1850, 1, 1);
        QVERIFY(hasErrorOn(noBirth.validate(kToday), QStringLiteral("birth_date")));
    }

    void anthropometry_data()
    {
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("lenhei");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("ok") << 9.5 << 75.0 << "";
        QTest::newRow("95 typed for 9.5") << 95.0 << 75.0 << "weight_kg";
        QTest::newRow("grams typed") << 9500.0 << 75.0 << "weight_kg";
        QTest::newRow("negative") << -1.0 << 75.0 << "weight_kg";
        QTest::newRow("NaN") << qQNaN() << 75.0 << "weight_kg";
        QTest::newRow("metres typed") << 9.5 << 0.75 << "lenhei_cm";
    }
    void anthropometry()
    {
        QFETCH(double, weight);
        QFETCH(double, lenhei);
        QFETCH(QString, errorField);
        Anthropometry a;
        a.memberId = QStringLiteral("m");
        a.measuredOn = QDate(2026, 11, 1);
        a.weightKg = weight;
        a.lenheiCm = lenhei;
        const auto report = a.validate(QDate(2025, 11, 1), kToday);
        if (errorField.isEmpty())
            QVERIFY(!report.hasErrors());
        else
            QVERIFY(hasErrorOn(report, errorField));
    }

    void anthropometryDates()
    {
        Anthropometry a;
        a.memberId = QStringLiteral("m");
        a.weightKg = 9;
        a.measuredOn = QDate(2025, 10, 31);
        QVERIFY(hasErrorOn(a.validate(QDate(2025, 11, 1), kToday), QStringLiteral("measured_on"))); // before birth
        a.measuredOn = kToday.addDays(1);
        QVERIFY(hasErrorOn(a.validate(QDate(2025, 11, 1), kToday), QStringLiteral("measured_on"))); // future
        a.measuredOn = kToday;
        a.weightKg.reset();
        QVERIFY(a.validate(QDate(2025, 11, 1), kToday).hasErrors()); // nothing measured
    }

    void userDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dashes") << "12-05-1990" << QDate(1990, 5, 12);
        QTest::newRow("slashes, one-digit month") << "12/5/1990" << QDate(1990, 5, 12);
        QTest::newRow("dots") << "01.02.2024" << QDate(2024, 2, 1);
        QTest::newRow("compact") << "12051990" << QDate(1990, 5, 12);
        QTest::newRow("ISO") << "1990-05-12" << QDate(1990, 5, 12);
        QTest::newRow("spaces around") << " 12-05-1990 " << QDate(1990, 5, 12);
        QTest::newRow("two-digit year refused") << "12-05-90" << QDate();
        QTest::newRow("31 April") << "31-04-2020" << QDate();
        QTest::newRow("month 13") << "12-13-2020" << QDate();
        QTest::newRow("words") << "kemarin" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }
    void userDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(parseUserDate(text), date);
        if (date.isValid())
            QCOMPARE(parseUserDate(formatUserDate(date)), date);
    }

    // What the form says about a date it cannot take: the right reason, not always "write DD-MM-YYYY".
    void userDateProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("31 February") << "31-02-1985"
                                     << "February 1985 has 28 days";
        QTest::newRow("29 February, not a leap year") << "29-02-2023"
                                                      << "February 2023 has 28 days";
        QTest::newRow("29 February, a leap year") << "29-02-2024"
                                                  << "";
        QTest::newRow("31 April") << "31-04-2020"
                                  << "April 2020 has 30 days";
        QTest::newRow("day 0") << "00-05-2020"
                               << "May 2020 has 31 days";
        QTest::newRow("month 13") << "12-13-2020"
                                  << "There is no month 13";
        QTest::newRow("ISO, month 13") << "2020-13-01"
                                       << "There is no month 13";
        QTest::newRow("two-digit year") << "12-03-85"
                                        << "four digits";
        QTest::newRow("words") << "kemarin"
                               << "DD-MM-YYYY";
        QTest::newRow("year 0") << "01-01-0000"
                                << "DD-MM-YYYY";
        QTest::newRow("fine") << "12/5/1990"
                              << "";
        QTest::newRow("empty") << " "
                               << "";
    }
    void userDateProblems()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QVERIFY(installTranslations(QStringLiteral("en"))); // the plural forms ("28 days") come from the translation
        const QString problem = userDateProblem(text);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    void userDateProblemInIndonesian()
    {
        QVERIFY(installTranslations(QStringLiteral("id")));
        const QString problem = userDateProblem(QStringLiteral("31-02-1985"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(problem, QStringLiteral("31-02-1985 tidak ada di kalender: Februari 1985 hanya punya 28 hari."));
    }

    void indicatorValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("canonical"); // empty = refused
        QTest::newRow("bool ya") << "boolean"
                                 << "Ya"
                                 << "true";
        QTest::newRow("bool tidak") << "boolean"
                                    << "tidak"
                                    << "false";
        QTest::newRow("bool maybe") << "boolean"
                                    << "mungkin"
                                    << "";
        QTest::newRow("decimal comma") << "number"
                                       << "9,5"
                                       << "9.5";
        QTest::newRow("decimal point") << "number"
                                       << "60.25"
                                       << "60.25";
        QTest::newRow("thousands sep") << "number"
                                       << "1.000,5"
                                       << "";
        QTest::newRow("below range") << "number"
                                     << "-1"
                                     << "";
        QTest::newRow("above range") << "number"
                                     << "1001"
                                     << "";
        QTest::newRow("integer ok") << "integer"
                                    << "7"
                                    << "7";
        QTest::newRow("integer fraction") << "integer"
                                          << "7,5"
                                          << "";
        QTest::newRow("code case-insensitive") << "code"
                                               << "OWN"
                                               << "own";
        QTest::newRow("code unknown") << "code"
                                      << "neighbour"
                                      << "";
        QTest::newRow("empty") << "number"
                               << "  "
                               << "";
        QTest::newRow("date") << "date"
                              << "2026-02-30"
                              << "";
    }
    void indicatorValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, raw);
        QFETCH(QString, canonical);
        Indicator i;
        i.valueType = type;
        i.minValue = 0;
        i.maxValue = 1000;
        i.codes = {{QStringLiteral("own"), QStringLiteral("Sendiri"), QStringLiteral("Own")}};
        ValidationReport report;
        const auto value = i.canonicalValue(raw, report);
        QCOMPARE(value.value_or(QString()), canonical);
        QCOMPARE(report.hasErrors(), canonical.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

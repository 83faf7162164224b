// SPDX-License-Identifier: GPL-3.0-or-later
// The practice village: reproducible from its seed, plausible to a cadre's
// eye (NIKs that match the person, mothers older than their children, growth
// mostly within +/-3 SD), kept apart from real data, and reset in one action.
#include "demogenerator.h"
#include "growthcalculator.h"
#include "householdrepository.h"
#include "nik.h"
#include "sql.h"
#include "tempstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using Posyandu::Demo::DemoGenerator;
using Posyandu::Demo::DemoOptions;
using Posyandu::Test::scalar;

namespace {
const QDate kToday(2026, 11, 23);

std::unique_ptr<Storage::Database> openDemo(const QTemporaryDir &dir, const QString &name)
{
    auto db = Storage::Database::open(dir.filePath(name));
    return db ? std::move(db).value() : nullptr;
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameVillage()
    {
        QTemporaryDir dir;
        auto a = openDemo(dir, QStringLiteral("a.sqlite"));
        auto b = openDemo(dir, QStringLiteral("b.sqlite"));
        QVERIFY(a && b);
        const DemoOptions options{100, 12, 42, kToday};
        QVERIFY(DemoGenerator::generate(*a, options).ok());
        QVERIFY(DemoGenerator::generate(*b, options).ok());
        QCOMPARE(DemoGenerator::contentHash(*a).value(), DemoGenerator::contentHash(*b).value()); // two devices, one village
        QVERIFY(DemoGenerator::isDemo(*a));
        // Another seed, another village; a reset with the first seed brings it back.
        QVERIFY(DemoGenerator::reset(*b, DemoOptions{100, 12, 43, kToday}).ok());
        QVERIFY(DemoGenerator::contentHash(*a).value() != DemoGenerator::contentHash(*b).value());
        auto again = DemoGenerator::reset(*b, options);
        QVERIFY(again.ok());
        QCOMPARE(DemoGenerator::contentHash(*b).value(), DemoGenerator::contentHash(*a).value());
        QCOMPARE(again.value().households, 100);
        // Demo rows are never queued for a server.
        QCOMPARE(scalar(*a, QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        // Search works on the generated register.
        QVERIFY(!Storage::HouseholdRepository(*a).search(QStringLiteral("santoso")).value().isEmpty());
    }

    void villageIsPlausible()
    {
        QTemporaryDir dir;
        auto db = openDemo(dir, QStringLiteral("v.sqlite"));
        QVERIFY(db);
        auto summary = DemoGenerator::generate(*db, DemoOptions{300, 12, 7, kToday});
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QVERIFY(summary.value().posyandus >= 3);
        QVERIFY(summary.value().pregnancies > 0);

        // Every NIK well-formed, and agreeing with the person's birth date and sex.
        auto people = Storage::Sql::run(db->sql(), QStringLiteral("SELECT nik, sex, birth_date FROM member WHERE nik IS NOT NULL"));
        QVERIFY(people.ok());
        int niks = 0;
        for (QSqlQuery q = std::move(people).value(); q.next(); ++niks) {
            ValidationReport report;
            const auto parts = Nik::parse(q.value(0).toString(), report);
            QVERIFY2(parts, qPrintable(q.value(0).toString()));
            Nik::crossCheck(*parts, q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate), report);
            QVERIFY2(
                report.issues().isEmpty(),
                qPrintable(q.value(0).toString() + QLatin1Char(' ') + (report.issues().isEmpty() ? QString() : report.issues().first().message)));
        }
        QVERIFY(niks > 500);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT nik) = count(nik) FROM member")), QStringLiteral("1"));

        // Every child at least 12 years younger than its mother.
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM member c JOIN member m ON m.household_id = c.household_id "
                                       "AND m.relationship = 'istri' WHERE c.relationship = 'anak' "
                                       "AND date(m.birth_date, '+12 years') > c.birth_date")),
                 QStringLiteral("0"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM member WHERE relationship = 'anak'")).toInt() > 100);

        // Growth: z-scores mostly within +/-3, with some stunted and some underweight children.
        auto growth = Growth::GrowthCalculator::fromResources();
        QVERIFY(growth);
        auto rows = Storage::Sql::run(db->sql(),
                                      QStringLiteral("SELECT m.sex, m.birth_date, a.measured_on, a.weight_kg, a.lenhei_cm, a.position "
                                                     "FROM anthropometry a JOIN member m ON m.id = a.member_id"));
        QVERIFY(rows.ok());
        int total = 0, within = 0, stunted = 0, underweight = 0;
        for (QSqlQuery q = std::move(rows).value(); q.next(); ++total) {
            Growth::GrowthInput in;
            in.sex = q.value(0).toString() == QLatin1String("P") ? 2 : 1;
            in.ageDays = int(QDate::fromString(q.value(1).toString(), Qt::ISODate).daysTo(QDate::fromString(q.value(2).toString(), Qt::ISODate)));
            in.weightKg = q.value(3).toDouble();
            in.lenheiCm = q.value(4).toDouble();
            in.measuredLying = q.value(5).toString() == QLatin1String("lying");
            const auto r = growth->compute(in);
            QVERIFY(r.weightForAge.z && r.lengthForAge.z);
            within += std::abs(*r.weightForAge.z) <= 3 && std::abs(*r.lengthForAge.z) <= 3;
            stunted += *r.lengthForAge.z < -2;
            underweight += *r.weightForAge.z < -2;
        }
        QVERIFY(total > 300);
        qInfo("%d weighings: %d within +/-3 SD, %d stunted, %d underweight", total, within, stunted, underweight);
        QVERIFY(double(within) / total >= 0.95);
        QVERIFY(stunted > 0 && double(stunted) / total < 0.4);
        QVERIFY(underweight > 0);
        // Some children missed doses (overdue lists have something to show), most did not.
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM immunisation")).toInt() > 100);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM adult_screening")).toInt() > 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT indicator_code) FROM observation")).toInt() >= 6);
    }

    void keptApartFromRealData()
    {
        Test::TempStore store; // a real store with a Posyandu
        QVERIFY(store.ok());
        auto refused = DemoGenerator::generate(store.db(), DemoOptions{10, 12, 1, kToday});
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY(!DemoGenerator::reset(store.db(), DemoOptions{10, 12, 1, kToday}).ok());
        QVERIFY(!DemoGenerator::isDemo(store.db()));
        QCOMPARE(store.count(QStringLiteral("posyandu")), 1);
        // The practice file lives beside the real one, never in it.
        QVERIFY(DemoGenerator::demoFilePath(QStringLiteral("/data")) != Storage::Database::defaultFilePath(QStringLiteral("/data")));
        // Bad sizes are refused in words.
        QTemporaryDir dir;
        auto db = openDemo(dir, QStringLiteral("x.sqlite"));
        QVERIFY(!DemoGenerator::generate(*db, DemoOptions{0, 12, 1, kToday}).ok());
        QVERIFY(!DemoGenerator::generate(*db, DemoOptions{10, 0, 1, kToday}).ok());
        QVERIFY(!DemoGenerator::generate(*db, DemoOptions{10, 61, 1, kToday}).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

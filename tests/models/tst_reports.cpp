// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly reports on a hand-computed fixture (tests/data/reports, its README
// shows every figure worked out by hand), imported through the documented
// CSV formats: SKDN totals, ratios, age band x sex, the 2T list, nutrition
// status and the referral list; month and age boundaries; area reports
// without names; the CSV file as Excel reads it.
#include "csvtable.h"
#include "growthcalculator.h"
#include "language.h"
#include "measurementrepository.h"
#include "memberrepository.h"
#include "monthlyreport.h"
#include "registerimport.h"
#include "reportpdf.h"
#include "reporttablemodel.h"
#include "reportxlsx.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"
#include "sql.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using namespace Posyandu::Reports;
using Posyandu::Io::RegisterImport;
using Posyandu::Test::TempStore;

namespace {
const QDate kToday(2026, 11, 23);

QString dataFile(const char *name)
{
    return QStringLiteral(POSYANDU_TEST_DATA_DIR "/reports/") + QLatin1String(name);
}

const ReportTable *table(const MonthlyReport &report, const char *id)
{
    for (const ReportTable &t : report.tables)
        if (t.id == QLatin1String(id))
            return &t;
    return nullptr;
}

QString memberId(TempStore &store, const char *ref)
{
    return Test::scalar(store.db(), QStringLiteral("SELECT id FROM member WHERE import_ref = ?"), {QLatin1String(ref)});
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    TempStore m_store;

    MonthlyReport build(const QString &month, const QString &posyandu = QStringLiteral("PSY-001"), const QString &area = {})
    {
        auto scope = ReportScope::forMonth(month);
        if (!scope)
            return {};
        scope->posyanduCode = posyandu;
        scope->areaCode = area;
        auto report = MonthlyReport::build(m_store.db(), *scope);
        if (!report)
            qWarning("%s", qPrintable(report.error().message));
        return report ? report.value() : MonthlyReport();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installTranslations(QStringLiteral("id")));
        QVERIFY(m_store.ok());
        for (const auto &[kind, file] :
             {std::pair{RegisterImport::Kind::Households, "households.csv"}, std::pair{RegisterImport::Kind::Members, "members.csv"},
              std::pair{RegisterImport::Kind::Measurements, "measurements.csv"}}) {
            auto prepared = RegisterImport::prepare(m_store.db(), kind, dataFile(file), m_store.posyanduId(), QStringLiteral("3578010001"), kToday);
            QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
            RegisterImport import = std::move(prepared).value();
            QCOMPARE(import.count(RegisterImport::Verdict::Bad), 0);
            QVERIFY(import.apply(false).ok());
        }
        auto catalog = Storage::IndicatorCatalog::load(m_store.db().sql());
        QVERIFY(catalog.ok());
        Storage::MeasurementRepository measurements(m_store.db(), catalog.value());
        auto kms = [&](const char *ref, const QDate &on, const char *answer) {
            const QString id = memberId(m_store, ref);
            const QString household = Test::scalar(m_store.db(), QStringLiteral("SELECT household_id FROM member WHERE id = ?"), {id});
            auto saved = measurements.saveObservation(
                {QString(), QString(), household, id, QStringLiteral("kes_kia_book"), on, QLatin1String(answer), QString(), QString()}, kToday);
            if (!saved)
                qWarning("%s", qPrintable(saved.error().message));
            return saved.ok();
        };
        QVERIFY(kms("A", QDate(2026, 9, 12), "ya"));
        QVERIFY(kms("C", QDate(2026, 7, 10), "ya"));
        QVERIFY(kms("D", QDate(2026, 10, 10), "ya"));
        QVERIFY(kms("E", QDate(2026, 9, 12), "ya"));
        QVERIFY(kms("F", QDate(2026, 8, 10), "ya"));
        QVERIFY(kms("F", QDate(2026, 10, 10), "tidak")); // the latest answer counts
        QVERIFY(kms("D", QDate(2026, 11, 2), "tidak"));  // after the month: ignored
        // Session entries (the way the opening day writes them).
        auto rules = ScheduleRules::fromResources();
        QVERIFY(rules.ok());
        Storage::SessionEntryRepository entries(m_store.db(), catalog.value(), rules.value());
        auto entry = [&](const char *ref, const QDate &on, const QMap<QString, QString> &answers, const QStringList &vaccines = {},
                         const QString &referral = {}, const QDate &lmp = {}) {
            auto saved = entries.save({QString(), memberId(m_store, ref), on, answers, vaccines, referral, QString(), lmp, QDate(), {}}, kToday);
            if (!saved)
                qWarning("%s: %s", ref, qPrintable(saved.error().message));
            return saved.ok();
        };
        QVERIFY(entry("D", QDate(2026, 7, 1), {}, {QStringLiteral("HB0")}));
        QVERIFY(entry("D", QDate(2026, 8, 5), {}, {QStringLiteral("BCG"), QStringLiteral("OPV1")}));
        QVERIFY(entry("D", QDate(2026, 10, 10), {}, {QStringLiteral("DPT-HB-Hib1")}));
        QVERIFY(entry("A", QDate(2026, 8, 10), {{QStringLiteral("kes_vitamin_a"), QStringLiteral("blue")}}));
        QVERIFY(entry("B", QDate(2026, 8, 10), {{QStringLiteral("kes_vitamin_a"), QStringLiteral("red")}}));
        QVERIFY(entry("M", QDate(2026, 9, 12), {{QStringLiteral("kes_anc_muac"), QStringLiteral("24")}}, {}, {}, QDate(2026, 7, 1)));
        QVERIFY(entry("M", QDate(2026, 10, 10),
                      {{QStringLiteral("kes_anc_muac"), QStringLiteral("23,0")}, {QStringLiteral("kes_anc_iron"), QStringLiteral("30")}}));
        QVERIFY(entry("S", QDate(2026, 10, 10),
                      {{QStringLiteral("kes_systolic"), QStringLiteral("150")},
                       {QStringLiteral("kes_diastolic"), QStringLiteral("85")},
                       {QStringLiteral("kes_glucose"), QStringLiteral("210")}},
                      {}, QStringLiteral("puskesmas")));
        QVERIFY(entry("S", QDate(2026, 10, 10), {{QStringLiteral("pu_latrine"), QStringLiteral("own")}}));
        QVERIFY(entry("D", QDate(2026, 10, 10), {{QStringLiteral("pu_latrine"), QStringLiteral("none")}}));

        Storage::MemberRepository members(m_store.db());
        Member hana = members.find(memberId(m_store, "H")).value().value();
        hana.status = QStringLiteral("moved");
        hana.statusDate = QDate(2026, 9, 15);
        QVERIFY(members.save(hana, kToday).ok());
    }

    void skdnTotalsAndRatios()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        const ReportTable *skdn = table(report, "skdn");
        QVERIFY(skdn);
        QList<QVariant> values;
        for (const QVariantList &row : skdn->rows)
            values << row.at(1);
        // S K D N T 2T O B D'  K/S D/S D/K N/D N/D' N/S
        QCOMPARE(values, (QList<QVariant>{7, 4, 5, 1, 2, 2, 1, 1, 3, 57.1, 71.4, 125.0, 20.0, 33.3, 14.3}));
        QCOMPARE(skdn->rows.at(8).at(2).toString(), QStringLiteral("D − O − B")); // the formula beside the figure
        QCOMPARE(skdn->rows.at(13).at(2).toString(), QStringLiteral("N / D′ × 100"));
        QVERIFY(skdn->title == QLatin1String("SKDN"));
        QVERIFY(skdn->rows.at(0).at(0).toString().startsWith(QLatin1String("S: balita")));
    }

    void skdnByAgeAndSexMatchesTheHandTable()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        const ReportTable *bands = table(report, "skdn_by_age_sex");
        QVERIFY(bands);
        QFile expectedFile(dataFile("skdn-by-age-sex-expected.csv"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        auto expected = Io::CsvTable::parse(expectedFile.readAll());
        QVERIFY(expected.ok());
        QCOMPARE(bands->rows.size(), expected.value().rows.size() + 1); // + total row
        for (int i = 0; i < expected.value().rows.size(); ++i) {
            const QStringList &want = expected.value().rows.at(i);
            const QVariantList &got = bands->rows.at(i);
            QVERIFY2(got.at(0).toString().startsWith(want.at(0) + QLatin1Char(' ')), qPrintable(got.at(0).toString()));
            QCOMPARE(got.at(1).toString(), want.at(1));
            for (int c = 2; c < want.size(); ++c)
                QCOMPARE(got.at(c).toString(), want.at(c));
        }
        const QVariantList &total = bands->rows.last();
        QCOMPARE(total.mid(2), (QVariantList{7, 4, 5, 1, 2, 2, 1, 1, 3}));
    }

    void namedListsForOnePosyandu()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        QVERIFY(report.withNames);
        const ReportTable *twoT = table(report, "skdn_2t");
        QVERIFY(twoT);
        QCOMPARE(twoT->rows.size(), 2);
        QCOMPARE(twoT->rows.at(0).at(0).toString(), QStringLiteral("Bunga"));
        QCOMPARE(twoT->rows.at(1).at(0).toString(), QStringLiteral("Joko")); // the 12-month track

        const ReportTable *status = table(report, "nutrition_status");
        QVERIFY(status);
        auto children = [&](const QString &index, const QString &categoryLabel) {
            for (const QVariantList &row : status->rows)
                if (row.at(0).toString().contains(index) && row.at(1).toString() == categoryLabel)
                    return row.at(2).toInt();
            return -1;
        };
        QCOMPARE(children(QStringLiteral("BB/U"), Growth::GrowthCalculator::categoryLabel(QStringLiteral("normal"))), 5);
        QCOMPARE(children(QStringLiteral("TB/U"), Growth::GrowthCalculator::categoryLabel(QStringLiteral("normal"))), 2);
        QCOMPARE(children(QStringLiteral("TB/U"), Growth::GrowthCalculator::categoryLabel(QStringLiteral("stunted"))), 1);
        QCOMPARE(children(QStringLiteral("TB/U"), Growth::GrowthCalculator::categoryLabel(QStringLiteral("severely_stunted"))), 1);
        QCOMPARE(children(QStringLiteral("BB/TB"), Growth::GrowthCalculator::categoryLabel(QStringLiteral("normal"))), 3);
        QCOMPARE(children(QStringLiteral("BB/TB"), Growth::GrowthCalculator::categoryLabel(QStringLiteral("risk_of_overweight"))), 1);

        const ReportTable *refer = table(report, "nutrition_referrals");
        QVERIFY(refer);
        QStringList names;
        for (const QVariantList &row : refer->rows)
            names << row.at(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Bunga"), QStringLiteral("Cahyo"), QStringLiteral("Joko")}));
        auto notComputed = [&](const QString &index) {
            for (const QVariantList &row : status->rows)
                if (row.at(0).toString().contains(index) && row.at(1).toString().startsWith(QLatin1String("Tidak dihitung")))
                    return row.at(2).toInt();
            return -1;
        };
        QCOMPARE(notComputed(QStringLiteral("TB/U")), 1); // Joko: weighed, not measured
        QCOMPARE(notComputed(QStringLiteral("BB/TB")), 1);
        QVERIFY(refer->rows.first().at(4).toString().contains(QLatin1String("2T")));
    }

    void monthBoundaries()
    {
        // September: Gilang (59 months on 30 Sep) is in S; Hana, who moved away on 15 Sep, is not; Dewi not yet weighed.
        const MonthlyReport september = build(QStringLiteral("2026-09"));
        const ReportTable *skdn = table(september, "skdn");
        QVERIFY(skdn);
        QCOMPARE(skdn->rows.at(0).at(1).toInt(), 8); // S: A B C D E F G J
        QCOMPARE(skdn->rows.at(2).at(1).toInt(), 4); // D: A B E J
        // June: Joko not up in May and June (2T), with N months before and after in his 12-month track.
        const MonthlyReport june = build(QStringLiteral("2026-06"));
        QCOMPARE(table(june, "skdn")->rows.at(5).at(1).toInt(), 1);
        QCOMPARE(table(june, "skdn_2t")->rows.first().at(0).toString(), QStringLiteral("Joko"));
        QCOMPARE(table(build(QStringLiteral("2026-02")), "skdn")->rows.at(3).at(1).toInt(), 1); // February: Joko up (N)
        QCOMPARE(table(build(QStringLiteral("2026-01")), "skdn")->rows.at(5).at(1).toInt(), 0); // January: T once, not 2T
        // November: nobody weighed yet.
        const MonthlyReport november = build(QStringLiteral("2026-11"));
        QCOMPARE(table(november, "skdn")->rows.at(2).at(1).toInt(), 0);
        QVERIFY(!table(november, "skdn")->rows.at(12).at(1).isValid()); // N/D with D = 0: an empty cell, not a division by zero
    }

    void immunisationAndVitaminA()
    {
        const MonthlyReport october = build(QStringLiteral("2026-10"));
        const ReportTable *doses = table(october, "immunisation");
        QVERIFY(doses);
        auto row = [&](const ReportTable *t, const QString &first) {
            for (const QVariantList &r : t->rows)
                if (r.at(0).toString() == first)
                    return r;
            return QVariantList();
        };
        QCOMPARE(row(doses, QStringLiteral("DPT-HB-Hib 1")).mid(1), (QVariantList{1, 1}));
        QCOMPARE(row(doses, QStringLiteral("BCG")).mid(1), (QVariantList{0, 1}));
        QCOMPARE(doses->rows.last().mid(1), (QVariantList{0, 0})); // nobody complete yet
        // Overdue: a dose more than a month past its age. Dewi (3 months) misses OPV2, PCV1 and RV1 only.
        const ReportTable *late = table(october, "immunisation_overdue");
        QVERIFY(late);
        QCOMPARE(late->rows.size(), 7); // every under-five of the fixture misses something
        const QVariantList dewi = row(late, QStringLiteral("Dewi"));
        QCOMPARE(dewi.at(3).toString(), QStringLiteral("Polio tetes 2, PCV 1, Rotavirus 1"));
        QVERIFY(!table(october, "vitamin_a")->rows.first().at(1).isValid()); // no round in October

        // August is a round: blue target Ahmad (8 months), red targets Bunga, Cahyo, Eko, Fitri, Gilang, Hana.
        const MonthlyReport august = build(QStringLiteral("2026-08"));
        const ReportTable *vitamin = table(august, "vitamin_a");
        QCOMPARE(vitamin->rows.at(0).mid(1), (QVariantList{1, 1, 100.0}));
        QCOMPARE(vitamin->rows.at(1).mid(1), (QVariantList{7, 1, 14.3}));
    }

    void pregnantWomenAndScreening()
    {
        const MonthlyReport october = build(QStringLiteral("2026-10"));
        QList<int> mothers, screening;
        for (const QVariantList &r : table(october, "pregnant_women")->rows)
            mothers << r.at(1).toInt();
        for (const QVariantList &r : table(october, "adult_screening")->rows)
            screening << r.at(1).toInt();
        // pregnant, visited, KEK (23,0 cm), got iron, tablets, referred
        QCOMPARE(mothers, (QList<int>{1, 1, 1, 1, 30, 0}));
        // 15-59, 60+, BP >= 140/90, sugar >= 200 random, TB, referred
        QCOMPARE(screening, (QList<int>{0, 1, 1, 1, 0, 1}));
        QCOMPARE(table(october, "pregnant_follow_up")->rows.first().at(0).toString(), QStringLiteral("Putu Ayu"));
        QVERIFY(table(october, "screening_follow_up")->rows.first().at(2).toString().contains(QLatin1String("tekanan darah")));
        // September: pregnant, visited, LILA 24 (no KEK).
        QCOMPARE(table(build(QStringLiteral("2026-09")), "pregnant_women")->rows.at(2).at(1).toInt(), 0);
    }

    void spmAchievementFromTheCatalog()
    {
        const MonthlyReport october = build(QStringLiteral("2026-10"));
        const ReportTable *spm = table(october, "spm_achievement");
        QVERIFY(spm);
        auto row = [&](const QString &label) {
            for (const QVariantList &r : spm->rows)
                if (r.at(2).toString() == label)
                    return r;
            return QVariantList();
        };
        // target, served, identified, %, referred
        QCOMPARE(row(QStringLiteral("Berat badan")).mid(3, 5), (QVariantList{7, 5, QVariant(), 71.4, QVariant()}));
        QCOMPARE(row(QStringLiteral("Punya KMS/Buku KIA")).mid(3, 5), (QVariantList{7, 4, QVariant(), 57.1, QVariant()}));
        QCOMPARE(row(QStringLiteral("Jamban")).mid(3, 5), (QVariantList{2, 1, QVariant(), 50.0, QVariant()}));
        QCOMPARE(row(QStringLiteral("LILA ibu hamil")).mid(3, 5), (QVariantList{1, QVariant(), 1, 100.0, QVariant()}));
        QCOMPARE(row(QStringLiteral("Tekanan darah sistolik")).mid(3, 5), (QVariantList{2, QVariant(), 1, 50.0, QVariant()}));
        QCOMPARE(row(QStringLiteral("Tekanan darah sistolik")).at(0).toString(), QStringLiteral("Kesehatan"));
        const ReportTable *referrals = table(october, "referrals");
        QCOMPARE(referrals->rows.size(), 1);
        QCOMPARE(referrals->rows.first(), (QVariantList{QStringLiteral("Puskesmas"), 1}));
    }

    void dataQuality()
    {
        // A second Slamet, same birth date, in the other household, with a NIK whose date says 2 January.
        Member twin;
        twin.householdId = Test::scalar(m_store.db(), QStringLiteral("SELECT id FROM household WHERE import_ref = 'K2'"));
        twin.name = QStringLiteral("slamet ");
        twin.sex = QStringLiteral("L");
        twin.birthDate = QDate(1950, 1, 1);
        twin.relationship = QStringLiteral("famili_lain");
        twin.nik = QStringLiteral("3578010201500001");
        QVERIFY(Storage::MemberRepository(m_store.db()).save(twin, kToday).ok()); // a mismatch is a warning, not a refusal
        const MonthlyReport october = build(QStringLiteral("2026-10"));
        const ReportTable *quality = table(october, "data_quality");
        QVERIFY(quality);
        // people (A-G, Putu, Slamet; Hana moved), adults without NIK, malformed, mismatch, same NIK, same name+birth
        QList<int> counts;
        for (int i = 0; i < 6; ++i)
            counts << quality->rows.at(i).at(1).toInt();
        QCOMPARE(counts, (QList<int>{11, 2, 0, 1, 0, 2}));
        QVERIFY(quality->rows.at(6).at(1).toInt() > 0); // everything typed here waits for a server
        // Putu and Slamet without NIK; the twin's NIK mismatch; both Slamets as likely duplicates.
        QCOMPARE(table(october, "data_quality_list")->rows.size(), 5);
        // The area report counts the same without reading names.
        const MonthlyReport areaReport = build(QStringLiteral("2026-10"), QString(), QStringLiteral("3578010001"));
        const ReportTable *area = table(areaReport, "data_quality");
        for (int i = 0; i < 6; ++i)
            QCOMPARE(area->rows.at(i).at(1).toInt(), counts.at(i));
    }

    void xlsxReadBack()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("laporan.xlsx"));
        QVERIFY(ReportXlsx::write(report, path).ok());
        auto part = [&](const QString &name) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
            unzip.waitForFinished(30000);
            return QString::fromUtf8(unzip.readAllStandardOutput());
        };
        const QString workbook = part(QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains(QLatin1String("<sheet name=\"SKDN\"")), qPrintable(workbook.left(600)));
        QCOMPARE(workbook.count(QLatin1String("<sheet ")), report.tables.size()); // one sheet per table
        const QString sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains(QLatin1String("state=\"frozen\""))); // the header row stays
        QVERIFY(sheet.contains(QLatin1String("<v>7</v>")));         // S is a number, not text
        QVERIFY(sheet.contains(QLatin1String("<v>57.1</v>")));
        QVERIFY(part(QStringLiteral("xl/styles.xml")).contains(QLatin1String("formatCode=\"0.0\"")));
        QVERIFY(part(QStringLiteral("xl/sharedStrings.xml")).contains(QLatin1String("S: balita di wilayah")));
        // Sheet names follow Excel's rules; a failed export leaves nothing behind.
        QCOMPARE(ReportXlsx::sheetName(QStringLiteral("a/b:c*d?e[f]g\\h and a very long title indeed"), {}).size(), 31);
        QCOMPARE(ReportXlsx::sheetName(QStringLiteral("SKDN"), {QStringLiteral("skdn")}), QStringLiteral("SKDN (2)"));
        QVERIFY(!ReportXlsx::write(report, dir.filePath(QStringLiteral("no/such/folder.xlsx"))).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("laporan.xlsx")});
    }

    void pdfReadBack()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("laporan.pdf"));
        QVERIFY(ReportPdf::write(report, path).ok());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(QLatin1String("Laporan bulanan Oktober 2026")), qPrintable(pdf.left(400)));
        QVERIFY(pdf.simplified().contains(QLatin1String("Posyandu Melati (PSY-001)"))); // the heading may wrap
        QVERIFY(pdf.contains(QLatin1String("Dibuat ")));
        QVERIFY(pdf.contains(QLatin1String("S: balita di wilayah")));
        QVERIFY(pdf.contains(QLatin1String("57,1")));
        QVERIFY(pdf.contains(QLatin1String("Capaian SPM")));
        QVERIFY(pdf.contains(QLatin1String("Bunga"))); // named lists for one Posyandu
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QLatin1String("(A4)")));
        QVERIFY(!ReportPdf::write(report, QStringLiteral("/proc/no/such/dir/x.pdf")).ok());
    }

    void areaReportsHaveNoNames()
    {
        const MonthlyReport area = build(QStringLiteral("2026-10"), QString(), QStringLiteral("357801"));
        QVERIFY(!area.withNames);
        QVERIFY(table(area, "skdn"));
        QVERIFY(!table(area, "skdn_2t"));
        QVERIFY(!table(area, "nutrition_referrals"));
        for (const char *named : {"immunisation_overdue", "pregnant_follow_up", "screening_follow_up", "data_quality_list"})
            QVERIFY2(!table(area, named), named);
        QCOMPARE(table(area, "skdn")->rows.at(0).at(1).toInt(), 7);
        // Bad scopes are refused in words.
        auto scope = ReportScope::forMonth(QStringLiteral("2026-10"));
        scope->posyanduCode = QStringLiteral("NOPE");
        QVERIFY(!MonthlyReport::build(m_store.db(), *scope).ok());
        scope->posyanduCode.clear();
        scope->areaCode = QStringLiteral("9999");
        QVERIFY(!MonthlyReport::build(m_store.db(), *scope).ok());
        for (const char *bad : {"2026-13", "2026-1", "okt 2026", "", "1999-10"})
            QVERIFY2(!ReportScope::forMonth(QLatin1String(bad)), bad);
    }

    void tableModelForTheScreen()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(*table(report, "skdn"));
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(9, 1).data().toString(), QStringLiteral("57,1")); // shown with the UI's decimal mark
        QCOMPARE(model.index(9, 1).data(Qt::EditRole).toDouble(), 57.1);       // the number itself for sorting
        QCOMPARE(model.index(0, 2).data().toString(), QString());
        const MonthlyReport november = build(QStringLiteral("2026-11"));
        model.setTable(*table(november, "skdn"));
        QCOMPARE(model.index(12, 1).data().toString(), QStringLiteral("—")); // N/D with D = 0
        model.setTable(ReportTable());
        QCOMPARE(model.rowCount(), 0);
    }

    void csvOpensInExcel()
    {
        const MonthlyReport report = build(QStringLiteral("2026-10"));
        const QByteArray csv = ReportCsv::serialize(report);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the BOM
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.startsWith(QLatin1String("Laporan bulanan Oktober 2026")));
        QVERIFY(text.contains(QStringLiteral("D′: ditimbang di kedua bulan;3;D − O − B"))); // ';' and the prime survive
        QVERIFY(text.contains(QStringLiteral(";57,1;K / S × 100")));                        // decimal comma in Indonesian
        QVERIFY(text.contains(QLatin1String("\r\n")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("laporan.csv"));
        QVERIFY(ReportCsv::write(report, path).ok());
        QCOMPARE(QFileInfo(path).size(), qint64(csv.size()));
        QVERIFY(!ReportCsv::write(report, QStringLiteral("/proc/no/such/dir/x.csv")).ok());
    }
};

QTEST_MAIN(TestReports) // QGuiApplication: the PDF lays out text with fonts
#include "tst_reports.moc"

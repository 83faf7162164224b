// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demorows.h"

#include "age.h"
#include "anthropometry.h"
#include "database.h"
#include "growthcalculator.h"
#include "ids.h"
#include "pregnancywindow.h"
#include "schedulerules.h"
#include "sql.h"
#include "syncschema.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlRecord>

#include <cmath>
#include <map>
#include <memory>

namespace Posyandu::Demo {

using Detail::Dice;
using Detail::Rows;

namespace {
const QString kVillage = Protocol::SyncSchema::practiceVillageCode();
const QString kArea = Protocol::SyncSchema::practiceAreaCode();

const QStringList kMale = {QStringLiteral("Budi"),   QStringLiteral("Agus"),    QStringLiteral("Joko"),  QStringLiteral("Eko"),
                           QStringLiteral("Slamet"), QStringLiteral("Hendra"),  QStringLiteral("Rudi"),  QStringLiteral("Wahyu"),
                           QStringLiteral("Dedi"),   QStringLiteral("Bambang"), QStringLiteral("Ahmad"), QStringLiteral("Rizky"),
                           QStringLiteral("Fajar"),  QStringLiteral("Dimas"),   QStringLiteral("Yusuf"), QStringLiteral("Arif")};
const QStringList kFemale = {QStringLiteral("Siti"),    QStringLiteral("Sri"),    QStringLiteral("Dewi"),   QStringLiteral("Rina"),
                             QStringLiteral("Yanti"),   QStringLiteral("Wati"),   QStringLiteral("Nur"),    QStringLiteral("Ani"),
                             QStringLiteral("Lestari"), QStringLiteral("Aisyah"), QStringLiteral("Putri"),  QStringLiteral("Indah"),
                             QStringLiteral("Ratna"),   QStringLiteral("Fitri"),  QStringLiteral("Sumini"), QStringLiteral("Suparmi")};
const QStringList kFamily = {QStringLiteral("Santoso"), QStringLiteral("Wijaya"),  QStringLiteral("Saputra"), QStringLiteral("Hidayat"),
                             QStringLiteral("Kusuma"),  QStringLiteral("Pratama"), QStringLiteral("Nugroho"), QStringLiteral("Setiawan"),
                             QStringLiteral("Purnomo"), QStringLiteral("Wibowo"),  QStringLiteral("Susilo"),  QStringLiteral("Rahman")};
const QStringList kDusun = {QStringLiteral("Krajan"),    QStringLiteral("Sukamaju"),  QStringLiteral("Karanganyar"),
                            QStringLiteral("Sidomulyo"), QStringLiteral("Tegalsari"), QStringLiteral("Wonorejo")};

struct Person {
    QString id;
    QString sex;
    QDate birth;
};

class Village
{
public:
    Village(Storage::Database &db, const DemoOptions &options, const ScheduleRules &rules, std::shared_ptr<const Growth::GrowthCalculator> growth)
        : m_options(options)
        , m_rules(rules)
        , m_growth(std::move(growth))
        , m_dice(options.seed)
        , m_rows(db, m_dice, options.today)
    {
    }

    Result<DemoSummary> build(const DemoGenerator::Progress &progress)
    {
        const QDate today = m_options.today;
        const int posyandus = std::max(m_options.households >= 30 ? 3 : 1, m_options.households / 150);
        for (int p = 0; p < posyandus; ++p) {
            // The practice server registers the same Posyandu (posyandu-server --demo), under the same ids.
            const QString code = Protocol::SyncSchema::practicePosyanduCode(p + 1);
            const QString id = m_rows.insert(
                QStringLiteral("posyandu"), {{"code", code}, {"name", Protocol::SyncSchema::practicePosyanduName(p + 1)}, {"village_code", kVillage}},
                Protocol::SyncSchema::registeredPosyanduId(code));
            m_posyandus.append(id);
            // One opening day a month, on the 10th (or today, this month, if earlier).
            QHash<int, QString> sessions;
            for (int m = m_options.months - 1; m >= 0; --m) {
                QDate day = QDate(today.year(), today.month(), 10).addMonths(-m);
                if (day > today)
                    day = today;
                sessions.insert(monthIndex(day), m_rows.insert(QStringLiteral("session"), {{"posyandu_id", id}, {"session_date", day}}));
            }
            m_sessions.append(sessions);
        }
        m_summary.posyandus = posyandus;
        for (int h = 0; h < m_options.households; ++h) {
            household(h);
            if (!m_rows.error().isEmpty())
                return Error{DemoGenerator::tr("Making the practice village failed: %1").arg(m_rows.error()), {}};
            if (progress && (h + 1) % 100 == 0 && !progress(h + 1, m_options.households))
                return Error{DemoGenerator::tr("Cancelled; the practice village was not made."), {}};
        }
        return m_summary;
    }

private:
    static int monthIndex(const QDate &d) { return d.year() * 12 + d.month() - 1; }

    QString nik(const Person &p)
    {
        const int day = p.birth.day() + (p.sex == QLatin1String("P") ? 40 : 0);
        const QString key = QStringLiteral("%1%2").arg(day, 2, 10, QLatin1Char('0')).arg(p.birth.toString(QStringLiteral("MMyy")));
        const int serial = ++m_nikSerial[key];
        return kArea + key + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
    }

    Person member(const QString &household, const QString &name, const QString &sex, const QDate &birth, const char *relationship,
                  bool withNik = true)
    {
        Person p{QString(), sex, birth};
        const bool newborn = ageInMonths(birth, m_options.today) < 6;
        p.id = m_rows.insert(QStringLiteral("member"),
                             {{"household_id", household},
                              {"nik", withNik && !newborn ? QVariant(nik(p)) : QVariant()},
                              {"name", name},
                              {"sex", sex},
                              {"birth_date", birth},
                              {"relationship", QLatin1String(relationship)}});
        ++m_summary.members;
        return p;
    }

    QDate dateAged(double minYears, double maxYears)
    {
        const int days = m_dice.between(int(minYears * 365.25), int(maxYears * 365.25));
        return m_options.today.addDays(-days);
    }

    void household(int index)
    {
        const QDate today = m_options.today;
        const int p = index % int(m_posyandus.size());
        const QString family = m_dice.pick(kFamily);
        const bool elderlyAlone = m_dice.chance(0.05);
        const QDate headBirth = elderlyAlone ? dateAged(62, 85) : dateAged(22, 62);
        const QString headName = m_dice.pick(kMale) + QLatin1Char(' ') + family;
        const QDate issued = today.addDays(-m_dice.between(30, 3000));
        const QString kk = kArea + issued.toString(QStringLiteral("ddMMyy")) + QStringLiteral("%1").arg(index % 9999 + 1, 4, 10, QLatin1Char('0'));
        const int rw = m_dice.between(1, 4);
        const QString household = m_rows.insert(QStringLiteral("household"),
                                                {{"posyandu_id", m_posyandus.at(p)},
                                                 {"kk_number", kk},
                                                 {"head_name", headName},
                                                 {"address", QStringLiteral("Jl. %1 No. %2").arg(m_dice.pick(kDusun)).arg(m_dice.between(1, 120))},
                                                 {"rt", QStringLiteral("%1").arg(m_dice.between(1, 12), 3, 10, QLatin1Char('0'))},
                                                 {"rw", QStringLiteral("%1").arg(rw, 3, 10, QLatin1Char('0'))},
                                                 {"dusun", kDusun.at((rw - 1 + p) % kDusun.size())},
                                                 {"village_code", kVillage}});
        ++m_summary.households;
        const Person head = member(household, headName, QStringLiteral("L"), headBirth, "kepala_keluarga");
        QList<Person> people{head};
        householdAnswers(household, p);

        if (!elderlyAlone && m_dice.chance(0.9)) {
            // The wife is 0-8 years younger, and at least 18.
            QDate wifeBirth = headBirth.addDays(m_dice.between(0, 8 * 365));
            if (ageInMonths(wifeBirth, today) < 18 * 12)
                wifeBirth = today.addYears(-18).addDays(-m_dice.between(0, 300));
            const Person wife = member(household, m_dice.pick(kFemale) + QLatin1Char(' ') + family, QStringLiteral("P"), wifeBirth, "istri");
            people << wife;
            // Children: the first when the mother is 19-28, then every 1.5-4 years.
            QDate next = wifeBirth.addYears(m_dice.between(19, 28)).addDays(m_dice.between(0, 364));
            const int wanted = m_dice.between(0, 4);
            for (int c = 0; c < wanted && next <= today && ageInMonths(wifeBirth, next) <= 44 * 12; ++c) {
                const bool girl = m_dice.chance(0.49);
                const Person child = member(household, (girl ? m_dice.pick(kFemale) : m_dice.pick(kMale)) + QLatin1Char(' ') + family,
                                            girl ? QStringLiteral("P") : QStringLiteral("L"), next, "anak");
                people << child;
                next = next.addDays(m_dice.between(540, 1460));
            }
            const int wifeAge = ageInMonths(wifeBirth, today) / 12;
            if (wifeAge >= 18 && wifeAge <= 42 && m_dice.chance(0.07))
                pregnancy(wife, p);
        }
        if (!elderlyAlone && m_dice.chance(0.1)) {
            const bool grandmother = m_dice.chance(0.6);
            people << member(household, (grandmother ? m_dice.pick(kFemale) : m_dice.pick(kMale)) + QLatin1Char(' ') + family,
                             grandmother ? QStringLiteral("P") : QStringLiteral("L"), headBirth.addYears(-m_dice.between(20, 30)), "orang_tua");
        }
        for (const Person &person : std::as_const(people)) {
            const int months = ageInMonths(person.birth, today);
            if (months < 60 + m_options.months)
                underFive(person, household, p);
            else if (months >= 60 * 12)
                elderly(person, p);
            if (months >= 84 && months <= 227)
                observe(household, person.id, p, QStringLiteral("pend_school_status"),
                        m_dice.chance(0.9)       ? QStringLiteral("in_school")
                            : m_dice.chance(0.7) ? QStringLiteral("dropped_out")
                                                 : QStringLiteral("never"));
            if (m_dice.chance(0.02))
                observe(household, person.id, p, QStringLiteral("sos_disability"),
                        m_dice.pick(QStringList{QStringLiteral("physical"), QStringLiteral("sensory"), QStringLiteral("intellectual"),
                                                QStringLiteral("mental")}));
        }
    }

    QString sessionOf(int posyandu, const QDate &date) const { return m_sessions.at(posyandu).value(monthIndex(date)); }
    QDate sessionDate(int monthsAgo) const
    {
        const QDate day = QDate(m_options.today.year(), m_options.today.month(), 10).addMonths(-monthsAgo);
        return day > m_options.today ? m_options.today : day;
    }

    // An answer at one of the window's sessions, never before `notBefore` (a baby's birth).
    void observe(const QString &household, const QVariant &member, int posyandu, const QString &code, const QString &value,
                 const QDate &notBefore = {})
    {
        QDate day = sessionDate(m_dice.below(m_options.months));
        for (int m = m_options.months - 1; m >= 0 && notBefore.isValid() && day < notBefore; --m)
            day = sessionDate(m);
        if (notBefore.isValid() && day < notBefore)
            return; // born after the last session
        m_rows.insert(QStringLiteral("observation"),
                      {{"session_id", sessionOf(posyandu, day)},
                       {"household_id", household},
                       {"member_id", member},
                       {"indicator_code", code},
                       {"observed_on", day},
                       {"value", value}});
    }

    void householdAnswers(const QString &household, int posyandu)
    {
        const QString water = m_dice.chance(0.55) ? QStringLiteral("protected_well")
            : m_dice.chance(0.5)                  ? QStringLiteral("piped")
            : m_dice.chance(0.5)                  ? QStringLiteral("bottled")
                                                  : QStringLiteral("unprotected_well");
        observe(household, QVariant(), posyandu, QStringLiteral("pu_water_source"), water);
        observe(household, QVariant(), posyandu, QStringLiteral("pu_water_safe"),
                water == QLatin1String("unprotected_well") ? QStringLiteral("false") : QStringLiteral("true"));
        observe(household, QVariant(), posyandu, QStringLiteral("pu_latrine"),
                m_dice.chance(0.82)      ? QStringLiteral("own")
                    : m_dice.chance(0.6) ? QStringLiteral("shared")
                                         : QStringLiteral("none"));
        const bool unfit = m_dice.chance(0.08);
        observe(household, QVariant(), posyandu, QStringLiteral("rumah_rtlh"), unfit ? QStringLiteral("true") : QStringLiteral("false"));
        if (unfit)
            observe(household, QVariant(), posyandu, QStringLiteral("rumah_roof"), QStringLiteral("damaged"));
        observe(household, QVariant(), posyandu, QStringLiteral("trantib_hazard_zone"),
                m_dice.chance(0.8)       ? QStringLiteral("none")
                    : m_dice.chance(0.6) ? QStringLiteral("flood")
                                         : QStringLiteral("landslide"));
        observe(household, QVariant(), posyandu, QStringLiteral("sos_aid_pkh"),
                m_dice.chance(0.15) ? QStringLiteral("true") : QStringLiteral("false"));
    }

    void underFive(const Person &child, const QString &household, int posyandu)
    {
        const int sex = child.sex == QLatin1String("P") ? 2 : 1;
        // The child's own track: most near the median, some stunted or wasted.
        double wz = m_dice.normal(-0.5, 1.0);
        const double lz = m_dice.normal(-0.9, 1.1);
        // Most families keep the KMS / Buku KIA (the K of SKDN).
        if (m_dice.chance(0.9))
            observe(household, child.id, posyandu, QStringLiteral("kes_kia_book"), QStringLiteral("true"), child.birth);
        for (int m = m_options.months - 1; m >= 0; --m) {
            const QDate day = sessionDate(m);
            const int ageDays = int(child.birth.daysTo(day));
            if (ageDays < 0 || ageDays >= Growth::GrowthCalculator::kMaxAgeDays)
                continue;
            wz += m_dice.normal(0.02, 0.08); // a track, not a zigzag: most children gain most months
            if (m_dice.chance(0.12))
                continue; // not weighed this month
            const double weight = m_growth->weightForAgeAtSd(sex, ageDays, std::clamp(wz, -4.0, 4.0)).value_or(0);
            const double length = m_growth->lengthForAgeAtSd(sex, ageDays, std::clamp(lz + m_dice.normal(0, 0.1), -4.5, 4.0)).value_or(0);
            m_rows.insert(QStringLiteral("anthropometry"),
                          {{"member_id", child.id},
                           {"session_id", sessionOf(posyandu, day)},
                           {"measured_on", day},
                           {"weight_kg", std::round(weight * 10) / 10},
                           {"lenhei_cm", std::round(length * 10) / 10},
                           {"position", Anthropometry::positionCode(Anthropometry::standardPosition(ageDays))}});
            ++m_summary.measurements;
            if (const QString capsule = m_rules.vitaminACapsule(child.birth, day); !capsule.isEmpty() && m_dice.chance(0.85))
                m_rows.insert(QStringLiteral("vitamin_a"),
                              {{"member_id", child.id}, {"session_id", sessionOf(posyandu, day)}, {"given_on", day}, {"capsule", capsule}});
        }
        // Doses on time or a little late; some missed (overdue on the target list).
        for (const VaccineRule &rule : m_rules.vaccines()) {
            if (rule.endemicOnly || m_dice.chance(0.08))
                continue;
            const QDate given = child.birth.addMonths(rule.dueMonths).addDays(rule.dueMonths == 0 ? 0 : m_dice.between(0, 25));
            if (given <= m_options.today && ageInMonths(child.birth, m_options.today) < 60 + m_options.months)
                m_rows.insert(
                    QStringLiteral("immunisation"),
                    {{"member_id", child.id},
                     {"vaccine_code", rule.code},
                     {"given_on", given},
                     {"given_at", given.daysTo(m_options.today) > 30 * m_options.months ? QStringLiteral("puskesmas") : QStringLiteral("posyandu")}});
        }
    }

    void pregnancy(const Person &mother, int posyandu)
    {
        const QDate lmp = m_options.today.addDays(-m_dice.between(20, 260));
        const QString id = m_rows.insert(
            QStringLiteral("pregnancy"),
            {{"member_id", mother.id}, {"lmp_date", lmp}, {"edd", PregnancyWindow::dueDate(lmp)}, {"status", QStringLiteral("ongoing")}});
        ++m_summary.pregnancies;
        for (int m = m_options.months - 1; m >= 0; --m) {
            const QDate day = sessionDate(m);
            if (lmp.daysTo(day) < 8 * 7 || m_dice.chance(0.15))
                continue;
            const double muac = m_dice.normal(25, 2.2);
            m_rows.insert(QStringLiteral("anc_visit"),
                          {{"pregnancy_id", id},
                           {"session_id", sessionOf(posyandu, day)},
                           {"visit_date", day},
                           {"gestational_weeks", PregnancyWindow::gestationalDays(lmp, day) / 7},
                           {"weight_kg", std::round(m_dice.normal(55, 8) * 10) / 10},
                           {"muac_cm", std::round(muac * 10) / 10},
                           {"iron_tablets", m_dice.chance(0.8) ? 30 : 0},
                           {"referral_to", muac < 23.5 ? QStringLiteral("puskesmas") : QString()}});
        }
    }

    void elderly(const Person &person, int posyandu)
    {
        for (int m = m_options.months - 1; m >= 0; --m) {
            if (!m_dice.chance(0.55))
                continue;
            const QDate day = sessionDate(m);
            const int systolic = int(m_dice.normal(138, 18));
            m_rows.insert(QStringLiteral("adult_screening"),
                          {{"member_id", person.id},
                           {"session_id", sessionOf(posyandu, day)},
                           {"screened_on", day},
                           {"systolic", std::clamp(systolic, 90, 220)},
                           {"diastolic", std::clamp(int(systolic * 0.62 + m_dice.normal(0, 6)), 55, 130)},
                           {"glucose_mg_dl", std::round(std::clamp(m_dice.normal(125, 35), 60.0, 400.0))},
                           {"glucose_kind", QStringLiteral("random")},
                           {"referral_to", systolic >= 160 ? QStringLiteral("puskesmas") : QString()}});
        }
    }

    const DemoOptions &m_options;
    const ScheduleRules &m_rules;
    std::shared_ptr<const Growth::GrowthCalculator> m_growth;
    Dice m_dice;
    Rows m_rows;
    QStringList m_posyandus;
    QList<QHash<int, QString>> m_sessions; // per posyandu: month index -> session id
    QHash<QString, int> m_nikSerial;
    DemoSummary m_summary;
};

Result<void> clearData(Storage::Database &db)
{
    // Children before parents.
    const QStringList &tables = Protocol::SyncSchema::entityNames();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        if (auto r = Storage::Sql::run(db.sql(), QStringLiteral("DELETE FROM %1").arg(*it)); !r)
            return r.error();
    // The search index has no delete trigger (rows are only ever tombstoned): empty it too.
    for (const char *table : {"outbox", "household_search"})
        if (auto r = Storage::Sql::run(db.sql(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !r)
            return r.error();
    return {};
}

Result<DemoSummary> fill(Storage::Database &db, const DemoOptions &options, const DemoGenerator::Progress &progress, bool clearFirst)
{
    if (options.households < 1 || options.households > 1000000 || options.months < 1 || options.months > 60)
        return Error{DemoGenerator::tr("Choose 1 to 1,000,000 households and 1 to 60 months."), {}};
    auto rules = ScheduleRules::fromResources();
    if (!rules)
        return rules.error();
    auto growth = Growth::GrowthCalculator::fromResources();
    if (!growth)
        return Error{DemoGenerator::tr("The WHO growth tables in the application are damaged."), {}};
    Storage::Transaction tx(db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    if (clearFirst) {
        if (auto r = clearData(db); !r)
            return r.error();
    }
    if (auto r = db.setMeta(QStringLiteral("demo"), QStringLiteral("1")); !r)
        return r.error();
    if (auto r = db.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed)); !r)
        return r.error();
    Village village(db, options, rules.value(), growth);
    auto summary = village.build(progress);
    if (!summary)
        return summary.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return summary;
}
} // namespace

QString DemoGenerator::demoFilePath(const QString &dataDir)
{
    return QFileInfo(Storage::Database::defaultFilePath(dataDir)).dir().filePath(QStringLiteral("posyandu-demo.sqlite"));
}

bool DemoGenerator::isDemo(Storage::Database &db)
{
    auto demo = db.meta(QStringLiteral("demo"));
    return demo && demo.value() == QLatin1String("1");
}

Result<DemoSummary> DemoGenerator::generate(Storage::Database &db, const DemoOptions &options, const Progress &progress)
{
    auto rows = Storage::Sql::run(db.sql(), QStringLiteral("SELECT (SELECT count(*) FROM posyandu) + (SELECT count(*) FROM household)"));
    if (!rows)
        return rows.error();
    QSqlQuery q = std::move(rows).value();
    if (q.next() && q.value(0).toInt() > 0 && !isDemo(db))
        return Error{tr("This data file holds real records; practice data is only made in a separate practice file."), {}};
    q.finish();
    return fill(db, options, progress, isDemo(db));
}

Result<DemoSummary> DemoGenerator::reset(Storage::Database &db, const DemoOptions &options, const Progress &progress)
{
    if (!isDemo(db))
        return Error{tr("Only a practice file can be reset."), {}};
    return fill(db, options, progress, true);
}

Result<QString> DemoGenerator::contentHash(Storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : Protocol::SyncSchema::entityNames()) {
        auto r = Storage::Sql::run(db.sql(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        if (!r)
            return r.error();
        QSqlQuery q = std::move(r).value();
        hash.addData(table.toUtf8());
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                // row_hlc carries the device id, which every install makes for itself.
                if (record.fieldName(i) == QLatin1String("row_hlc"))
                    continue;
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Posyandu::Demo

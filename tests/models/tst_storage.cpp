// SPDX-License-Identifier: GPL-3.0-or-later
// The local store: open, migrations (from a frozen schema-1 fixture), the
// outbox written in the same transaction as every change, fault injection
// proving nothing is half-written, search, and the indicator catalog.
// Over 550 lines on purpose (household with its head included): one fixture and one story of the store, which
// reads best in one file; split it when a second fixture is needed.
#include "changewriter.h"
#include "householdrepository.h"
#include "ids.h"
#include "indicatorcatalog.h"
#include "measurementrepository.h"
#include "memberrepository.h"
#include "migrator.h"
#include "sql.h"
#include "sqlscript.h"
#include "syncschema.h"
#include "tempstore.h"
#include "transaction.h"

#include <QFile>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>
#include <functional>

using namespace Posyandu;
using namespace Posyandu::Storage;
using Posyandu::Test::scalar;
using Posyandu::Test::TempStore;

namespace {
const QDate kToday(2026, 11, 23);

Household household(const QString &posyanduId, const QString &name = QStringLiteral("Budi Santoso"))
{
    Household h;
    h.posyanduId = posyanduId;
    h.headName = name;
    h.kkNumber = QStringLiteral("3578011503150002");
    h.rt = QStringLiteral("3");
    h.rw = QStringLiteral("1");
    h.dusun = QStringLiteral("Krajan");
    h.villageCode = QStringLiteral("3578010001");
    return h;
}

Member child(const QString &householdId)
{
    Member m;
    m.householdId = householdId;
    m.name = QStringLiteral("Ahmad Rizky");
    m.sex = QStringLiteral("L");
    m.birthDate = QDate(2025, 3, 10);
    m.relationship = QStringLiteral("anak");
    m.nik = Posyandu::Test::makeNik(m.birthDate, false, 7);
    return m;
}

// Builds a store from the frozen schema-1 fixture at `path`, then runs
// `then` on the raw connection (to bring it to a later released schema).
bool loadSchemaOneFixture(const QString &path, const std::function<bool(QSqlDatabase &)> &then)
{
    QFile fixture(QStringLiteral(POSYANDU_TEST_DATA_DIR "/schema-v1.sql"));
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(path);
        ok = raw.open();
        for (const QString &statement : SqlScript::split(QString::fromUtf8(fixture.readAll()))) {
            QSqlQuery q(raw);
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(q.lastError().text()), qPrintable(statement.left(60)));
                ok = false;
            }
        }
        ok = ok && then(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithPragmasAndLatestSchema()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(scalar(store.db(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(store.db(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(store.db(), QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(scalar(store.db(), QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        QVERIFY(Ids::isUuidV7(store.db().deviceId()));
    }

    void deviceIdAndClockSurviveReopen()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString device = store.db().deviceId();
        QVERIFY(HouseholdRepository(store.db()).save(household(store.posyanduId())).ok());
        const auto lastStamp = store.db().clock().last();
        const QString path = store.path();
        store.close();
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->deviceId(), device);
        // A new stamp sorts after every stamp of the previous run, even if the wall clock went back.
        QVERIFY(reopened.value()->clock().now() > lastStamp);
    }

    void saveWritesRowOutboxAndAuditTogether()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HouseholdRepository households(store.db());
        auto saved = households.save(household(store.posyanduId()));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        const QString id = saved.value().id;
        QVERIFY(Ids::isUuidV7(id));
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'household' AND op = 'insert' AND entity_id = '%1'").arg(id)), 1);
        QCOMPARE(store.count(QStringLiteral("audit_log"), QStringLiteral("entity = 'household' AND entity_id = '%1'").arg(id)), 1);
        const QJsonObject payload =
            QJsonDocument::fromJson(scalar(store.db(), QStringLiteral("SELECT payload FROM outbox WHERE entity_id = ?"), {id}).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("rt")).toString(), QStringLiteral("003"));

        // An edit records only the changed field, with a newer stamp for that field alone.
        Household edited = households.find(id).value().value();
        const QString firstStamp = scalar(store.db(), QStringLiteral("SELECT json_extract(field_hlc, '$.rt') FROM household WHERE id = ?"), {id});
        edited.dusun = QStringLiteral("Sumberejo");
        QVERIFY(households.save(edited).ok());
        const QString editPayload = scalar(store.db(), QStringLiteral("SELECT payload FROM outbox WHERE entity_id = ? AND op = 'update'"), {id});
        QVERIFY2(editPayload.contains(QLatin1String("Sumberejo")) && !editPayload.contains(QLatin1String("head_name")), qPrintable(editPayload));
        QVERIFY(scalar(store.db(), QStringLiteral("SELECT json_extract(field_hlc, '$.dusun') FROM household WHERE id = ?"), {id}) > firstStamp);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT json_extract(field_hlc, '$.rt') FROM household WHERE id = ?"), {id}), firstStamp);
        // Saving unchanged data queues nothing.
        QVERIFY(households.save(edited).ok());
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity_id = '%1'").arg(id)), 2);
    }

    void invalidRecordWritesNothing()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const int outboxBefore = store.count(QStringLiteral("outbox"));
        Household bad = household(store.posyanduId(), QString());
        bad.rt = QStringLiteral("abc");
        auto saved = HouseholdRepository(store.db()).save(bad);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().issues.size() >= 2);
        QCOMPARE(store.count(QStringLiteral("household")), 0);
        QCOMPARE(store.count(QStringLiteral("outbox")), outboxBefore);
    }

    void failureAtEveryStatementLeavesNoTrace()
    {
        // Fail the 1st, 2nd, ... statement of a save until the save succeeds:
        // each failed attempt must leave row, outbox, audit and meta untouched.
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HouseholdRepository households(store.db());
        int n = 1;
        for (;; ++n) {
            QVERIFY2(n < 50, "save never succeeded");
            Sql::failNthStatement(n);
            auto saved = households.save(household(store.posyanduId()));
            Sql::failNthStatement(0);
            if (saved.ok())
                break;
            QCOMPARE(store.count(QStringLiteral("household")), 0);
            QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'household'")), 0);
            QCOMPARE(store.count(QStringLiteral("audit_log"), QStringLiteral("entity = 'household'")), 0);
        }
        QVERIFY2(n >= 5, "expected begin, insert, outbox, audit, meta and commit to be separate statements");
        QCOMPARE(store.count(QStringLiteral("household")), 1);
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'household'")), 1);
    }

    // A new household and its head: both rows, outbox entries and audit entries, or none of them, whichever
    // statement fails; a head the register cannot take refuses the household too, at the head's fields.
    void householdWithHeadIsOneSave()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HouseholdRepository households(store.db());
        const int outboxBefore = store.count(QStringLiteral("outbox"));
        Member head;
        head.name = QStringLiteral("ignored: the head's name is the household's");
        head.sex = QStringLiteral("L");
        head.birthDate = QDate(1990, 5, 12);
        head.relationship = QStringLiteral("anak"); // ignored too: the head is the head
        head.nik = Posyandu::Test::makeNik(head.birthDate, false, 3);

        Member bad = head;
        bad.birthDate = QDate();
        bad.sex.clear();
        Household unnamed = household(store.posyanduId(), QString());
        auto refused = households.registerWithHead(unnamed, bad, kToday);
        QVERIFY(!refused.ok());
        QStringList fields;
        for (const ValidationIssue &issue : refused.error().issues)
            fields << issue.field;
        QCOMPARE(fields.count(QStringLiteral("head_name")), 1); // the name is told once, at the household's field
        QVERIFY(fields.contains(QStringLiteral("birth_date")) && fields.contains(QStringLiteral("sex")));
        QVERIFY(!fields.contains(QStringLiteral("name")) && !fields.contains(QStringLiteral("household_id")));
        QCOMPARE(HouseholdRepository::validateWithHead(unnamed, bad, kToday).issues().size(), refused.error().issues.size());
        QVERIFY(!households.registerWithHead(household(store.posyanduId()), bad, kToday).ok());
        QCOMPARE(store.count(QStringLiteral("household")), 0);
        QCOMPARE(store.count(QStringLiteral("member")), 0);

        int n = 1;
        for (;; ++n) {
            QVERIFY2(n < 80, "save never succeeded");
            Sql::failNthStatement(n);
            auto saved = households.registerWithHead(household(store.posyanduId()), head, kToday);
            Sql::failNthStatement(0);
            if (saved.ok()) {
                QCOMPARE(saved.value().changes.size(), 2);
                break;
            }
            QCOMPARE(store.count(QStringLiteral("household")), 0);
            QCOMPARE(store.count(QStringLiteral("member")), 0);
            QCOMPARE(store.count(QStringLiteral("outbox")), outboxBefore);
            QCOMPARE(store.count(QStringLiteral("audit_log"), QStringLiteral("entity IN ('household', 'member')")), 0);
        }
        QVERIFY2(n >= 9, "expected the member's statements after the household's, in the same transaction");
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT m.name || '|' || m.relationship FROM member m JOIN household h ON h.id = m.household_id")),
                 QStringLiteral("Budi Santoso|kepala_keluarga"));
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'member'")), 1);
    }

    void auditLogIsAppendOnly()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(HouseholdRepository(store.db()).save(household(store.posyanduId())).ok());
        QVERIFY(!Sql::run(store.db().sql(), QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok());
        QVERIFY(!Sql::run(store.db().sql(), QStringLiteral("DELETE FROM audit_log")).ok());
        QVERIFY(store.count(QStringLiteral("audit_log")) >= 2);
    }

    void tombstoneKeepsRowAndQueuesDelete()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto saved = HouseholdRepository(store.db()).save(household(store.posyanduId()));
        QVERIFY(saved.ok());
        Transaction tx(store.db().sql());
        QVERIFY(ChangeWriter(store.db()).markDeleted(QStringLiteral("household"), saved.value().id).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(store.count(QStringLiteral("household")), 1);
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("op = 'delete'")), 1);
        QVERIFY(HouseholdRepository(store.db()).summaries().value().isEmpty());
    }

    void membersWithWarningsAndForeignKeys()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto h = HouseholdRepository(store.db()).save(household(store.posyanduId()));
        QVERIFY(h.ok());
        Member m = child(h.value().id);
        m.birthDate = QDate(2025, 3, 11); // one day off the NIK: saved, with a warning
        auto saved = MemberRepository(store.db()).save(m, kToday);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().warnings.size(), 1);
        // A member of a household that does not exist is refused by the foreign key, whole.
        Member orphan = child(QStringLiteral("01900000-0000-7000-8000-000000000000"));
        QVERIFY(!MemberRepository(store.db()).save(orphan, kToday).ok());
        QCOMPARE(store.count(QStringLiteral("member")), 1);
        QCOMPARE(store.count(QStringLiteral("outbox"), QStringLiteral("entity = 'member'")), 1);
    }

    void moveMemberBetweenHouseholds()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HouseholdRepository households(store.db());
        MemberRepository members(store.db());
        auto from = households.save(household(store.posyanduId()));
        Household other = household(store.posyanduId(), QStringLiteral("Wayan Sudarta"));
        other.dusun = QStringLiteral("Tegal");
        auto to = households.save(other);
        auto m = members.save(child(from.value().id), kToday);
        QVERIFY(from.ok() && to.ok() && m.ok());
        const int queued = store.count(QStringLiteral("outbox"));

        struct Bad {
            const char *why;
            QString member;
            QString target;
            QString relationship;
        };
        const QList<Bad> bad = {
            {"same household", m.value().id, from.value().id, QStringLiteral("anak")},
            {"unknown household", m.value().id, QStringLiteral("01900000-0000-7000-8000-000000000000"), QStringLiteral("anak")},
            {"no household chosen", m.value().id, QString(), QStringLiteral("anak")},
            {"bad relationship", m.value().id, to.value().id, QStringLiteral("tetangga")},
            {"unknown person", QStringLiteral("01900000-0000-7000-8000-000000000001"), to.value().id, QStringLiteral("anak")},
        };
        for (const Bad &b : bad)
            QVERIFY2(!members.moveToHousehold(b.member, b.target, b.relationship).ok(), b.why);
        QCOMPARE(store.count(QStringLiteral("outbox")), queued);

        QVERIFY(members.moveToHousehold(m.value().id, to.value().id, QStringLiteral("cucu")).ok());
        QCOMPARE(store.count(QStringLiteral("outbox")), queued + 1);
        QCOMPARE(members.ofHousehold(to.value().id).value().size(), 1);
        QCOMPARE(members.ofHousehold(from.value().id).value().size(), 0);
        // Search follows the person to the new household.
        const auto found = households.search(QStringLiteral("rizky")).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, to.value().id);
    }

    void measurementsAndObservations()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto h = HouseholdRepository(store.db()).save(household(store.posyanduId()));
        auto m = MemberRepository(store.db()).save(child(h.value().id), kToday);
        QVERIFY(m.ok());
        auto catalog = IndicatorCatalog::load(store.db().sql());
        QVERIFY(catalog.ok());
        MeasurementRepository repo(store.db(), catalog.value());

        Anthropometry a;
        a.memberId = m.value().id;
        a.measuredOn = QDate(2026, 11, 2);
        a.weightKg = 9.5;
        a.lenheiCm = 76.2;
        QVERIFY(repo.saveAnthropometry(a, kToday).ok());
        a.measuredOn = QDate(2025, 3, 1); // before birth
        QVERIFY(!repo.saveAnthropometry(a, kToday).ok());

        Observation o;
        o.householdId = h.value().id;
        o.indicatorCode = QStringLiteral("pu_latrine");
        o.observedOn = QDate(2026, 11, 2);
        o.value = QStringLiteral("Shared");
        QVERIFY(repo.saveObservation(o, kToday).ok());
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT value FROM observation")), QStringLiteral("shared"));

        struct Bad {
            const char *why;
            QString code;
            QString value;
            QString memberId;
        };
        const QList<Bad> bad = {
            {"unknown indicator", QStringLiteral("xx_nope"), QStringLiteral("1"), {}},
            {"bad code", QStringLiteral("pu_latrine"), QStringLiteral("neighbour's"), {}},
            {"typed indicator", QStringLiteral("kes_weight"), QStringLiteral("9"), m.value().id},
            {"member indicator without member", QStringLiteral("sos_homeless"), QStringLiteral("ya"), {}},
            {"age filter: PAUD for a 1-year-old", QStringLiteral("pend_paud"), QStringLiteral("ya"), m.value().id},
            {"sex filter: ANC for a boy", QStringLiteral("kes_anc_iron"), QStringLiteral("30"), m.value().id},
        };
        for (const Bad &b : bad) {
            Observation x = o;
            x.indicatorCode = b.code;
            x.value = b.value;
            x.memberId = b.memberId;
            QVERIFY2(!repo.saveObservation(x, kToday).ok(), b.why);
        }
        QCOMPARE(store.count(QStringLiteral("observation")), 1);
    }

    void catalogCoversAllSixFields()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto catalog = IndicatorCatalog::load(store.db().sql());
        QVERIFY(catalog.ok());
        QVERIFY(catalog.value().version() >= 1);
        for (const QString &field : Indicator::fields())
            QVERIFY2(catalog.value().forField(field).size() >= 3, qPrintable(field));
        for (const Indicator &i : catalog.value().all()) {
            QVERIFY2(!i.labelId.isEmpty() && !i.labelEn.isEmpty(), qPrintable(i.code));
            QVERIFY2(i.valueType != QLatin1String("code") || !i.codes.isEmpty(), qPrintable(i.code));
            QVERIFY2(i.subject == QLatin1String("household") || i.subject == QLatin1String("member"), qPrintable(i.code));
        }
        // The per-field items of docs/domain.md ("The six SPM fields") are present.
        for (const char *code : {"pend_paud",
                                 "pend_school_status",
                                 "pend_equivalency_referral",
                                 "kes_weight",
                                 "kes_lenhei",
                                 "kes_exclusive_bf",
                                 "kes_vitamin_a",
                                 "kes_immunisation",
                                 "kes_anc_muac",
                                 "kes_systolic",
                                 "kes_glucose",
                                 "kes_tb_symptoms",
                                 "pu_water_source",
                                 "pu_water_safe",
                                 "pu_latrine",
                                 "pu_septic_tank",
                                 "rumah_rtlh",
                                 "rumah_floor_area",
                                 "trantib_hazard_zone",
                                 "trantib_risk_info",
                                 "sos_disability",
                                 "sos_neglected_elderly",
                                 "sos_homeless",
                                 "sos_aid_pkh"})
            QVERIFY2(catalog.value().find(QLatin1String(code)), code);
    }

    void catalogUpgradeAndBadCatalogs()
    {
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QSqlDatabase db = store.db().sql();
        // A damaged or empty catalog is refused in words and changes nothing.
        QVERIFY(!IndicatorCatalog::install(db, "{not json").ok());
        QVERIFY(!IndicatorCatalog::install(db, R"({"version": 9, "indicators": []})").ok());
        QVERIFY(!IndicatorCatalog::install(db, R"({"version": 9, "indicators": [{"code": "x", "field": "astrology",
            "service": "s", "label_id": "x", "label_en": "x", "value_type": "text", "subject": "member"}]})")
                     .ok());
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT value FROM meta WHERE key = 'catalog_version'")), QStringLiteral("2"));
        QVERIFY(store.count(QStringLiteral("indicator"), QStringLiteral("code = 'x'")) == 0);
        // A region's newer catalog relabels an indicator; an older one is ignored.
        QVERIFY(IndicatorCatalog::install(db, R"({"version": 3, "indicators": [{"code": "pu_latrine", "field": "pekerjaan_umum",
            "service": "air_limbah", "label_id": "Jamban keluarga", "label_en": "Family latrine", "value_type": "code",
            "subject": "household", "codes": [{"code": "own", "id": "Sendiri", "en": "Own"}]}]})")
                    .ok());
        QVERIFY(IndicatorCatalog::install(db, R"({"version": 2, "indicators": [{"code": "pu_latrine", "field": "pekerjaan_umum",
            "service": "air_limbah", "label_id": "LAMA", "label_en": "OLD", "value_type": "code", "subject": "household"}]})")
                    .ok());
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT label_id FROM indicator WHERE code = 'pu_latrine'")), QStringLiteral("Jamban keluarga"));
    }

    void searchFindsByEveryKey_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("head name prefix") << "bud" << 1;
        QTest::newRow("member name") << "rizky" << 1;
        QTest::newRow("NIK of a member") << Posyandu::Test::makeNik(QDate(2025, 3, 10), false, 7) << 1;
        QTest::newRow("KK") << "3578011503150002" << 1;
        QTest::newRow("RT/RW as typed") << "003/001" << 1;
        QTest::newRow("dusun") << "krajan" << 1;
        QTest::newRow("two words, both must match") << "budi krajan" << 1;
        QTest::newRow("no match") << "sumberejo" << 0;
        QTest::newRow("FTS syntax is just text") << "\"budi OR NOT*" << 0;
        QTest::newRow("only punctuation = everything") << "***" << 2;
    }
    void searchFindsByEveryKey()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HouseholdRepository households(store.db());
        auto h = households.save(household(store.posyanduId()));
        QVERIFY(MemberRepository(store.db()).save(child(h.value().id), kToday).ok());
        Household other = household(store.posyanduId(), QStringLiteral("Wayan Sudarta"));
        other.dusun = QStringLiteral("Tegal");
        other.rt = QStringLiteral("7");
        other.kkNumber.clear();
        QVERIFY(households.save(other).ok());
        auto found = households.search(query);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(found.value().size(), hits);
    }

    void sqlScriptSplitsTriggersAndQuotes()
    {
        const QStringList parts = SqlScript::split(
            QStringLiteral("CREATE TABLE t(a TEXT DEFAULT ';'); -- a comment; with a semicolon\n"
                           "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = CASE WHEN a = 'x' THEN 'y;' ELSE a END; SELECT 1; END;\n"
                           "/* block; comment */ INSERT INTO t VALUES ('it''s; fine');"));
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts.at(1).endsWith(QLatin1String("END")));
        QVERIFY(parts.at(2).contains(QLatin1String("'it''s; fine'")));
    }

    void upgradesSchemaOneFixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(loadSchemaOneFixture(path, [](QSqlDatabase &) { return true; }));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(db.value()->deviceId(), QStringLiteral("0190a000-0000-7000-8000-000000000001"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM member")), QStringLiteral("3"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT server_ver FROM household WHERE head_name = 'Budi Santoso'")), QStringLiteral("17"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("1"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The new search index covers the old rows, members included.
        HouseholdRepository households(*db.value());
        QCOMPARE(households.search(QStringLiteral("siti")).value().size(), 1);
        QCOMPARE(households.search(QStringLiteral("sumberejo")).value().size(), 1);
        // The old observation still points at a loadable indicator (same catalog
        // version: the store keeps what it has; newer versions are catalogUpgrade's test).
        auto catalog = IndicatorCatalog::load(db.value()->sql());
        QVERIFY(catalog.ok());
        QVERIFY(catalog.value().find(QStringLiteral("pu_latrine")));
        // The clock continues after the fixture's last stamp.
        QVERIFY(db.value()->clock().now().millis >= 1719800000000);
    }

    void upgradesSchemaTwo()
    {
        // Schema 2 as released = the frozen schema-1 fixture + migration 2 (never edited);
        // a row written at schema 2 then goes through migration 3.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        QVERIFY(loadSchemaOneFixture(path, [](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            return Migrator::migrateTo(raw, 2).ok() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == 2
                && q.exec(QStringLiteral("UPDATE household SET head_name = 'Budi Santoso Sr' WHERE head_name = 'Budi Santoso'"));
        }));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM household WHERE import_ref IS NULL")), QStringLiteral("2"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM referral")), QStringLiteral("0"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(HouseholdRepository(*db.value()).search(QStringLiteral("santoso sr")).value().size(), 1);
        QVERIFY(Protocol::SyncSchema::isSynced(QStringLiteral("referral")));
    }

    void upgradesSchemaThree()
    {
        // Schema 3 as released = the frozen schema-1 fixture + migrations 2 and 3; a referral
        // written at schema 3, then migration 4 (the sync engine's table).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        QVERIFY(loadSchemaOneFixture(path, [](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            return Migrator::migrateTo(raw, 3).ok() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == 3
                && q.exec(QStringLiteral("UPDATE household SET import_ref = 'R-1' WHERE head_name = 'Budi Santoso'"));
        }));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sync_rejected")), QStringLiteral("0"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT import_ref FROM household WHERE head_name = 'Budi Santoso'")), QStringLiteral("R-1"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("1")); // still waiting for the server
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void refusesNewerSchemaAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(newer);
            QVERIFY(db.ok());
            QVERIFY(Sql::run(db.value()->sql(), QStringLiteral("PRAGMA user_version = 99")).ok());
        }
        const QByteArray before = [&] {
            QFile f(newer);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        auto refused = Database::open(newer);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("99")), qPrintable(refused.error().message));

        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("This is a shopping list, not a database.\n").repeated(200));
        f.close();
        auto foreign = Database::open(text);
        QVERIFY(!foreign.ok());
        QVERIFY(!foreign.error().message.isEmpty());

        auto unwritable = Database::open(QStringLiteral("/proc/posyandu/x.sqlite"));
        QVERIFY(!unwritable.ok());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

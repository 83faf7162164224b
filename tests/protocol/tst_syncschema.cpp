// SPDX-License-Identifier: GPL-3.0-or-later
// The synced schema (protocol/syncschema.h) against what really holds the
// data: the device's migrated store (columns, NOT NULL, types, foreign keys,
// no synced-looking table left out) and the server (a record of every entity,
// with only its required fields, written on the device, pushed and accepted).
#include "accountstore.h"
#include "changewriter.h"
#include "clock.h"
#include "ids.h"
#include "posyanduregistry.h"
#include "recordstore.h"
#include "serverstore.h"
#include "sql.h"
#include "syncjournal.h"
#include "syncschema.h"
#include "tempstore.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Posyandu;
using Protocol::FieldType;
using Protocol::SyncSchema;

namespace {

struct Column {
    QString type;
    bool notNull = false;
    bool hasDefault = false;
};

QHash<QString, Column> columnsOf(Storage::Database &db, const QString &table)
{
    QHash<QString, Column> columns;
    auto q = Storage::Sql::run(db.sql(), QStringLiteral("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info(?)"), {table});
    if (!q)
        return columns;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        columns.insert(rows.value(0).toString(), {rows.value(1).toString().toUpper(), rows.value(2).toInt() == 1, !rows.value(3).isNull()});
    return columns;
}

QString affinityOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Flag:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Json:
        break;
    }
    return QStringLiteral("TEXT");
}

} // namespace

class TestSyncSchema : public QObject
{
    Q_OBJECT

private slots:
    void parentsComeFirst()
    {
        QStringList seen;
        for (const Protocol::EntitySpec &e : SyncSchema::entities()) {
            if (e.parentEntity.isEmpty()) {
                QCOMPARE(e.name, QStringLiteral("posyandu"));
            } else {
                QVERIFY2(seen.contains(e.parentEntity), qPrintable(e.name + QStringLiteral(" before its parent ") + e.parentEntity));
                const Protocol::FieldSpec *parent = e.field(e.parentField);
                QVERIFY2(parent && parent->requiredOnInsert && parent->references == e.parentEntity, qPrintable(e.name));
            }
            for (const Protocol::FieldSpec &f : e.fields) {
                QVERIFY2(!SyncSchema::isBookkeeping(f.name), qPrintable(e.name + QLatin1Char('.') + f.name));
                const bool text = f.type == FieldType::Text || f.type == FieldType::Date || f.type == FieldType::Json;
                QVERIFY2(text == (f.maxLength > 0),
                         qPrintable(e.name + QLatin1Char('.') + f.name + QStringLiteral(": a text needs a maximum length")));
            }
            QVERIFY(!seen.contains(e.name));
            seen.append(e.name);
        }
        QCOMPARE(SyncSchema::entityNames(), seen);
        QVERIFY(!SyncSchema::isSynced(QStringLiteral("outbox")));
        QVERIFY(!SyncSchema::isSynced(QStringLiteral("indicator")));
    }

    void practiceCodes()
    {
        QCOMPARE(SyncSchema::practicePosyanduCode(1), QStringLiteral("DEMO-01"));
        QCOMPARE(SyncSchema::practicePosyanduCode(12), QStringLiteral("DEMO-12"));
        QVERIFY(SyncSchema::isPracticePosyanduCode(QStringLiteral("DEMO-03")));
        for (const char *bad : {"DEMO-", "DEMO-1", "demo-01", "XDEMO-01", "DEMO-01 ", "PSY-001"})
            QVERIFY2(!SyncSchema::isPracticePosyanduCode(QLatin1String(bad)), bad);
        QVERIFY(SyncSchema::practiceVillageCode().startsWith(SyncSchema::practiceAreaCode()));
        QCOMPARE(SyncSchema::practiceVillageCode().size(), 10);
    }

    // Every column of every synced table is a field or bookkeeping, with the
    // store's NOT NULL and type; every foreign key is a field's reference.
    void matchesTheMigratedStore()
    {
        Test::TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        for (const Protocol::EntitySpec &e : SyncSchema::entities()) {
            const QHash<QString, Column> columns = columnsOf(store.db(), e.name);
            QVERIFY2(!columns.isEmpty(), qPrintable(e.name + QStringLiteral(": no such table")));
            for (const QString &b : SyncSchema::bookkeepingColumns())
                QVERIFY2(columns.contains(b), qPrintable(e.name + QLatin1Char('.') + b));
            QCOMPARE(columns.size(), e.fields.size() + SyncSchema::bookkeepingColumns().size());
            for (const Protocol::FieldSpec &f : e.fields) {
                const QString where = e.name + QLatin1Char('.') + f.name;
                QVERIFY2(columns.contains(f.name), qPrintable(where + QStringLiteral(": not in the store")));
                const Column c = columns.value(f.name);
                QVERIFY2(f.requiredOnInsert == (c.notNull && !c.hasDefault), qPrintable(where + QStringLiteral(": required differs")));
                QVERIFY2(f.notNull == c.notNull, qPrintable(where + QStringLiteral(": NOT NULL differs")));
                QVERIFY2(c.type == affinityOf(f.type), qPrintable(where + QStringLiteral(": type ") + c.type));
            }
            QHash<QString, QString> foreignKeys;
            auto q = Storage::Sql::run(store.db().sql(), QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"), {e.name});
            QVERIFY(q);
            QSqlQuery rows = std::move(q).value();
            while (rows.next())
                foreignKeys.insert(rows.value(0).toString(), rows.value(1).toString());
            QHash<QString, QString> references;
            for (const Protocol::FieldSpec &f : e.fields)
                if (!f.references.isEmpty())
                    references.insert(f.name, f.references);
            QCOMPARE(references, foreignKeys);
        }
        // No table that looks synced (it has per-field stamps) is left out of the schema.
        auto q = Storage::Sql::run(store.db().sql(),
                                   QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                                                  "EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'field_hlc')"));
        QVERIFY(q);
        QSqlQuery tables = std::move(q).value();
        QStringList stamped;
        while (tables.next())
            stamped.append(tables.value(0).toString());
        stamped.sort();
        QStringList names = SyncSchema::entityNames();
        names.sort();
        QCOMPARE(stamped, names);
    }

    // Every code list of the schema is the store's CHECK constraint, value for value.
    void codeListsAreTheStoresChecks()
    {
        Test::TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        static const QRegularExpression check(QStringLiteral("\\b(\\w+)\\s+TEXT[^,]*?CHECK \\(\\1 IN \\(([^)]*)\\)\\)"));
        int lists = 0;
        for (const Protocol::EntitySpec &e : SyncSchema::entities()) {
            const QString sql = Test::scalar(store.db(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {e.name});
            QHash<QString, QStringList> checks;
            for (auto it = check.globalMatch(sql); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                QStringList values;
                for (const QString &v : m.captured(2).split(QLatin1Char(',')))
                    values.append(v.trimmed().remove(QLatin1Char('\'')));
                checks.insert(m.captured(1), values);
            }
            for (const Protocol::FieldSpec &f : e.fields) {
                QCOMPARE(f.allowed, checks.value(f.name));
                lists += f.allowed.isEmpty() ? 0 : 1;
            }
        }
        QCOMPARE(lists, 6); // sex, member status, position, capsule, pregnancy status, glucose kind
    }

    // The laptop refuses before it queues what the server would refuse
    // (protocol/changevalidator.h): its user learns at once, nothing is written.
    void theLaptopChecksWhatTheServerChecks()
    {
        Test::TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const int outbox = store.count(QStringLiteral("outbox"));
        const QVariantMap household = {{QStringLiteral("posyandu_id"), store.posyanduId()},
                                       {QStringLiteral("head_name"), QStringLiteral("Budi")},
                                       {QStringLiteral("rt"), QStringLiteral("003")},
                                       {QStringLiteral("rw"), QStringLiteral("001")},
                                       {QStringLiteral("village_code"), QStringLiteral("3578010001")}};
        auto with = [&](const QString &key, const QVariant &value) {
            QVariantMap m = household;
            m.insert(key, value);
            return m;
        };
        const QList<QVariantMap> bad = {
            with(QStringLiteral("head_name"), QString(QStringLiteral("Bu") + QChar(0) + QStringLiteral("di"))),
            with(QStringLiteral("head_name"), QString(101, QLatin1Char('a'))),
            with(QStringLiteral("rw"), QVariant()),
            with(QStringLiteral("address"), QVariant()),
            with(QStringLiteral("is_admin"), 1),
        };
        Storage::Transaction tx(store.db().sql());
        QVERIFY(tx.isOpen());
        Storage::ChangeWriter writer(store.db());
        for (const QVariantMap &fields : bad) {
            auto written = writer.insert(QStringLiteral("household"), Ids::newUuidV7(), fields);
            QVERIFY(!written);
            QVERIFY2(written.error().message.contains(QLatin1String("cannot be saved")), qPrintable(written.error().message));
        }
        QCOMPARE(store.count(QStringLiteral("outbox")), outbox);
        QCOMPARE(store.count(QStringLiteral("household")), 0);
        // A name typed with a combining accent is kept, as the server keeps it, in NFC.
        const QString id = Ids::newUuidV7();
        QVERIFY(writer.insert(QStringLiteral("household"), id, with(QStringLiteral("head_name"), QString(QStringLiteral("Jose") + QChar(0x0301)))));
        QCOMPARE(Test::scalar(store.db(), QStringLiteral("SELECT head_name FROM household WHERE id = ?"), {id}), QStringLiteral("Jos\u00e9"));
        QVERIFY(tx.commit());
    }

    // One record of every entity with only its required fields: the store's
    // write path takes it, and the server accepts the push (its scope found
    // through the parents the schema names).
    void everyEntityWithItsRequiredFieldsSyncs()
    {
        Test::TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString indicator = Test::scalar(store.db(), QStringLiteral("SELECT code FROM indicator ORDER BY code LIMIT 1"));
        QVERIFY(!indicator.isEmpty() && indicator != QLatin1String("<error>"));
        // Values a CHECK constraint or a reference table asks for; the rest by type.
        const QHash<QString, QString> sample = {{QStringLiteral("sex"), QStringLiteral("P")},
                                                {QStringLiteral("capsule"), QStringLiteral("blue")},
                                                {QStringLiteral("indicator_code"), indicator}};
        QHash<QString, QString> idOf = {{QStringLiteral("posyandu"), store.posyanduId()}};
        {
            Storage::Transaction tx(store.db().sql());
            QVERIFY(tx.isOpen());
            Storage::ChangeWriter writer(store.db());
            for (const Protocol::EntitySpec &e : SyncSchema::entities()) {
                if (idOf.contains(e.name))
                    continue;
                QVariantMap fields;
                for (const Protocol::FieldSpec &f : e.fields) {
                    if (!f.requiredOnInsert)
                        continue;
                    if (!f.references.isEmpty() && idOf.contains(f.references))
                        fields.insert(f.name, idOf.value(f.references));
                    else if (sample.contains(f.name))
                        fields.insert(f.name, sample.value(f.name));
                    else if (f.type == FieldType::Date)
                        fields.insert(f.name, QStringLiteral("2026-11-10"));
                    else
                        fields.insert(f.name, QStringLiteral("x"));
                }
                const QString id = Ids::newUuidV7();
                auto written = writer.insert(e.name, id, fields);
                if (!written)
                    QFAIL(qPrintable(e.name + QStringLiteral(": ") + written.error().message));
                idOf.insert(e.name, id);
            }
            QVERIFY(tx.commit());
        }

        QTemporaryDir serverDir;
        auto opened = Server::ServerStore::open(QStringLiteral("sqlite:") + serverDir.filePath(QStringLiteral("server.sqlite")));
        if (const QString *error = std::get_if<QString>(&opened))
            QFAIL(qPrintable(*error));
        auto server = std::move(std::get<std::unique_ptr<Server::ServerStore>>(opened));
        const Server::User cadre{QStringLiteral("kader"), QStringLiteral("cadre"), QStringLiteral("PSY-001")};
        QVERIFY(
            std::holds_alternative<bool>(server->registry().add({cadre.scopeCode, QStringLiteral("3578010001"), QStringLiteral("Posyandu Melati")})));
        QVERIFY(std::holds_alternative<bool>(server->accounts().addUser(cadre, "rahasia-123")));
        auto enrolled = server->accounts().enrol(cadre.name, "rahasia-123", QStringLiteral("laptop"));
        QVERIFY(std::holds_alternative<Server::Enrolment>(enrolled));
        const QString deviceId = std::get<Server::Enrolment>(enrolled).deviceId;
        QVERIFY(Sync::SyncJournal(store.db())
                    .saveAccount({QStringLiteral("https://127.0.0.1:1"), deviceId, cadre.name, cadre.role, cadre.scopeCode, {}}));

        auto batch = Sync::SyncJournal(store.db()).nextBatch();
        QVERIFY(batch);
        QCOMPARE(batch.value().mutations.size(), SyncSchema::entities().size());
        auto pushed = server->records().push(deviceId, cadre, batch.value(), Protocol::Clock::nowMs());
        if (const QString *error = std::get_if<QString>(&pushed))
            QFAIL(qPrintable(*error));
        for (const Protocol::Ack &ack : std::get<Protocol::PushResponse>(pushed).acks)
            QVERIFY2(ack.status != QLatin1String("rejected"), qPrintable(ack.reason));
        QCOMPARE(std::get<Protocol::PushResponse>(pushed).acks.size(), SyncSchema::entities().size());
    }
};

QTEST_GUILESS_MAIN(TestSyncSchema)
#include "tst_syncschema.moc"

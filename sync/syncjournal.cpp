// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncjournal.h"

#include "changewriter.h"
#include "database.h"
#include "demogenerator.h"
#include "sql.h"
#include "statementcache.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Posyandu::Sync {

using Storage::Sql;

namespace {
// Local bookkeeping: never taken from the server as a field, never hashed.
const QSet<QString> &bookkeeping()
{
    static const QSet<QString> columns = {QStringLiteral("id"),         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                          QStringLiteral("updated_by"), QStringLiteral("row_hlc"),    QStringLiteral("field_hlc"),
                                          QStringLiteral("server_ver"), QStringLiteral("deleted_at")};
    return columns;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A JSON value as SQLite should store it: whole numbers as integers (column
// affinity turns them into REAL where the column is REAL), null as NULL.
QVariant sqlValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

} // namespace

SyncJournal::SyncJournal(Storage::Database &db)
    : m_db(db)
{
}

Result<SyncAccount> SyncJournal::account() const
{
    SyncAccount a;
    for (auto [key, field] : {std::pair{"sync_server", &a.serverUrl}, std::pair{"sync_device_id", &a.deviceId}, std::pair{"sync_user", &a.user},
                              std::pair{"sync_role", &a.role}, std::pair{"sync_scope", &a.scope}}) {
        auto value = m_db.meta(QString::fromLatin1(key));
        if (!value)
            return value.error();
        *field = value.value();
    }
    auto ca = m_db.meta(QStringLiteral("sync_ca_pem"));
    if (!ca)
        return ca.error();
    a.caPem = ca.value().toLatin1();
    return a;
}

Result<void> SyncJournal::saveAccount(const SyncAccount &account)
{
    Storage::Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("sync_server"), account.serverUrl}, {QStringLiteral("sync_device_id"), account.deviceId},
        {QStringLiteral("sync_user"), account.user},        {QStringLiteral("sync_role"), account.role},
        {QStringLiteral("sync_scope"), account.scope},      {QStringLiteral("sync_op_seq"), QStringLiteral("0")},
        {QStringLiteral("sync_ca_pem"), QString::fromLatin1(account.caPem)},
        {QStringLiteral("sync_cursor"), QStringLiteral("0")}, {QStringLiteral("sync_last_error"), QString()},
    };
    for (const auto &[key, value] : values)
        if (auto r = m_db.setMeta(key, value); !r)
            return r;
    return tx.commit();
}

Result<SyncCounts> SyncJournal::counts() const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM sync_rejected)"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return SyncCounts{};
    return SyncCounts{query.value(0).toInt(), query.value(1).toInt()};
}

Result<int> SyncJournal::queuePracticeVillage(const QString &posyanduCode)
{
    if (!Demo::DemoGenerator::isDemo(m_db))
        return Error{tr("Only a practice village can be queued whole."), {}};
    // Each entity by the way it belongs to a Posyandu, parents before children.
    const QString posyandus = QStringLiteral("SELECT id FROM posyandu WHERE code = :code");
    const QString households = QStringLiteral("SELECT id FROM household WHERE posyandu_id IN (%1)").arg(posyandus);
    const QString members = QStringLiteral("SELECT id FROM member WHERE household_id IN (%1)").arg(households);
    const QString pregnancies = QStringLiteral("SELECT id FROM pregnancy WHERE member_id IN (%1)").arg(members);
    const QList<std::pair<QString, QString>> owned = {
        {QStringLiteral("posyandu"), QStringLiteral("code = :code")},
        {QStringLiteral("household"), QStringLiteral("posyandu_id IN (%1)").arg(posyandus)},
        {QStringLiteral("session"), QStringLiteral("posyandu_id IN (%1)").arg(posyandus)},
        {QStringLiteral("incident"), QStringLiteral("posyandu_id IN (%1)").arg(posyandus)},
        {QStringLiteral("member"), QStringLiteral("household_id IN (%1)").arg(households)},
        {QStringLiteral("observation"), QStringLiteral("household_id IN (%1)").arg(households)},
        {QStringLiteral("referral"), QStringLiteral("household_id IN (%1)").arg(households)},
        {QStringLiteral("anthropometry"), QStringLiteral("member_id IN (%1)").arg(members)},
        {QStringLiteral("immunisation"), QStringLiteral("member_id IN (%1)").arg(members)},
        {QStringLiteral("vitamin_a"), QStringLiteral("member_id IN (%1)").arg(members)},
        {QStringLiteral("adult_screening"), QStringLiteral("member_id IN (%1)").arg(members)},
        {QStringLiteral("pregnancy"), QStringLiteral("member_id IN (%1)").arg(members)},
        {QStringLiteral("anc_visit"), QStringLiteral("pregnancy_id IN (%1)").arg(pregnancies)},
    };
    Storage::Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    int queued = 0;
    for (const auto &[entity, where] : owned) {
        auto cols = columnsOf(entity);
        if (!cols)
            return cols.error();
        QStringList pairs;
        for (const QString &c : cols.value())
            if (!bookkeeping().contains(c))
                pairs << QStringLiteral("'%1', %1").arg(c);
        // op_id: a random UUID made by SQLite, one per row.
        const QString sql = QStringLiteral(
                                "INSERT INTO outbox (op_id, entity, entity_id, op, payload, hlc, base_server_ver, created_at) "
                                "SELECT lower(printf('%s-%s-7%s-%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), "
                                "hex(randomblob(2)), hex(randomblob(6)))), '%1', id, 'insert', json_object('fields', json_object(%2)), row_hlc, NULL, "
                                ":now FROM %1 WHERE deleted_at IS NULL AND %3 AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = '%1')")
                                .arg(entity, pairs.join(QStringLiteral(", ")), where);
        QSqlQuery q(m_db.sql());
        if (!q.prepare(sql))
            return Error{tr("The practice village could not be queued: %1").arg(q.lastError().text()), {}};
        q.bindValue(QStringLiteral(":code"), posyanduCode);
        q.bindValue(QStringLiteral(":now"), utcNow());
        if (!q.exec())
            return Error{tr("The practice village could not be queued: %1").arg(q.lastError().text()), {}};
        queued += q.numRowsAffected();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return queued;
}

Result<Protocol::PushBatch> SyncJournal::nextBatch(int maxMutations, qsizetype maxBytes) const
{
    auto acct = account();
    if (!acct)
        return acct.error();
    auto seq = m_db.meta(QStringLiteral("sync_op_seq"));
    if (!seq)
        return seq.error();
    Protocol::PushBatch batch;
    batch.schemaVersion = Protocol::kSchemaVersion;
    batch.deviceId = acct.value().deviceId;
    batch.opSeq = seq.value().toLongLong() + 1;

    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT op_id, entity, entity_id, op, payload, hlc, base_server_ver FROM outbox ORDER BY seq LIMIT ?"),
                      {std::min(maxMutations, Protocol::kMaxMutationsPerBatch)});
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    qsizetype bytes = 0;
    while (rows.next()) {
        const QByteArray payload = rows.value(4).toString().toUtf8();
        // At least one mutation, whatever its size; then stop before the batch gets too big to send in one go.
        if (!batch.mutations.isEmpty() && bytes + payload.size() > maxBytes)
            break;
        bytes += payload.size();
        Protocol::Mutation m;
        m.opId = rows.value(0).toString();
        m.entity = rows.value(1).toString();
        m.id = rows.value(2).toString();
        m.op = rows.value(3).toString();
        m.fields = QJsonDocument::fromJson(payload).object().value(QStringLiteral("fields")).toObject();
        const QString stamp = rows.value(5).toString();
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
            m.hlc.insert(it.key(), stamp);
        if (!rows.value(6).isNull())
            m.base = rows.value(6).toLongLong();
        batch.mutations.append(m);
    }
    return batch;
}

Result<AppliedCounts> SyncJournal::applyPushResponse(const Protocol::PushBatch &batch, const Protocol::PushResponse &response)
{
    QHash<QString, const Protocol::Mutation *> sent;
    for (const Protocol::Mutation &m : batch.mutations)
        sent.insert(m.opId, &m);
    AppliedCounts counts;
    Storage::Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    const QString now = utcNow();
    Storage::StatementCache statements(m_db.sql()); // after tx: reset before it ends
    for (const Protocol::Ack &ack : response.acks) {
        // An ack for something this device does not hold (an older answer
        // replayed for a batch that has since changed) is simply not ours to act on.
        const Protocol::Mutation *m = sent.value(ack.opId);
        if (!m)
            continue;
        if (ack.status == QLatin1String("rejected")) {
            auto moved = statements.run(QStringLiteral("INSERT OR REPLACE INTO sync_rejected (op_id, entity, entity_id, op, payload, hlc, reason, rejected_at) "
                                                 "SELECT op_id, entity, entity_id, op, payload, hlc, ?, ? FROM outbox WHERE op_id = ?"),
                                        {ack.reason, now, ack.opId});
            if (!moved)
                return moved.error();
            ++counts.rejected;
            counts.rejectReasons.append(QStringLiteral("%1 %2: %3").arg(m->entity, m->id, ack.reason));
        } else {
            ++counts.acknowledged;
            // The server says our copy is its version now: the base of our next edit, and a row our pulls skip.
            if (ack.current) {
                auto r = statements.run(QStringLiteral("UPDATE %1 SET server_ver = ? WHERE id = ?").arg(m->entity), {ack.serverVersion, m->id});
                if (!r)
                    return r.error();
            }
        }
        if (auto r = statements.run(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"), {ack.opId}); !r)
            return r.error();
    }
    if (auto r = m_db.setMeta(QStringLiteral("sync_op_seq"), QString::number(batch.opSeq)); !r)
        return r.error();
    statements.finishAll();
    if (auto r = tx.commit(); !r)
        return r.error();
    return counts;
}

qint64 SyncJournal::cursor() const
{
    auto value = m_db.meta(QStringLiteral("sync_cursor"));
    return value ? value.value().toLongLong() : 0;
}

Result<QStringList> SyncJournal::columnsOf(const QString &entity) const
{
    if (const auto it = m_columns.constFind(entity); it != m_columns.cend())
        return *it;
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT name FROM pragma_table_info(?)"), {entity});
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QStringList columns;
    while (rows.next())
        columns.append(rows.value(0).toString());
    m_columns.insert(entity, columns);
    return columns;
}

Result<AppliedCounts> SyncJournal::applyPullPage(const Protocol::PullPage &page)
{
    bool cursorOk = false;
    const qint64 next = page.nextCursor.toLongLong(&cursorOk);
    if (!cursorOk || next < cursor())
        return Error{tr("The server sent a page with a damaged cursor; nothing of it was applied."), {}};
    QSqlDatabase conn = m_db.sql();
    // Pages come in the server's order of last change, so a member edited
    // before its household was last edited arrives first. The server has
    // checked every parent; here the check is off while a page is applied
    // (it can only be switched outside a transaction) and on again after.
    if (auto r = Sql::run(conn, QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r.error();
    struct ForeignKeysBackOn {
        QSqlDatabase conn;
        ~ForeignKeysBackOn() { (void)Sql::run(conn, QStringLiteral("PRAGMA foreign_keys = ON")); }
    } restore{conn};

    AppliedCounts counts;
    Storage::Transaction tx(conn);
    if (!tx.isOpen())
        return tx.beginError();
    Storage::StatementCache statements(conn); // declared after tx: reset before it commits or rolls back
    auto waiting = Sql::run(conn, QStringLiteral("SELECT count(*) FROM outbox"));
    if (!waiting)
        return waiting.error();
    QSqlQuery w = std::move(waiting).value();
    bool anyWaiting = w.next() && w.value(0).toInt() > 0;
    w.finish();
    const QString now = utcNow();

    for (const Protocol::Change &change : page.changes) {
        if (!Storage::ChangeWriter::isSyncableEntity(change.entity))
            continue; // an entity of a newer schema: the schema check keeps this from happening; never guess
        auto cols = columnsOf(change.entity);
        if (!cols)
            return cols.error();
        const QStringList &columns = cols.value();

        // Fields this device changed and has not yet had acknowledged stay as they are here.
        QSet<QString> pending;
        if (anyWaiting) {
            auto p = statements.run(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND entity_id = ?"), {change.entity, change.id});
            if (!p)
                return p.error();
            QSqlQuery &rows = *p.value();
            while (rows.next()) {
                const QJsonObject fields = QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object().value(QStringLiteral("fields")).toObject();
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                    pending.insert(it.key());
            }
        }

        auto l = statements.run(QStringLiteral("SELECT field_hlc, row_hlc, deleted_at FROM %1 WHERE id = ?").arg(change.entity), {change.id});
        if (!l)
            return l.error();
        QSqlQuery &local = *l.value();
        const bool exists = local.next();
        QJsonObject fieldHlc = exists ? QJsonDocument::fromJson(local.value(0).toString().toUtf8()).object() : QJsonObject();
        QString rowHlc = exists ? local.value(1).toString() : QString();
        const QVariant deletedAt = exists ? local.value(2) : QVariant();
        local.finish();

        QStringList names;
        QVariantList values;
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
            if (bookkeeping().contains(it.key()) || !columns.contains(it.key()) || pending.contains(it.key()))
                continue;
            names.append(it.key());
            values.append(sqlValue(it.value()));
            const QString stamp = change.hlc.value(it.key()).toString();
            fieldHlc.insert(it.key(), stamp);
            rowHlc = std::max(rowHlc, stamp);
            if (const auto parsed = Protocol::HlcStamp::fromString(stamp))
                m_db.clock().observe(*parsed);
        }
        // The tombstone follows the server's flag (a restore clears it), unless a local delete or undo is waiting.
        QVariant tombstone = deletedAt;
        if (!pending.contains(QStringLiteral("deleted_at")))
            tombstone = change.deleted ? (deletedAt.isNull() ? QVariant(now) : deletedAt) : QVariant();
        if (change.entity == QLatin1String("posyandu") && tombstone.isNull()) {
            auto settled = settlePosyanduCode(change, now);
            if (!settled)
                return settled.error();
            tombstone = settled.value();
            anyWaiting = true; // it may have queued moves that later changes of this page must not undo
        }

        if (exists) {
            QStringList assignments;
            for (const QString &name : names)
                assignments.append(name + QStringLiteral(" = ?"));
            assignments << QStringLiteral("field_hlc = ?") << QStringLiteral("row_hlc = ?") << QStringLiteral("server_ver = ?")
                        << QStringLiteral("deleted_at = ?") << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
            values << compact(fieldHlc) << rowHlc << change.seq << tombstone << now << QStringLiteral("sync") << change.id;
            if (auto r = statements.run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(change.entity, assignments.join(QStringLiteral(", "))), values);
                !r)
                return r.error();
        } else {
            names << QStringLiteral("id") << QStringLiteral("field_hlc") << QStringLiteral("row_hlc") << QStringLiteral("server_ver")
                  << QStringLiteral("deleted_at") << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("updated_by");
            values << change.id << compact(fieldHlc) << rowHlc << change.seq << tombstone << now << now << QStringLiteral("sync");
            const QString placeholders = QStringLiteral("?, ").repeated(names.size() - 1) + QStringLiteral("?");
            if (auto r = statements.run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(change.entity, names.join(QStringLiteral(", ")), placeholders),
                                  values);
                !r)
                return Error{tr("A record from the server could not be stored (%1 %2): %3").arg(change.entity, change.id, r.error().message), {}};
        }
        ++counts.pulled;
    }
    if (auto r = m_db.setMeta(QStringLiteral("sync_cursor"), QString::number(next)); !r)
        return r.error();
    if (auto r = m_db.setMeta(QStringLiteral("hlc_last"), m_db.clock().last().toString()); !r)
        return r.error();
    statements.finishAll();
    if (auto r = tx.commit(); !r)
        return r.error();
    return counts;
}

Result<QVariant> SyncJournal::settlePosyanduCode(const Protocol::Change &change, const QString &now)
{
    // Two laptops of one Posyandu that were each set up before they ever
    // synced hold two records with the same code. Every device settles it
    // the same way, without talking: the smaller id (UUIDv7: the one set up
    // first) is the Posyandu; the other is retired by the device that made
    // it, which moves its rows over. Until then it is kept here as retired.
    const QString code = change.fields.value(QStringLiteral("code")).toString();
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT id FROM posyandu WHERE code = ? AND deleted_at IS NULL AND id <> ?"), {code, change.id});
    if (!q)
        return q.error();
    QSqlQuery other = std::move(q).value();
    if (!other.next())
        return QVariant();
    const QString local = other.value(0).toString();
    other.finish();
    if (local < change.id)
        return QVariant(now); // ours is the Posyandu; the incoming one stays retired here

    // The incoming one is the Posyandu: our rows move to it and ours is retired,
    // as ordinary changes that go to the server with the next push.
    Storage::ChangeWriter writer(m_db);
    if (auto r = writer.markDeleted(QStringLiteral("posyandu"), local); !r)
        return r.error();
    for (const char *table : {"household", "session", "incident"}) {
        auto rows = Sql::run(m_db.sql(), QStringLiteral("SELECT id FROM %1 WHERE posyandu_id = ?").arg(QLatin1String(table)), {local});
        if (!rows)
            return rows.error();
        QSqlQuery ids = std::move(rows).value();
        QStringList moving;
        while (ids.next())
            moving.append(ids.value(0).toString());
        ids.finish();
        for (const QString &id : moving)
            if (auto r = writer.update(QLatin1String(table), id, {{QStringLiteral("posyandu_id"), change.id}}); !r)
                return r.error();
    }
    return QVariant();
}

Result<void> SyncJournal::saveClockOffset(qint64 offsetMs)
{
    m_db.clock().setOffset(offsetMs);
    return m_db.setMeta(QStringLiteral("sync_clock_offset_ms"), QString::number(offsetMs));
}

Result<void> SyncJournal::saveOutcome(bool ok, const QString &message)
{
    if (ok) {
        if (auto r = m_db.setMeta(QStringLiteral("sync_last_ok_at"), utcNow()); !r)
            return r;
    }
    return m_db.setMeta(QStringLiteral("sync_last_error"), ok ? QString() : message);
}

Result<QString> SyncJournal::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &entity : Storage::ChangeWriter::syncableEntities()) {
        auto cols = columnsOf(entity);
        if (!cols)
            return cols.error();
        QStringList domain;
        for (const QString &c : cols.value())
            if (!bookkeeping().contains(c))
                domain.append(c);
        std::sort(domain.begin(), domain.end());
        auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT id, deleted_at IS NOT NULL, %1 FROM %2 ORDER BY id").arg(domain.join(QStringLiteral(", ")), entity));
        if (!q)
            return q.error();
        QSqlQuery rows = std::move(q).value();
        while (rows.next()) {
            QByteArray line = entity.toUtf8();
            for (int i = 0; i < domain.size() + 2; ++i) {
                const QVariant v = rows.value(i);
                line += '\x1f';
                line += v.isNull() ? QByteArray("\x01") : v.toString().toUtf8();
            }
            line += '\n';
            hash.addData(line);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Posyandu::Sync

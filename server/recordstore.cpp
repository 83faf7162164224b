// SPDX-License-Identifier: GPL-3.0-or-later
// RecordStore: the synced records. push applies one device batch whole, in
// one transaction; pull reads the changes in a user's scope.
#include "recordstore.h"
#include "changevalidator.h"
#include "clock.h"
#include "fieldmerge.h"
#include "posyanduregistry.h"
#include "serverstore.h"
#include "syncschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Posyandu::Server {

namespace {
using namespace Posyandu::Protocol;

struct Stored {
    ServerRecord record;
    QString scope;
    qint64 version = 0;
};

QJsonObject stateJson(const ServerRecord &r)
{
    QJsonObject state;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        state.insert(it.key(),
                     QJsonObject{{QStringLiteral("v"), it->value},
                                 {QStringLiteral("h"), it->stamp.toString()},
                                 {QStringLiteral("c"), double(it->changedAtVersion)}});
    return state;
}

ServerRecord recordFrom(const QJsonObject &state, bool deleted)
{
    ServerRecord r;
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        const QJsonObject f = it.value().toObject();
        r.fields.insert(it.key(),
                        {f.value(QStringLiteral("v")), HlcStamp::fromString(f.value(QStringLiteral("h")).toString()).value_or(HlcStamp()),
                         qint64(f.value(QStringLiteral("c")).toDouble())});
    }
    r.deleted = deleted;
    return r;
}

// A logged value as text: scalars as they are, lists and objects as JSON, nothing as NULL.
QVariant valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QString sqlError(const QSqlQuery &q)
{
    return QStringLiteral("database error: ") + q.lastError().text();
}
} // namespace

RecordStore::RecordStore(ServerStore &store)
    : m_store(store)
{
}

RecordStore::Result<Protocol::PushResponse> RecordStore::push(const QString &deviceId, const User &user, const Protocol::PushBatch &batch,
                                                              qint64 nowMs)
{
    QSqlDatabase conn = m_store.db();
    QSqlQuery q(conn);
    if (const QString failed = m_store.beginWrite(); !failed.isEmpty())
        return QStringLiteral("database error: ") + failed;
    auto rollback = [&](const QString &message) -> Result<Protocol::PushResponse> {
        QSqlQuery(conn).exec(QStringLiteral("ROLLBACK"));
        return message;
    };
    q.prepare(QStringLiteral("SELECT high_water FROM device WHERE id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return rollback(QStringLiteral("unknown device"));
    const qint64 highWater = q.value(0).toLongLong();
    if (batch.opSeq <= highWater) {
        // A retry of a batch already applied: the same answer, no change.
        q.prepare(QStringLiteral("SELECT response FROM push_ack WHERE device_id = ? AND op_seq = ?"));
        q.addBindValue(deviceId);
        q.addBindValue(batch.opSeq);
        if (!q.exec() || !q.next())
            return rollback(QStringLiteral("op_seq %1 is below this device's high-water mark %2 and was never seen").arg(batch.opSeq).arg(highWater));
        const auto stored = WireCodec::decodePushResponse(q.value(0).toByteArray());
        QSqlQuery(conn).exec(QStringLiteral("ROLLBACK"));
        if (const auto *response = std::get_if<PushResponse>(&stored))
            return *response;
        return QStringLiteral("stored acks are damaged");
    }
    q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'"));
    qint64 version = q.next() ? q.value(0).toLongLong() : 0;

    // Everything the batch touches is read in a few queries and written back
    // in a few (a round trip per statement is what costs on PostgreSQL): the
    // records it names and their parents, by id, into a cache that later
    // mutations of the same batch see (a household then its members).
    struct Cached {
        QByteArray state;
        bool deleted = false;
        QString scope;
        qint64 version = 0;
    };
    QHash<QString, Cached> cache; // "entity/id"
    auto key = [](const QString &entity, const QString &id) -> QString {
        return entity + QLatin1Char('/') + id;
    }; // a QString, not a builder of temporaries
    {
        QStringList ids;
        for (const Mutation &m : batch.mutations) {
            ids.append(m.id);
            if (const EntitySpec *spec = SyncSchema::entity(m.entity); spec && !spec->parentField.isEmpty())
                ids.append(m.fields.value(spec->parentField).toString());
        }
        ids.removeDuplicates();
        constexpr qsizetype kChunk = 400; // ids a query; far below both backends' limit on bound values
        for (qsizetype from = 0; from < ids.size(); from += kChunk) {
            const QStringList chunk = ids.mid(from, kChunk);
            QSqlQuery read(conn);
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT entity, id, state, deleted, scope, server_ver FROM record WHERE id IN (%1)")
                             .arg(QStringLiteral("?, ").repeated(chunk.size() - 1) + QStringLiteral("?")));
            for (const QString &id : chunk)
                read.addBindValue(id);
            if (!read.exec())
                return rollback(sqlError(read));
            while (read.next())
                cache.insert(key(read.value(0).toString(), read.value(1).toString()),
                             {read.value(2).toByteArray(), read.value(3).toInt() == 1, read.value(4).toString(), read.value(5).toLongLong()});
        }
    }
    auto load = [&](const QString &entity, const QString &id) -> std::optional<Stored> {
        const auto it = cache.constFind(key(entity, id));
        if (it == cache.cend())
            return std::nullopt;
        return Stored{recordFrom(QJsonDocument::fromJson(it->state).object(), it->deleted), it->scope, it->version};
    };
    // A parent's scope alone: no need to unpack its fields.
    auto scopeOfParent = [&](const QString &entity, const QString &id) { return cache.value(key(entity, id)).scope; };
    // The rows to write at the end, one per record (its last state in this batch), in first-written order.
    QStringList written;
    QHash<QString, QVariantList> rows;
    QHash<QString, std::optional<RegisteredPosyandu>> registry; // by code, read once a batch

    PushResponse response;
    response.highWater = batch.opSeq;
    const QString now = Clock::nowIso();
    // Both values of every field changed on both sides, for the supervisor's review: one row a field of a record
    // in a batch (the server's value before the batch, the device's last), however often the batch repeats it,
    // written with the records at the end. A push of 500 mutations of one record writes at most one row a field.
    struct LoggedConflict {
        QString entity, id, field, scope;
        QVariant serverValue, deviceValue;
        QString serverStamp, deviceStamp;
        bool deviceWon = false;
    };
    QHash<QString, LoggedConflict> conflicts; // "entity/id/field"
    QStringList conflictOrder;
    auto logConflicts = [&](const Mutation &m, const MergeOutcome &outcome, const QString &scope) -> QString {
        for (const FieldConflict &c : outcome.conflicts) {
            const QString k = key(m.entity, m.id) + QLatin1Char('/') + c.field;
            auto it = conflicts.find(k);
            if (it == conflicts.end()) {
                conflictOrder.append(k);
                conflicts.insert(k,
                                 {m.entity, m.id, c.field, scope, valueText(c.serverValue), valueText(c.deviceValue), c.serverStamp.toString(),
                                  c.deviceStamp.toString(), c.deviceWon});
            } else {
                it->deviceValue = valueText(c.deviceValue);
                it->deviceStamp = c.deviceStamp.toString();
                it->deviceWon = c.deviceWon;
            }
        }
        return {};
    };
    for (const Mutation &sent : batch.mutations) {
        Mutation m = sent; // its texts are put in NFC by the check below
        auto reject = [&](const QString &reason) { response.acks.append({m.opId, QStringLiteral("rejected"), reason, 0}); };
        if (user.role != QLatin1String("cadre")) {
            reject(QStringLiteral("read_only: supervisors and administrators review; they do not change service data"));
            continue;
        }
        // The change against the synced schema; a refusal names its code and the rest of the batch goes on.
        if (const auto refused = ChangeValidator::check(m.entity, m.op, m.fields)) {
            reject(refused->text());
            continue;
        }
        const std::optional<Stored> existing = load(m.entity, m.id);
        // The record's scope: kept from its first write, else taken from its parent.
        // Where a new record's scope comes from: its parent's (protocol/syncschema.h); a Posyandu is its own scope, its code.
        const EntitySpec *spec = SyncSchema::entity(m.entity);
        QString scope;
        if (!spec) {
            reject(QStringLiteral("unknown entity %1").arg(m.entity));
            continue;
        } else if (existing) {
            scope = existing->scope;
        } else if (spec->parentField.isEmpty()) {
            scope = m.fields.value(QStringLiteral("code")).toString();
        } else {
            scope = scopeOfParent(spec->parentEntity, m.fields.value(spec->parentField).toString());
        }
        if (scope.isEmpty()) {
            reject(QStringLiteral("its parent record is unknown to the server"));
            continue;
        }
        if (scope != user.scopeCode) {
            reject(QStringLiteral("outside_scope: outside this device's Posyandu"));
            continue;
        }
        // A Posyandu record's code is its scope and its village the registry's: a change saying otherwise is
        // answered with those values, stamped just after the device's, so the device takes them back.
        bool registryWon = false;
        if (m.entity == QLatin1String("posyandu")) {
            if (!registry.contains(scope)) {
                auto found = m_store.registry().find(scope);
                if (const auto *error = std::get_if<QString>(&found))
                    return rollback(QStringLiteral("database error: ") + *error);
                registry.insert(scope, std::get<std::optional<RegisteredPosyandu>>(found));
            }
            const std::optional<RegisteredPosyandu> registered = registry.value(scope);
            if (!registered) {
                reject(QStringLiteral("not_registered: the Posyandu %1 is not registered on the server").arg(scope));
                continue;
            }
            if (m.op == QLatin1String("delete") && m.id == SyncSchema::registeredPosyanduId(scope)) {
                reject(QStringLiteral("registered_posyandu: the registered Posyandu is kept"));
                continue;
            }
            for (const auto &[field, value] :
                 {std::pair{QStringLiteral("code"), scope}, std::pair{QStringLiteral("village_code"), registered->villageCode}}) {
                if (!m.fields.contains(field) || m.fields.value(field).toString() == value)
                    continue;
                const auto stamp = HlcStamp::fromString(m.hlc.value(field).toString());
                m.fields.insert(field, value);
                m.hlc.insert(field, RecordStore::serverStampAfter(stamp.value_or(HlcStamp()), nowMs).toString());
                registryWon = true;
            }
        }

        IncomingChange change;
        change.op = m.op == QLatin1String("insert") ? IncomingChange::Op::Insert
            : m.op == QLatin1String("delete")       ? IncomingChange::Op::Delete
                                                    : IncomingChange::Op::Update;
        change.baseVersion = m.base;
        bool badStamp = false;
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            const auto stamp = HlcStamp::fromString(m.hlc.value(it.key()).toString());
            badStamp = badStamp || !stamp;
            if (change.op == IncomingChange::Op::Delete)
                change.deleteStamp = stamp.value_or(HlcStamp());
            else
                change.fields.insert(it.key(), {it.value(), stamp.value_or(HlcStamp())});
        }
        if (badStamp) {
            reject(QStringLiteral("a field has no valid HLC stamp"));
            continue;
        }
        const MergeOutcome outcome = FieldMerge::merge(existing ? std::optional(existing->record) : std::nullopt, change, nowMs);
        const bool changes = !outcome.write.isEmpty() || (outcome.deleted && (!existing || *outcome.deleted != existing->record.deleted));
        if (existing && !changes) {
            // Nothing new for the record (the server's values won, or a repeat): no new version, so no puller
            // downloads it again; the conflict is still logged below.
            if (const QString failed = logConflicts(m, outcome, scope); !failed.isEmpty())
                return rollback(failed);
            response.acks.append(
                {m.opId, outcome.conflicts.isEmpty() ? QStringLiteral("applied") : QStringLiteral("merged"), QString(), existing->version});
            continue;
        }
        ++version;
        ServerRecord updated = existing ? existing->record : ServerRecord();
        for (auto it = outcome.write.cbegin(); it != outcome.write.cend(); ++it)
            updated.fields[it.key()] = {it->value, it->stamp, version};
        if (outcome.deleted)
            updated.deleted = *outcome.deleted;
        // Does the device now hold exactly this version? Its change was taken
        // whole, and every other field is one it had seen (unchanged since its
        // base) or wrote itself. Then it need not download the row back.
        const QString node = change.op == IncomingChange::Op::Delete ? change.deleteStamp.node
            : change.fields.isEmpty()                                ? QString()
                                                                     : change.fields.cbegin()->second.node;
        bool current = !registryWon && !node.isEmpty() && outcome.conflicts.isEmpty() && outcome.status == MergeOutcome::Status::Applied
            && outcome.write.size() == change.fields.size();
        for (auto it = updated.fields.cbegin(); current && it != updated.fields.cend(); ++it)
            current = it->changedAtVersion <= change.baseVersion.value_or(0) || it->stamp.node == node;
        const QByteArray state = QJsonDocument(stateJson(updated)).toJson(QJsonDocument::Compact);
        const QString k = key(m.entity, m.id);
        cache.insert(k, {state, updated.deleted, scope, version});
        if (!rows.contains(k))
            written.append(k);
        rows.insert(k,
                    {m.entity, m.id, scope, QString::fromUtf8(state), updated.deleted ? 1 : 0, version, current ? QVariant(deviceId) : QVariant()});
        if (const QString failed = logConflicts(m, outcome, scope); !failed.isEmpty())
            return rollback(failed);
        response.acks.append(
            {m.opId, outcome.status == MergeOutcome::Status::Merged || registryWon ? QStringLiteral("merged") : QStringLiteral("applied"),
             registryWon ? QStringLiteral("registered_field: the code and village of a Posyandu are the server's registry's") : QString(), version,
             current});
    }
    // The records, many to a statement (each key once: PostgreSQL refuses a key twice in one upsert).
    // Measured (bench_sync, push of 10,000, median of 5): 100 rows a statement 2.1 s, 25 rows 2.7 s.
    constexpr qsizetype kRowsPerStatement = 100;
    for (qsizetype from = 0; from < written.size(); from += kRowsPerStatement) {
        const QStringList chunk = written.mid(from, kRowsPerStatement);
        QSqlQuery w(conn);
        w.prepare(QStringLiteral("INSERT INTO record (entity, id, scope, state, deleted, server_ver, echo_device) VALUES %1 "
                                 "ON CONFLICT(entity, id) DO UPDATE SET state = excluded.state, deleted = excluded.deleted, "
                                 "server_ver = excluded.server_ver, echo_device = excluded.echo_device")
                      .arg(QStringLiteral("(?, ?, ?, ?, ?, ?, ?), ").repeated(chunk.size() - 1) + QStringLiteral("(?, ?, ?, ?, ?, ?, ?)")));
        for (const QString &k : chunk)
            for (const QVariant &v : rows.value(k))
                w.addBindValue(v);
        if (!w.exec())
            return rollback(sqlError(w));
    }
    constexpr qsizetype kConflictsPerStatement = 100;
    for (qsizetype from = 0; from < conflictOrder.size(); from += kConflictsPerStatement) {
        const QStringList chunk = conflictOrder.mid(from, kConflictsPerStatement);
        QSqlQuery l(conn);
        l.prepare(QStringLiteral("INSERT INTO conflict (entity, id, field, server_value, server_hlc, device_value, device_hlc, device_won, "
                                 "device_id, at, scope) VALUES %1")
                      .arg(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), ").repeated(chunk.size() - 1)
                           + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const QString &k : chunk) {
            const LoggedConflict &c = conflicts[k];
            for (const QVariant &v : QVariantList{c.entity, c.id, c.field, c.serverValue, c.serverStamp, c.deviceValue, c.deviceStamp,
                                                  c.deviceWon ? 1 : 0, deviceId, now, c.scope})
                l.addBindValue(v);
        }
        if (!l.exec())
            return rollback(sqlError(l));
    }
    QSqlQuery s(conn);
    s.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('server_ver', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    s.addBindValue(QString::number(version));
    if (!s.exec())
        return rollback(sqlError(s));
    s.prepare(QStringLiteral("INSERT INTO push_ack (device_id, op_seq, response) VALUES (?, ?, ?)"));
    s.addBindValue(deviceId);
    s.addBindValue(batch.opSeq);
    s.addBindValue(QString::fromUtf8(WireCodec::encode(response))); // text on both backends (a QByteArray would be bytea)
    if (!s.exec())
        return rollback(sqlError(s));
    s.prepare(QStringLiteral("UPDATE device SET high_water = ? WHERE id = ?"));
    s.addBindValue(batch.opSeq);
    s.addBindValue(deviceId);
    if (!s.exec() || !QSqlQuery(conn).exec(QStringLiteral("COMMIT")))
        return rollback(sqlError(s));
    return response;
}

Protocol::HlcStamp RecordStore::serverStampAfter(const Protocol::HlcStamp &device, qint64 nowMs)
{
    // After the device's stamp and after every stamp the server itself wrote before now.
    if (device.millis < nowMs)
        return {nowMs, 1, QStringLiteral("server")};
    return {device.millis, device.counter + 1, QStringLiteral("server")};
}

RecordStore::Result<qint64> RecordStore::writeAsServer(const QString &entity, const QString &id, const QString &scope, const QJsonObject &fields,
                                                       qint64 nowMs, bool deleted)
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'")))
        return sqlError(q);
    const qint64 version = (q.next() ? q.value(0).toLongLong() : 0) + 1;
    q.finish();
    // The fields it names over the record's others, kept as they are.
    ServerRecord record;
    q.prepare(QStringLiteral("SELECT state FROM record WHERE entity = ? AND id = ?"));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        record = recordFrom(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), deleted);
    q.finish();
    const HlcStamp stamp{nowMs, 0, QStringLiteral("server")};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        record.fields.insert(it.key(), {it.value(), stamp, version});
    q.prepare(QStringLiteral("INSERT INTO record (entity, id, scope, state, deleted, server_ver, echo_device) VALUES (?, ?, ?, ?, ?, ?, NULL) "
                             "ON CONFLICT(entity, id) DO UPDATE SET state = excluded.state, deleted = excluded.deleted, "
                             "server_ver = excluded.server_ver, echo_device = NULL"));
    for (const QVariant &v : QVariantList{entity, id, scope, QString::fromUtf8(QJsonDocument(stateJson(record)).toJson(QJsonDocument::Compact)),
                                          deleted ? 1 : 0, version})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('server_ver', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return sqlError(q);
    return version;
}

RecordStore::Result<Protocol::PullPage> RecordStore::pull(const User &user, const QString &deviceId, qint64 since, int limit)
{
    QVariantList values{since};
    const QString scopeSql = m_store.scopeFilter(user, values);
    // Rows the caller already holds (its own pushes, taken whole) are not
    // sent, and the cursor still moves past them: with nothing more to send
    // it goes to the newest version in scope, read first so that the page
    // query is bounded by it (a version committed between the two reads is
    // left for the next page, never skipped).
    QSqlQuery top(m_store.db());
    top.prepare(QStringLiteral("SELECT coalesce(max(server_ver), 0) FROM record WHERE server_ver > ?") + scopeSql);
    for (const QVariant &v : values)
        top.addBindValue(v);
    if (!top.exec() || !top.next())
        return sqlError(top);
    const qint64 newest = std::max(since, top.value(0).toLongLong());
    top.finish();
    values << newest << deviceId << limit + 1; // one more than asked says whether there is more
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity, id, state, deleted, server_ver FROM record WHERE server_ver > ?") + scopeSql
              + QStringLiteral(" AND server_ver <= ? AND (echo_device IS NULL OR echo_device <> ?) ORDER BY server_ver LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    PullPage page;
    qsizetype bytes = 0;
    while (q.next()) {
        const qsizetype size = q.value(2).toByteArray().size();
        if (page.changes.size() == limit || (!page.changes.isEmpty() && bytes + size > kMaxPullPageBytes)) {
            page.hasMore = true;
            break;
        }
        bytes += size;
        Change c;
        c.entity = q.value(0).toString();
        c.id = q.value(1).toString();
        const QJsonObject state = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
            c.fields.insert(it.key(), it.value().toObject().value(QStringLiteral("v")));
            c.hlc.insert(it.key(), it.value().toObject().value(QStringLiteral("h")));
        }
        c.deleted = q.value(3).toInt() == 1;
        c.seq = q.value(4).toLongLong();
        page.changes.append(c);
    }
    const qint64 cursor = page.hasMore ? page.changes.last().seq : newest;
    page.nextCursor = QString::number(cursor);
    return page;
}

} // namespace Posyandu::Server

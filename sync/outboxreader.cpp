// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxreader.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Posyandu::Sync {

using Storage::Sql;

OutboxReader::OutboxReader(Storage::Database &db)
    : m_db(db)
{
}

Result<SyncCounts> OutboxReader::counts() const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM sync_rejected), "
                                     "(SELECT count(*) FROM sync_set_aside)"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return SyncCounts{};
    return SyncCounts{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

Result<Protocol::PushBatch> OutboxReader::nextBatch(const QString &deviceId, int maxMutations, qsizetype maxBytes) const
{
    auto seq = m_db.meta(QStringLiteral("sync_op_seq"));
    if (!seq)
        return seq.error();
    Protocol::PushBatch batch;
    batch.schemaVersion = Protocol::kSchemaVersion;
    batch.deviceId = deviceId;
    batch.opSeq = seq.value().toLongLong() + 1;

    auto q =
        Sql::run(m_db.sql(), QStringLiteral("SELECT op_id, entity, entity_id, op, payload, hlc, base_server_ver FROM outbox ORDER BY seq LIMIT ?"),
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
} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushackapplier.h"

#include "clock.h"
#include "database.h"
#include "statementcache.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace Posyandu::Sync {

PushAckApplier::PushAckApplier(Storage::Database &db)
    : m_db(db)
{
}

Result<AppliedCounts> PushAckApplier::apply(const Protocol::PushBatch &batch, const Protocol::PushResponse &response)
{
    QHash<QString, const Protocol::Mutation *> sent;
    for (const Protocol::Mutation &m : batch.mutations)
        sent.insert(m.opId, &m);
    AppliedCounts counts;
    Storage::Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    const QString now = Protocol::Clock::nowIso();
    Storage::StatementCache statements(m_db.sql()); // after tx: reset before it ends
    for (const Protocol::Ack &ack : response.acks) {
        // An ack for something this device does not hold (an older answer
        // replayed for a batch that has since changed) is simply not ours to act on.
        const Protocol::Mutation *m = sent.value(ack.opId);
        if (!m)
            continue;
        if (ack.status == QLatin1String("rejected")) {
            auto moved = statements.run(
                QStringLiteral("INSERT OR REPLACE INTO sync_rejected (op_id, entity, entity_id, op, payload, hlc, reason, rejected_at) "
                               "SELECT op_id, entity, entity_id, op, payload, hlc, ?, ? FROM outbox WHERE op_id = ?"),
                {ack.reason, now, ack.opId});
            if (!moved)
                return moved.error();
            ++counts.rejected;
            counts.rejectReasons.append(QStringLiteral("%1 %2: %3").arg(m->entity, m->id, ack.reason));
        } else {
            ++counts.acknowledged;
            if (ack.status == QLatin1String("merged"))
                ++counts.merged;
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
} // namespace Posyandu::Sync

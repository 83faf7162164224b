// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicevillagequeue.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "syncschema.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Posyandu::Demo {

Result<int> PracticeVillageQueue::queue(Storage::Database &db, const QString &posyanduCode)
{
    if (!DemoGenerator::isDemo(db))
        return Error{tr("Only a practice village can be queued whole."), {}};
    // Each entity by the way it belongs to the Posyandu, parents before children:
    // a Posyandu by its code, every other record by its parent's rows.
    QHash<QString, QString> whereOf;
    for (const Protocol::EntitySpec &spec : Protocol::SyncSchema::entities()) {
        if (spec.parentEntity.isEmpty())
            whereOf.insert(spec.name, QStringLiteral("code = :code"));
        else
            whereOf.insert(
                spec.name,
                QStringLiteral("%1 IN (SELECT id FROM %2 WHERE %3)").arg(spec.parentField, spec.parentEntity, whereOf.value(spec.parentEntity)));
    }
    Storage::Transaction tx(db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    int queued = 0;
    for (const Protocol::EntitySpec &spec : Protocol::SyncSchema::entities()) {
        const QString &entity = spec.name;
        const QString where = whereOf.value(entity);
        QStringList pairs;
        for (const QString &c : spec.fieldNames())
            pairs << QStringLiteral("'%1', %1").arg(c);
        // op_id: a random UUID made by SQLite, one per row.
        const QString sql =
            QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, payload, hlc, base_server_ver, created_at) "
                           "SELECT lower(printf('%s-%s-7%s-%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), "
                           "hex(randomblob(2)), hex(randomblob(6)))), '%1', id, 'insert', json_object('fields', json_object(%2)), row_hlc, NULL, "
                           ":now FROM %1 WHERE deleted_at IS NULL AND %3 AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = '%1')")
                .arg(entity, pairs.join(QStringLiteral(", ")), where);
        QSqlQuery q(db.sql());
        if (!q.prepare(sql))
            return Error{tr("The practice village could not be queued: %1").arg(q.lastError().text()), {}};
        q.bindValue(QStringLiteral(":code"), posyanduCode);
        q.bindValue(QStringLiteral(":now"), Protocol::Clock::nowIso());
        if (!q.exec())
            return Error{tr("The practice village could not be queued: %1").arg(q.lastError().text()), {}};
        queued += q.numRowsAffected();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return queued;
}
} // namespace Posyandu::Demo

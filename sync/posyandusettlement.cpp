// SPDX-License-Identifier: GPL-3.0-or-later
#include "posyandusettlement.h"

#include "changewriter.h"
#include "database.h"
#include "sql.h"
#include "syncschema.h"

#include <QSqlQuery>

namespace Posyandu::Sync {

using Storage::Sql;

PosyanduSettlement::PosyanduSettlement(Storage::Database &db)
    : m_db(db)
{
}

Result<QVariant> PosyanduSettlement::settle(const Protocol::Change &change, const QString &now)
{
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

    // A supervisor's or an admin's laptop changes no service data: it retires its copy of the other record here
    // only, queues nothing, and gets the rows' move from the server when the cadre's laptop has made it.
    auto role = m_db.meta(QStringLiteral("sync_role"));
    if (!role)
        return role.error();
    if (Storage::ChangeWriter::isReviewerRole(role.value())) {
        if (auto r = Sql::run(m_db.sql(), QStringLiteral("UPDATE posyandu SET deleted_at = ? WHERE id = ?"), {now, local}); !r)
            return r.error();
        return QVariant();
    }

    // The incoming one is the Posyandu: our rows move to it and ours is retired,
    // as ordinary changes that go to the server with the next push.
    Storage::ChangeWriter writer(m_db);
    if (auto r = writer.markDeleted(QStringLiteral("posyandu"), local); !r)
        return r.error();
    for (const Protocol::EntitySpec &child : Protocol::SyncSchema::entities()) {
        if (child.parentEntity != QLatin1String("posyandu"))
            continue;
        auto rows = Sql::run(m_db.sql(), QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(child.name, child.parentField), {local});
        if (!rows)
            return rows.error();
        QSqlQuery ids = std::move(rows).value();
        QStringList moving;
        while (ids.next())
            moving.append(ids.value(0).toString());
        ids.finish();
        for (const QString &id : moving)
            if (auto r = writer.update(child.name, id, {{child.parentField, change.id}}); !r)
                return r.error();
    }
    return QVariant();
}
} // namespace Posyandu::Sync

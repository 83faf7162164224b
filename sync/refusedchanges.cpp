// SPDX-License-Identifier: GPL-3.0-or-later
#include "refusedchanges.h"

#include "database.h"
#include "sql.h"

#include <QSqlQuery>

namespace Posyandu::Sync {

Result<QList<RefusedChange>> RefusedChanges::list(Storage::Database &db)
{
    QList<RefusedChange> changes;
    auto refused = Storage::Sql::run(db.sql(),
                                     QStringLiteral("SELECT rejected_at, entity, entity_id, op, reason FROM sync_rejected "
                                                    "ORDER BY rejected_at DESC"));
    if (!refused)
        return refused.error();
    QSqlQuery q = std::move(refused).value();
    while (q.next())
        changes.append({RefusedChange::Kind::RefusedByServer, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()});
    auto setAside = Storage::Sql::run(db.sql(),
                                      QStringLiteral("SELECT set_aside_at, entity, entity_id, reason FROM sync_set_aside "
                                                     "ORDER BY set_aside_at DESC"));
    if (!setAside)
        return setAside.error();
    q = std::move(setAside).value();
    while (q.next())
        changes.append({RefusedChange::Kind::SetAsideHere, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), QString(),
                        q.value(3).toString()});
    return changes;
}

} // namespace Posyandu::Sync

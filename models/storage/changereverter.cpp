// SPDX-License-Identifier: GPL-3.0-or-later
#include "changereverter.h"

#include "changewriter.h"
#include "database.h"
#include "sql.h"
#include "transaction.h"

namespace Posyandu::Storage {

namespace {
// Column names come from ChangeWriter's journal, which only holds names it
// validated before writing them.
Result<QVariantMap> currentValues(Database &db, const RecordedChange &change, const QStringList &columns)
{
    auto r = Sql::run(db.sql(), QStringLiteral("SELECT deleted_at, %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), change.entity),
                      {change.id});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QVariantMap values;
    if (!q.next())
        return values;
    values.insert(QStringLiteral("deleted_at"), q.value(0));
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns.at(i), q.value(1 + i));
    return values;
}
} // namespace

Result<ChangeSet> ChangeReverter::revert(Database &db, const ChangeSet &changes)
{
    if (changes.isEmpty())
        return Error{tr("There is nothing to undo."), {}};
    Transaction tx(db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    ChangeSet undone;
    ChangeWriter writer(db, &undone);
    // Newest first, so a save that inserted a row and then changed it unwinds in order.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const QStringList columns = it->after.keys();
        auto current = currentValues(db, *it, columns.isEmpty() ? QStringList{QStringLiteral("id")} : columns);
        if (!current)
            return current.error();
        if (current.value().isEmpty() || !current.value().value(QStringLiteral("deleted_at")).isNull())
            return Error{tr("The saved record no longer exists; nothing was undone."), {}};
        for (const QString &column : columns) {
            if (Sql::toSqlValue(current.value().value(column)).toString() != Sql::toSqlValue(it->after.value(column)).toString())
                return Error{tr("The record was changed again after this save (perhaps by a sync); nothing was undone."), {}};
        }
        auto written =
            it->kind == RecordedChange::Kind::Inserted ? writer.markDeleted(it->entity, it->id) : writer.update(it->entity, it->id, it->before);
        if (!written)
            return written.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return undone;
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pullpageapplier.h"

#include "clock.h"
#include "database.h"
#include "posyandusettlement.h"
#include "sql.h"
#include "statementcache.h"
#include "syncaccount.h"
#include "syncschema.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Posyandu::Sync {

using Storage::Sql;

namespace {

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

PullPageApplier::PullPageApplier(Storage::Database &db)
    : m_db(db)
{
}

Result<AppliedCounts> PullPageApplier::apply(const Protocol::PullPage &page)
{
    bool cursorOk = false;
    const qint64 next = page.nextCursor.toLongLong(&cursorOk);
    if (!cursorOk || next < SyncAccountStore(m_db).cursor())
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
    const QString now = Protocol::Clock::nowIso();

    for (const Protocol::Change &change : page.changes) {
        const Protocol::EntitySpec *spec = Protocol::SyncSchema::entity(change.entity);
        if (!spec)
            continue; // an entity of a newer schema: the schema check keeps this from happening; never guess

        // Fields this device changed and has not yet had acknowledged stay as they are here.
        QSet<QString> pending;
        if (anyWaiting) {
            auto p = statements.run(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND entity_id = ?"), {change.entity, change.id});
            if (!p)
                return p.error();
            QSqlQuery &rows = *p.value();
            while (rows.next()) {
                const QJsonObject fields =
                    QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object().value(QStringLiteral("fields")).toObject();
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
            if (!spec->field(it.key()) || pending.contains(it.key()))
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
            auto settled = PosyanduSettlement(m_db).settle(change, now);
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
            if (auto r = statements.run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(change.entity, assignments.join(QStringLiteral(", "))),
                                        values);
                !r)
                return r.error();
        } else {
            names << QStringLiteral("id") << QStringLiteral("field_hlc") << QStringLiteral("row_hlc") << QStringLiteral("server_ver")
                  << QStringLiteral("deleted_at") << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("updated_by");
            values << change.id << compact(fieldHlc) << rowHlc << change.seq << tombstone << now << now << QStringLiteral("sync");
            const QString placeholders = QStringLiteral("?, ").repeated(names.size() - 1) + QStringLiteral("?");
            if (auto r = statements.run(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(change.entity, names.join(QStringLiteral(", ")), placeholders), values);
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
} // namespace Posyandu::Sync

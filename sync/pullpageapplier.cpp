// SPDX-License-Identifier: GPL-3.0-or-later
#include "pullpageapplier.h"

#include "changevalidator.h"
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

    // A change this device cannot apply is kept aside with its reason; the
    // page goes on and the cursor moves past it (one record never stalls
    // every later pull). Each change is applied under a savepoint so a
    // refusal of the store undoes only that change.
    auto setAside = [&](const Protocol::Change &change, const QString &reason) -> Result<void> {
        const QJsonObject payload{
            {QStringLiteral("fields"), change.fields}, {QStringLiteral("hlc"), change.hlc}, {QStringLiteral("deleted"), change.deleted}};
        if (auto r = statements.run(QStringLiteral("INSERT OR REPLACE INTO sync_set_aside (entity, entity_id, server_ver, payload, reason, "
                                                   "set_aside_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                    {change.entity.left(64), change.id.left(64), change.seq, compact(payload), reason, now});
            !r)
            return r.error();
        ++counts.setAside;
        counts.setAsideReasons.append(QStringLiteral("%1 %2: %3").arg(change.entity.left(64), change.id.left(64), reason));
        return {};
    };

    for (const Protocol::Change &change : page.changes) {
        const Protocol::EntitySpec *spec = Protocol::SyncSchema::entity(change.entity);
        if (!spec) {
            if (auto r = setAside(change, tr("this version of the application does not know records of the kind %1").arg(change.entity.left(64))); !r)
                return r.error();
            continue;
        }

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

        // The same check as every change written here: a record that breaks it is not taken.
        {
            QJsonObject checked = change.fields;
            checked.remove(QStringLiteral("deleted_at"));
            if (const auto refused =
                    Protocol::ChangeValidator::check(change.entity, exists ? QStringLiteral("update") : QStringLiteral("insert"), checked)) {
                if (auto r = setAside(change, refused->words); !r)
                    return r.error();
                continue;
            }
        }
        if (auto r = Sql::run(conn, QStringLiteral("SAVEPOINT pulled_change")); !r)
            return r.error();

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
            if (!settled) {
                (void)Sql::run(conn, QStringLiteral("ROLLBACK TO pulled_change"));
                (void)Sql::run(conn, QStringLiteral("RELEASE pulled_change"));
                if (auto r = setAside(change, settled.error().message); !r)
                    return r.error();
                continue;
            }
            tombstone = settled.value();
            anyWaiting = true; // it may have queued moves that later changes of this page must not undo
        }

        Result<QSqlQuery *> written = Error{QString(), {}};
        if (exists) {
            QStringList assignments;
            for (const QString &name : names)
                assignments.append(name + QStringLiteral(" = ?"));
            assignments << QStringLiteral("field_hlc = ?") << QStringLiteral("row_hlc = ?") << QStringLiteral("server_ver = ?")
                        << QStringLiteral("deleted_at = ?") << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
            values << compact(fieldHlc) << rowHlc << change.seq << tombstone << now << QStringLiteral("sync") << change.id;
            written =
                statements.run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(change.entity, assignments.join(QStringLiteral(", "))), values);
        } else {
            names << QStringLiteral("id") << QStringLiteral("field_hlc") << QStringLiteral("row_hlc") << QStringLiteral("server_ver")
                  << QStringLiteral("deleted_at") << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("updated_by");
            values << change.id << compact(fieldHlc) << rowHlc << change.seq << tombstone << now << now << QStringLiteral("sync");
            const QString placeholders = QStringLiteral("?, ").repeated(names.size() - 1) + QStringLiteral("?");
            written = statements.run(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(change.entity, names.join(QStringLiteral(", ")), placeholders), values);
        }
        if (!written) {
            // The store refused it (a constraint this device has): only this change is undone.
            (void)Sql::run(conn, QStringLiteral("ROLLBACK TO pulled_change"));
            (void)Sql::run(conn, QStringLiteral("RELEASE pulled_change"));
            if (auto r = setAside(change, tr("the record could not be stored here: %1").arg(written.error().message)); !r)
                return r.error();
            continue;
        }
        if (auto r = Sql::run(conn, QStringLiteral("RELEASE pulled_change")); !r)
            return r.error();
        // A version that applies replaces one set aside before.
        if (auto r = statements.run(QStringLiteral("DELETE FROM sync_set_aside WHERE entity = ? AND entity_id = ?"), {change.entity, change.id}); !r)
            return r.error();
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

// SPDX-License-Identifier: GPL-3.0-or-later
// ConflictLog::conflicts and ::decide: the supervisor's review of the
// conflict log (both values of every field two devices changed at once).
#include "conflictlog.h"
#include "clock.h"
#include "hybridlogicalclock.h"
#include "serverstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Posyandu::Server {

ConflictLog::ConflictLog(ServerStore &store)
    : m_store(store)
{
}

ConflictLog::Result<QJsonArray> ConflictLog::conflicts(const User &user, bool all)
{
    QVariantList values;
    const QString scopeSql = m_store.scopeFilter(user, values);
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT seq, entity, id, field, server_value, device_value, device_won, device_id, at, scope, decided_at, decided_by, decision "
                  "FROM conflict WHERE 1 = 1")
              + scopeSql + (all ? QString() : QStringLiteral(" AND decided_at IS NULL")) + QStringLiteral(" ORDER BY seq DESC LIMIT 500"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return QStringLiteral("database error: ") + q.lastError().text();
    QJsonArray list;
    while (q.next()) {
        // "kept": what the record holds now; "other": the value that lost.
        const bool deviceWon = q.value(6).toInt() == 1;
        QJsonObject o{{QStringLiteral("seq"), double(q.value(0).toLongLong())},
                      {QStringLiteral("entity"), q.value(1).toString()},
                      {QStringLiteral("id"), q.value(2).toString()},
                      {QStringLiteral("field"), q.value(3).toString()},
                      {QStringLiteral("kept"), q.value(deviceWon ? 5 : 4).toString()},
                      {QStringLiteral("other"), q.value(deviceWon ? 4 : 5).toString()},
                      {QStringLiteral("device_id"), q.value(7).toString()},
                      {QStringLiteral("at"), q.value(8).toString()},
                      {QStringLiteral("posyandu"), q.value(9).toString()}};
        if (!q.value(10).isNull())
            o.insert(QStringLiteral("decided"),
                     QJsonObject{{QStringLiteral("at"), q.value(10).toString()},
                                 {QStringLiteral("by"), q.value(11).toString()},
                                 {QStringLiteral("decision"), q.value(12).toString()}});
        list.append(o);
    }
    return list;
}

std::optional<ConflictLog::Refusal> ConflictLog::decide(const User &user, qint64 seq, const QString &decision, qint64 nowMs)
{
    if (user.role == QLatin1String("cadre"))
        return Refusal{QStringLiteral("a supervisor reviews conflicts; a cadre's device cannot decide them"), 403};
    if (decision != QLatin1String("keep") && decision != QLatin1String("use_other"))
        return Refusal{QStringLiteral("decision must be keep or use_other"), 400};
    if (const QString failed = m_store.beginWrite(); !failed.isEmpty())
        return Refusal{QStringLiteral("database error: ") + failed, 500};
    QSqlDatabase conn = m_store.db();
    auto refuse = [&](const QString &message, int status) {
        QSqlQuery(conn).exec(QStringLiteral("ROLLBACK"));
        return Refusal{message, status};
    };
    QVariantList values{seq};
    const QString scopeSql = m_store.scopeFilter(user, values);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT entity, id, field, server_value, device_value, device_won, decided_at FROM conflict WHERE seq = ?") + scopeSql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return refuse(QStringLiteral("database error: ") + q.lastError().text(), 500);
    if (!q.next())
        return refuse(QStringLiteral("no conflict %1 in this user's area").arg(seq), 404);
    if (!q.value(6).isNull())
        return refuse(QStringLiteral("conflict %1 was decided already").arg(seq), 409);
    const QString entity = q.value(0).toString(), id = q.value(1).toString(), field = q.value(2).toString();
    const QString other = q.value(q.value(5).toInt() == 1 ? 3 : 4).toString();
    q.finish();

    if (decision == QLatin1String("use_other") && !field.isEmpty()) {
        // The other value becomes the record's, as a change of its own: a new
        // version, stamped just after the value it replaces, which every device pulls.
        QSqlQuery r(conn);
        r.prepare(QStringLiteral("SELECT state FROM record WHERE entity = ? AND id = ?"));
        r.addBindValue(entity);
        r.addBindValue(id);
        if (!r.exec() || !r.next())
            return refuse(QStringLiteral("the record of conflict %1 is gone").arg(seq), 404);
        QJsonObject state = QJsonDocument::fromJson(r.value(0).toByteArray()).object();
        r.finish();
        QJsonObject current = state.value(field).toObject();
        const auto before = Protocol::HlcStamp::fromString(current.value(QStringLiteral("h")).toString()).value_or(Protocol::HlcStamp());
        Protocol::HlcStamp stamp{std::max(nowMs, before.millis), 0, QStringLiteral("review")};
        if (stamp.millis == before.millis)
            stamp.counter = before.counter + 1;
        QSqlQuery v(conn);
        v.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_ver'"));
        const qint64 version = (v.next() ? v.value(0).toLongLong() : 0) + 1;
        v.finish();
        // Values were logged as text; a number goes back as a number.
        bool isNumber = false;
        const double number = other.toDouble(&isNumber);
        const QJsonValue previous = current.value(QStringLiteral("v"));
        current.insert(QStringLiteral("v"), previous.isDouble() && isNumber ? QJsonValue(number) : QJsonValue(other));
        current.insert(QStringLiteral("h"), stamp.toString());
        current.insert(QStringLiteral("c"), double(version));
        state.insert(field, current);
        QSqlQuery w(conn);
        w.prepare(QStringLiteral("UPDATE record SET state = ?, server_ver = ?, echo_device = NULL WHERE entity = ? AND id = ?"));
        for (const QVariant &x : QVariantList{QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)), version, entity, id})
            w.addBindValue(x);
        if (!w.exec())
            return refuse(QStringLiteral("database error: ") + w.lastError().text(), 500);
        w.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'server_ver'"));
        w.addBindValue(QString::number(version));
        if (!w.exec())
            return refuse(QStringLiteral("database error: ") + w.lastError().text(), 500);
    }
    QSqlQuery d(conn);
    d.prepare(QStringLiteral("UPDATE conflict SET decided_at = ?, decided_by = ?, decision = ? WHERE seq = ?"));
    for (const QVariant &x : QVariantList{Protocol::Clock::nowIso(), user.name, decision, seq})
        d.addBindValue(x);
    if (!d.exec() || !QSqlQuery(conn).exec(QStringLiteral("COMMIT")))
        return refuse(QStringLiteral("database error: ") + d.lastError().text(), 500);
    return std::nullopt;
}

} // namespace Posyandu::Server

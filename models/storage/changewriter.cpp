// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewriter.h"

#include "changevalidator.h"

#include "clock.h"
#include "database.h"
#include "ids.h"
#include "sql.h"
#include "syncschema.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Posyandu::Storage {

namespace {

bool validIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QJsonValue toJson(const QVariant &value)
{
    const QVariant v = Sql::toSqlValue(value);
    return v.isValid() ? QJsonValue::fromVariant(v) : QJsonValue(QJsonValue::Null);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Two stored values are "the same" when SQLite would store the same thing.
bool sameValue(const QVariant &stored, const QVariant &incoming)
{
    const QVariant a = Sql::toSqlValue(stored);
    const QVariant b = Sql::toSqlValue(incoming);
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const bool numeric = a.canConvert<double>() && b.canConvert<double>() && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString;
    if (numeric)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

} // namespace

ChangeWriter::ChangeWriter(Database &db, ChangeSet *journal)
    : m_db(db)
    , m_journal(journal)
{
}

Result<void> ChangeWriter::mayWrite()
{
    if (!m_reviewer) {
        auto role = m_db.meta(QStringLiteral("sync_role"));
        if (!role)
            return role.error();
        m_reviewer = isReviewerRole(role.value());
    }
    if (*m_reviewer)
        return Error{tr("This laptop is connected for a supervisor or an administrator: it reads and reviews. Service data is entered "
                        "on a cadre's laptop."),
                     {}};
    return {};
}

bool ChangeWriter::isReviewerRole(const QString &role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("admin");
}

Result<QVariantMap> ChangeWriter::checked(const QString &entity, const QString &op, const QVariantMap &fields)
{
    if (auto allowed = mayWrite(); !allowed)
        return allowed.error();
    QJsonObject wire;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        wire.insert(it.key(), toJson(it.value()));
    if (const auto refused = Protocol::ChangeValidator::check(entity, op, wire))
        return Error{tr("This change cannot be saved: %1").arg(refused->words), {}};
    // The texts as the validator put them (Unicode NFC), so the store holds what the server will.
    QVariantMap normalised = fields;
    for (auto it = normalised.begin(); it != normalised.end(); ++it)
        if (const QJsonValue v = wire.value(it.key());
            v.isString() && it.value().typeId() == QMetaType::QString && v.toString() != it.value().toString())
            it.value() = v.toString();
    return normalised;
}

Result<void> ChangeWriter::insert(const QString &entity, const QString &id, const QVariantMap &input)
{
    if (!Protocol::SyncSchema::isSynced(entity) || !Ids::isUuidV7(id))
        return Error{tr("Internal error: cannot write %1 %2.").arg(entity, id), {}};
    auto valid = checked(entity, QStringLiteral("insert"), input);
    if (!valid)
        return valid.error();
    const QVariantMap &fields = valid.value();
    const QString now = Protocol::Clock::nowIso();
    const QString stamp = m_db.clock().now().toString();

    QStringList columns = {QStringLiteral("id"),         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("updated_by"), QStringLiteral("row_hlc"),    QStringLiteral("field_hlc")};
    QJsonObject fieldHlc;
    QVariantList values = {id, now, now, m_db.actor(), stamp, QVariant()};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!validIdentifier(it.key()))
            return Error{tr("Internal error: bad field name %1.").arg(it.key()), {}};
        columns.append(it.key());
        values.append(it.value());
        fieldHlc.insert(it.key(), stamp);
    }
    values[5] = compactJson(fieldHlc);
    const QString placeholders = QStringLiteral("?, ").repeated(columns.size() - 1) + QStringLiteral("?");
    auto q =
        Sql::run(m_db.sql(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(entity, columns.join(QStringLiteral(", ")), placeholders), values);
    if (!q)
        return q.error();
    if (m_journal)
        m_journal->append({RecordedChange::Kind::Inserted, entity, id, {}, fields});
    return writeOutboxAndAudit(QStringLiteral("insert"), entity, id, fields, stamp, QVariant(), now);
}

Result<void> ChangeWriter::update(const QString &entity, const QString &id, const QVariantMap &input)
{
    if (!Protocol::SyncSchema::isSynced(entity))
        return Error{tr("Internal error: cannot write %1 %2.").arg(entity, id), {}};
    auto valid = checked(entity, QStringLiteral("update"), input);
    if (!valid)
        return valid.error();
    const QVariantMap &fields = valid.value();
    QStringList names;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!validIdentifier(it.key()))
            return Error{tr("Internal error: bad field name %1.").arg(it.key()), {}};
        names.append(it.key());
    }
    const QString select = QStringLiteral("SELECT field_hlc, server_ver%1 FROM %2 WHERE id = ?")
                               .arg(names.isEmpty() ? QString() : QStringLiteral(", ") + names.join(QStringLiteral(", ")), entity);
    auto q = Sql::run(m_db.sql(), select, {id});
    if (!q)
        return q.error();
    QSqlQuery current = std::move(q).value();
    if (!current.next())
        return Error{tr("The record to change no longer exists."), {}};

    QJsonObject fieldHlc = QJsonDocument::fromJson(current.value(0).toString().toUtf8()).object();
    QVariantMap changed;
    QVariantMap previous;
    for (int i = 0; i < names.size(); ++i) {
        // A field never written before holds its column default, not a value: giving it is a change even when the
        // value equals that default (a first "No" where the 0 only meant "not asked").
        if (!sameValue(current.value(2 + i), fields.value(names.at(i))) || !fieldHlc.contains(names.at(i))) {
            changed.insert(names.at(i), fields.value(names.at(i)));
            previous.insert(names.at(i), current.value(2 + i));
        }
    }
    if (changed.isEmpty())
        return {};

    const QVariant baseServerVer = current.value(1);
    current.finish();

    const QString now = Protocol::Clock::nowIso();
    const QString stamp = m_db.clock().now().toString();
    QStringList assignments;
    QVariantList values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        values.append(it.value());
        fieldHlc.insert(it.key(), stamp);
    }
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("row_hlc = ?")
                << QStringLiteral("field_hlc = ?");
    values << now << m_db.actor() << stamp << compactJson(fieldHlc) << id;
    auto u = Sql::run(m_db.sql(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity, assignments.join(QStringLiteral(", "))), values);
    if (!u)
        return u.error();
    if (m_journal)
        m_journal->append({RecordedChange::Kind::Updated, entity, id, previous, changed});
    return writeOutboxAndAudit(QStringLiteral("update"), entity, id, changed, stamp, baseServerVer, now);
}

Result<void> ChangeWriter::markDeleted(const QString &entity, const QString &id)
{
    return update(entity, id, {{QStringLiteral("deleted_at"), Protocol::Clock::nowIso()}});
}

Result<void> ChangeWriter::writeOutboxAndAudit(const QString &op, const QString &entity, const QString &id, const QVariantMap &fields,
                                               const QString &stamp, const QVariant &baseServerVer, const QString &now)
{
    QJsonObject values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.insert(it.key(), toJson(it.value()));
    const bool isDelete = op == QLatin1String("update") && fields.size() == 1 && fields.contains(QStringLiteral("deleted_at"));
    const QString outboxOp = isDelete ? QStringLiteral("delete") : op;

    auto o =
        Sql::run(m_db.sql(),
                 QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, payload, hlc, base_server_ver, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {Ids::newUuidV7(), entity, id, outboxOp, compactJson(QJsonObject{{QStringLiteral("fields"), values}}), stamp, baseServerVer, now});
    if (!o)
        return o.error();
    auto a = Sql::run(m_db.sql(), QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)"),
                      {now, m_db.actor(), outboxOp, entity, id, compactJson(values)});
    if (!a)
        return a.error();
    return m_db.setMeta(QStringLiteral("hlc_last"), stamp);
}

} // namespace Posyandu::Storage

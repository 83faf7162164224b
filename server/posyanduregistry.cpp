// SPDX-License-Identifier: GPL-3.0-or-later
#include "posyanduregistry.h"

#include "changevalidator.h"
#include "clock.h"
#include "printable.h"
#include "recordstore.h"
#include "serversql.h"
#include "syncschema.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Posyandu::Server {

PosyanduRegistry::PosyanduRegistry(ServerStore &store)
    : m_store(store)
{
}

PosyanduRegistry::Result<bool> PosyanduRegistry::add(const RegisteredPosyandu &posyandu)
{
    // The same checks as any Posyandu record a device sends (lengths, control characters, NFC).
    QJsonObject fields{{QStringLiteral("code"), posyandu.code.trimmed()},
                       {QStringLiteral("name"), posyandu.name.simplified()},
                       {QStringLiteral("village_code"), posyandu.villageCode.trimmed()}};
    if (const auto refused = Protocol::ChangeValidator::check(QStringLiteral("posyandu"), QStringLiteral("insert"), fields))
        return refused->words;
    const RegisteredPosyandu clean{fields.value(QStringLiteral("code")).toString(), fields.value(QStringLiteral("village_code")).toString(),
                                   fields.value(QStringLiteral("name")).toString()};
    if (clean.villageCode.size() != 10 || !std::all_of(clean.villageCode.cbegin(), clean.villageCode.cend(), [](QChar c) { return c.isDigit(); }))
        return QStringLiteral("the village code is 10 digits (province 2, regency 2, district 2, village 4)");
    if (const QString failed = m_store.beginWrite(); !failed.isEmpty())
        return QStringLiteral("database error: ") + failed;
    auto added = insert(clean);
    QSqlQuery end(m_store.db());
    if (std::holds_alternative<QString>(added) || !end.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(m_store.db()).exec(QStringLiteral("ROLLBACK"));
        return std::holds_alternative<QString>(added) ? added : Result<bool>(QStringLiteral("database error: the registration was not saved"));
    }
    return true;
}

PosyanduRegistry::Result<bool> PosyanduRegistry::insert(const RegisteredPosyandu &posyandu)
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT 1 FROM posyandu_registry WHERE code = ?"), {posyandu.code}); !error.isEmpty())
        return error;
    if (q.next())
        return QStringLiteral("the Posyandu %1 is registered already").arg(printable(posyandu.code));
    q.finish();
    if (const QString error = exec(q, QStringLiteral("INSERT INTO posyandu_registry (code, village_code, name, created_at) VALUES (?, ?, ?, ?)"),
                                   {posyandu.code, posyandu.villageCode, posyandu.name, Protocol::Clock::nowIso()});
        !error.isEmpty())
        return error;
    auto written = m_store.records().writeAsServer(
        QStringLiteral("posyandu"), Protocol::SyncSchema::registeredPosyanduId(posyandu.code), posyandu.code,
        {{QStringLiteral("code"), posyandu.code}, {QStringLiteral("name"), posyandu.name}, {QStringLiteral("village_code"), posyandu.villageCode}},
        Protocol::Clock::nowMs());
    if (const auto *error = std::get_if<QString>(&written))
        return *error;
    return true;
}

PosyanduRegistry::Result<QStringList> PosyanduRegistry::list()
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT code, village_code, name FROM posyandu_registry ORDER BY code")); !error.isEmpty())
        return error;
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1 %2 %3").arg(printable(q.value(0).toString()), printable(q.value(1).toString()), printable(q.value(2).toString()));
    return lines;
}

PosyanduRegistry::Result<std::optional<RegisteredPosyandu>> PosyanduRegistry::find(const QString &code)
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT code, village_code, name FROM posyandu_registry WHERE code = ?"), {code});
        !error.isEmpty())
        return error;
    if (!q.next())
        return std::optional<RegisteredPosyandu>();
    return std::optional<RegisteredPosyandu>(RegisteredPosyandu{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

PosyanduRegistry::Result<QStringList> PosyanduRegistry::registerFromRecords()
{
    QSqlQuery q(m_store.db());
    if (const QString error = exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'registry'")); !error.isEmpty())
        return error;
    if (q.next())
        return QStringList();
    q.finish();
    if (const QString failed = m_store.beginWrite(); !failed.isEmpty())
        return QStringLiteral("database error: ") + failed;
    auto rollback = [&](const QString &error) -> Result<QStringList> {
        QSqlQuery(m_store.db()).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    // The live Posyandu records, the smallest id of each code first.
    if (const QString error = exec(q, QStringLiteral("SELECT id, state FROM record WHERE entity = 'posyandu' AND deleted = 0 ORDER BY id"));
        !error.isEmpty())
        return rollback(error);
    QList<RegisteredPosyandu> found;
    QStringList codes;
    QHash<QString, QStringList> recordsOf; // code -> the ids of its live records
    while (q.next()) {
        const QJsonObject state = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        auto value = [&](const char *field) { return state.value(QLatin1String(field)).toObject().value(QStringLiteral("v")).toString(); };
        const QString code = value("code");
        if (code.isEmpty())
            continue;
        recordsOf[code].append(q.value(0).toString());
        if (codes.contains(code))
            continue;
        codes.append(code);
        found.append({code, value("village_code"), value("name")});
    }
    q.finish();
    QStringList lines;
    const qint64 now = Protocol::Clock::nowMs();
    for (const RegisteredPosyandu &posyandu : found) {
        if (auto added = insert(posyandu); const auto *error = std::get_if<QString>(&added))
            return rollback(*error);
        // The registered record takes the old records' rows and they are retired, by the server itself, so every
        // device converges even when the laptop that made an old record never syncs again.
        const QString registeredId = Protocol::SyncSchema::registeredPosyanduId(posyandu.code);
        QStringList old = recordsOf.value(posyandu.code);
        old.removeAll(registeredId);
        int moved = 0;
        for (const Protocol::EntitySpec &child : Protocol::SyncSchema::entities()) {
            if (child.parentEntity != QLatin1String("posyandu"))
                continue;
            if (const QString error =
                    exec(q, QStringLiteral("SELECT id, state FROM record WHERE entity = ? AND scope = ?"), {child.name, posyandu.code});
                !error.isEmpty())
                return rollback(error);
            QStringList moving;
            while (q.next()) {
                const QJsonObject state = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
                if (old.contains(state.value(child.parentField).toObject().value(QStringLiteral("v")).toString()))
                    moving.append(q.value(0).toString());
            }
            q.finish();
            for (const QString &id : moving) {
                auto written = m_store.records().writeAsServer(child.name, id, posyandu.code, {{child.parentField, registeredId}}, now);
                if (const auto *error = std::get_if<QString>(&written))
                    return rollback(*error);
                ++moved;
            }
        }
        for (const QString &id : old) {
            auto written = m_store.records().writeAsServer(QStringLiteral("posyandu"), id, posyandu.code, {}, now, true);
            if (const auto *error = std::get_if<QString>(&written))
                return rollback(*error);
        }
        lines << QStringLiteral("registered Posyandu %1 in village %2 from its record; %3 records moved to it, %4 old Posyandu records retired")
                     .arg(printable(posyandu.code), printable(posyandu.villageCode))
                     .arg(moved)
                     .arg(old.size());
    }
    if (const QString error = exec(q, QStringLiteral("SELECT name, scope_code FROM app_user WHERE role = 'cadre' ORDER BY name")); !error.isEmpty())
        return rollback(error);
    while (q.next())
        if (!codes.contains(q.value(1).toString()))
            lines << QStringLiteral("the cadre %1's Posyandu %2 has no record: register it with posyandu add %2 --village CODE --name NAME")
                         .arg(printable(q.value(0).toString()), printable(q.value(1).toString()));
    q.finish();
    if (const QString error = exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES ('registry', '1')")); !error.isEmpty())
        return rollback(error);
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(QStringLiteral("database error: the registry was not saved"));
    return lines;
}

} // namespace Posyandu::Server

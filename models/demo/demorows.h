// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "ids.h"
#include "sql.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <map>
#include <memory>

// The practice-village generator's two tools, private to models/demo.
namespace Posyandu::Demo::Detail {

// Everything random comes from here, in one order, so a seed is a village.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    double normal(double mean, double sd)
    {
        // Box-Muller; two draws per value keeps the sequence simple.
        const double u1 = std::max(m_rng.generateDouble(), 1e-12), u2 = m_rng.generateDouble();
        return mean + sd * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    quint64 bits() { return m_rng.generate64(); }

private:
    QRandomGenerator m_rng;
};

// Bulk writer: one prepared INSERT per table, ids from the dice.
class Rows
{
public:
    Rows(Storage::Database &db, Dice &dice, const QDate &today)
        : m_db(db)
        , m_dice(dice)
        , m_now(QDateTime(today, QTime(8, 0), Qt::UTC).toString(Qt::ISODateWithMs))
        , m_stamp(QStringLiteral("%1-00000-%2")
                      .arg(QDateTime(today, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch(), 18, 10, QLatin1Char('0'))
                      .arg(db.deviceId()))
        , m_baseMillis(QDateTime(today.addYears(-1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
    {
    }
    QString newId()
    {
        const quint64 n = m_counter++;
        return Ids::uuidV7From(m_baseMillis + qint64(n / 4096), quint16(n % 4096), m_dice.bits());
    }

    // Inserts `fields` (column -> value) plus the bookkeeping columns; returns the id
    // (`fixedId` when given: a registered Posyandu's, protocol/syncschema.h).
    QString insert(const QString &table, const QList<std::pair<const char *, QVariant>> &fields, const QString &fixedId = {})
    {
        const QString made = newId(); // taken either way, so the ids after it stay those of the seed
        const QString id = fixedId.isEmpty() ? made : fixedId;
        QSqlQuery &q = query(table, fields);
        q.addBindValue(id);
        for (const auto &[column, value] : fields)
            q.addBindValue(Storage::Sql::toSqlValue(value));
        q.addBindValue(m_now);
        q.addBindValue(m_now);
        q.addBindValue(QStringLiteral("demo"));
        q.addBindValue(m_stamp);
        if (!q.exec() && m_error.isEmpty())
            m_error = q.lastError().text() + QStringLiteral(" (") + table + QLatin1Char(')');
        ++m_rows;
        return id;
    }
    const QString &error() const { return m_error; }

private:
    QSqlQuery &query(const QString &table, const QList<std::pair<const char *, QVariant>> &fields)
    {
        QString key = table;
        for (const auto &f : fields)
            key += QLatin1Char(',') + QLatin1String(f.first);
        if (auto it = m_queries.find(key); it != m_queries.end())
            return *it->second;
        QStringList columns{QStringLiteral("id")};
        for (const auto &f : fields)
            columns << QLatin1String(f.first);
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("row_hlc");
        auto q = std::make_unique<QSqlQuery>(m_db.sql());
        q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(QLatin1Char(',')), QStringLiteral("?,").repeated(columns.size() - 1) + QLatin1Char('?')));
        return *m_queries.emplace(key, std::move(q)).first->second;
    }

    Storage::Database &m_db;
    Dice &m_dice;
    QString m_now;
    QString m_stamp;
    qint64 m_baseMillis;
    quint64 m_counter = 0;
    int m_rows = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QString m_error;
};

} // namespace Posyandu::Demo::Detail

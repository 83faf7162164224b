// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempstore.h"

#include "sql.h"

namespace Posyandu::Test {

TempStore::TempStore()
{
    auto db = Storage::Database::open(path());
    if (!db) {
        m_error = db.error().message;
        return;
    }
    m_db = std::move(db).value();
    auto saved = Storage::PosyanduRepository(*m_db).save(
        {QString(), QStringLiteral("PSY-001"), QStringLiteral("Posyandu Melati"), QStringLiteral("3578010001")});
    if (!saved) {
        m_error = saved.error().message;
        m_db.reset();
        return;
    }
    m_posyanduId = saved.value().id;
}

int TempStore::count(const QString &table, const QString &where)
{
    auto q = Storage::Sql::run(
        m_db->sql(), QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    if (!q)
        return -1;
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toInt() : -1;
}

QString scalar(Storage::Database &db, const QString &sql, const QVariantList &args)
{
    auto q = Storage::Sql::run(db.sql(), sql, args);
    if (!q)
        return QStringLiteral("<error>");
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toString() : QString();
}

QString makeNik(const QDate &birth, bool female, int serial)
{
    return QStringLiteral("357801%1%2%3%4")
        .arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace Posyandu::Test

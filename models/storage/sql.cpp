// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include <QDate>
#include <QLoggingCategory>
#include <QSqlError>

#include <atomic>

Q_LOGGING_CATEGORY(lcDb, "posyandu.db")

namespace Posyandu::Storage {

namespace {
std::atomic<int> g_failCountdown{0};
} // namespace

void Sql::failNthStatement(int n)
{
    g_failCountdown = n;
}

bool Sql::injectedFailure()
{
    return g_failCountdown > 0 && --g_failCountdown == 0;
}

QVariant Sql::toSqlValue(const QVariant &value)
{
    if (!value.isValid())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::QString:
        // A null QString would bind as SQL NULL; an empty text stays ''.
        return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    case QMetaType::QDate:
        return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value.isNull() ? QVariant() : value;
    }
}

Result<QSqlQuery> Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDb) << "prepare failed:" << query.lastError().text() << sql.left(80);
        return Error{tr("The database refused a statement: %1").arg(query.lastError().text()), {}};
    }
    for (const QVariant &v : values)
        query.addBindValue(toSqlValue(v));
    if (injectedFailure())
        return Error{tr("Simulated storage failure (test)."), {}};
    if (!query.exec()) {
        qCWarning(lcDb) << "exec failed:" << query.lastError().text() << sql.left(80);
        return Error{tr("The data could not be written: %1").arg(query.lastError().text()), {}};
    }
    return query;
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementcache.h"

#include "sql.h"

#include <QSqlError>

namespace Posyandu::Storage {

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StatementCache::~StatementCache()
{
    finishAll();
}

Result<QSqlQuery *> StatementCache::run(const QString &sql, const QVariantList &values)
{
    auto &slot = m_queries[sql];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_queries.remove(sql);
            return Error{Sql::tr("The database refused a statement: %1").arg(query->lastError().text()), {}};
        }
        slot = std::move(query);
    }
    QSqlQuery *query = slot.get();
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, Sql::toSqlValue(values.at(i)));
    if (Sql::injectedFailure())
        return Error{Sql::tr("Simulated storage failure (test)."), {}};
    if (!query->exec())
        return Error{Sql::tr("The data could not be written: %1").arg(query->lastError().text()), {}};
    return query;
}

void StatementCache::finishAll()
{
    for (const auto &query : std::as_const(m_queries))
        query->finish();
}

} // namespace Posyandu::Storage

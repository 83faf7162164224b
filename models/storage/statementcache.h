// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Posyandu::Storage {

// Sql::run for loops that run the same few statements thousands of times
// (applying a pulled page): each distinct text is prepared once and bound
// again, which halves the cost of a short statement. Errors in words and
// the test seam as with Sql::run. One cache per connection and thread.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();

    // The executed query, owned by the cache: read it before the same text runs again.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    // Resets every statement (a transaction can end with none in progress).
    void finishAll();

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace Posyandu::Storage

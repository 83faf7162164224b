// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sql.h"

namespace Posyandu::Storage {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    auto begun = Sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = begun.ok();
    if (!m_open)
        m_beginError = begun.error();
}

Transaction::~Transaction()
{
    if (m_open) {
        // Rollback cannot meaningfully fail for us; SQLite rolls back on close anyway.
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_beginError;
    auto committed = Sql::run(m_db, QStringLiteral("COMMIT"));
    if (!committed)
        return committed.error(); // still open: the destructor rolls back
    m_open = false;
    return {};
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace Posyandu::Storage {

// RAII write transaction: BEGIN IMMEDIATE on construction (takes the write
// lock up front, so two writers never deadlock upgrading read locks), ROLLBACK
// on destruction unless commit() succeeded. Not nestable.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (database locked, read-only, ...).
    bool isOpen() const { return m_open; }
    const Error &beginError() const { return m_beginError; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    Error m_beginError;
};

} // namespace Posyandu::Storage

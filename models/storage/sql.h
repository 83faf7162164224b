// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Posyandu::Storage {

// Thin helpers over QSqlQuery so that every statement is prepared, every
// failure becomes an Error in words, and tests can make the Nth statement
// fail (ownCloud's autotestFailCounter idea) to prove nothing is half-written.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    // Prepares `sql` and binds `values` positionally; executes; returns the
    // active query for reading results.
    static Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // Test seam: the Nth statement run from now (1-based) fails; 0 turns it off.
    static void failNthStatement(int n);
    // For other runners of statements (StatementCache): true when the test
    // seam says this statement is the one to fail; counts it down.
    static bool injectedFailure();

    // SQL value for a domain value: dates as 'YYYY-MM-DD', bools as 0/1,
    // invalid QVariant as NULL.
    static QVariant toSqlValue(const QVariant &value);
};

} // namespace Posyandu::Storage

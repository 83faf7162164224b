// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Posyandu::Storage {

// Brings a database to the newest schema. Schema version = PRAGMA user_version;
// migration N is the resource :/migrations/NNNN_*.sql and runs in one
// transaction together with setting user_version = N, so a crash mid-migration
// leaves the previous version intact. Released migrations are never edited.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    static int latestVersion();
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Refuses a database newer than this build understands (never downgrades).
    static Result<void> migrate(const QSqlDatabase &db);
    // Runs migrations up to and including `target` only (tests build old fixtures with it).
    static Result<void> migrateTo(const QSqlDatabase &db, int target);
};

} // namespace Posyandu::Storage

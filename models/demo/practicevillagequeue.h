// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Demo {

// A practice village is generated straight into its tables, never into the
// outbox. Enrolled with a practice server as a cadre, the village's rows of
// that Posyandu are queued once, parents first (protocol/syncschema.h), so a
// trainer can show sync on one laptop. Only for practice stores.
class PracticeVillageQueue
{
    Q_DECLARE_TR_FUNCTIONS(PracticeVillageQueue)
public:
    // The number of changes queued.
    static Result<int> queue(Storage::Database &db, const QString &posyanduCode);
};

} // namespace Posyandu::Demo

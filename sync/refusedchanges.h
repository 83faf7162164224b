// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// One change that did not go through, as the Sinkron window and
// posyandu-cli refused show it: one this device made and the server refused
// (sync_rejected), or one from the server this device could not apply
// (sync_set_aside). Both are kept, and neither held up the others.
struct RefusedChange {
    enum class Kind { RefusedByServer, SetAsideHere };
    Kind kind = Kind::RefusedByServer;
    QString at; // when (UTC, ISO 8601)
    QString entity;
    QString id;
    QString op; // insert, update or delete; empty when set aside here
    QString reason;
};

class RefusedChanges
{
public:
    // Refused by the server first, then set aside here; newest first in each.
    static Result<QList<RefusedChange>> list(Storage::Database &db);
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// SHA-256 over every synced record's content (entity, id, the fields of
// protocol/syncschema.h, deleted or not), leaving out local bookkeeping
// (stamps, dates of the local write, server versions). Two devices and the
// server agree on it exactly when they hold the same data.
class ContentHash
{
public:
    static Result<QString> of(Storage::Database &db);
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "result.h"

#include <QCoreApplication>

namespace Posyandu::Storage {

class Database;

// Takes back one save ("undo the last save"). The undo is a new change, not
// an erasure: an inserted row gets a tombstone, an updated field gets its
// previous value back, each through ChangeWriter with its own outbox entry,
// so the server ends up with the same state as the device whether or not it
// had already received the save. All in one transaction.
//
// Refuses (and writes nothing) when a field was changed again since the save,
// e.g. by a sync pull: undoing then would silently throw that change away.
class ChangeReverter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReverter)
public:
    static Result<ChangeSet> revert(Database &db, const ChangeSet &changes);
};

} // namespace Posyandu::Storage

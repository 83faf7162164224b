// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliedcounts.h"
#include "result.h"
#include "wiremessages.h"

#include <QCoreApplication>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Applies one pull page to the store, in one transaction with the cursor it
// advances: an interruption leaves the old state (the page is simply asked
// for again) or the new one, never half.
//
// Invariants: a pulled field never overwrites a local change still waiting
// in the outbox (that change is pushed and merged by the server, which then
// sends the result back); every other pulled field of the synced schema
// takes the server's value; fields the schema does not know are not taken.
class PullPageApplier
{
    Q_DECLARE_TR_FUNCTIONS(PullPageApplier)
public:
    explicit PullPageApplier(Storage::Database &db);
    Result<AppliedCounts> apply(const Protocol::PullPage &page);

private:
    Storage::Database &m_db;
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncjournal.h"

#include "pullpageapplier.h"
#include "pushackapplier.h"

namespace Posyandu::Sync {

SyncJournal::SyncJournal(Storage::Database &db)
    : m_db(db)
{
}

Result<SyncAccount> SyncJournal::account() const
{
    return SyncAccountStore(m_db).account();
}

Result<void> SyncJournal::saveAccount(const SyncAccount &account)
{
    return SyncAccountStore(m_db).saveAccount(account);
}

Result<SyncCounts> SyncJournal::counts() const
{
    return OutboxReader(m_db).counts();
}

Result<Protocol::PushBatch> SyncJournal::nextBatch(int maxMutations, qsizetype maxBytes) const
{
    auto acct = account();
    if (!acct)
        return acct.error();
    return OutboxReader(m_db).nextBatch(acct.value().deviceId, std::min(maxMutations, Protocol::kMaxMutationsPerBatch), maxBytes);
}

Result<AppliedCounts> SyncJournal::applyPushResponse(const Protocol::PushBatch &batch, const Protocol::PushResponse &response)
{
    return PushAckApplier(m_db).apply(batch, response);
}

qint64 SyncJournal::cursor() const
{
    return SyncAccountStore(m_db).cursor();
}

Result<AppliedCounts> SyncJournal::applyPullPage(const Protocol::PullPage &page)
{
    return PullPageApplier(m_db).apply(page);
}

Result<void> SyncJournal::saveClockOffset(qint64 offsetMs, qint64 errorMs)
{
    return SyncAccountStore(m_db).saveClockOffset(offsetMs, errorMs);
}

Result<void> SyncJournal::saveOutcome(bool ok, const QString &message)
{
    return SyncAccountStore(m_db).saveOutcome(ok, message);
}

} // namespace Posyandu::Sync

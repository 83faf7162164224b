// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncaccount.h"

#include "clock.h"
#include "database.h"
#include "transaction.h"

namespace Posyandu::Sync {

SyncAccountStore::SyncAccountStore(Storage::Database &db)
    : m_db(db)
{
}

Result<SyncAccount> SyncAccountStore::account() const
{
    SyncAccount a;
    for (auto [key, field] : {std::pair{"sync_server", &a.serverUrl}, std::pair{"sync_device_id", &a.deviceId}, std::pair{"sync_user", &a.user},
                              std::pair{"sync_role", &a.role}, std::pair{"sync_scope", &a.scope}}) {
        auto value = m_db.meta(QString::fromLatin1(key));
        if (!value)
            return value.error();
        *field = value.value();
    }
    auto ca = m_db.meta(QStringLiteral("sync_ca_pem"));
    if (!ca)
        return ca.error();
    a.caPem = ca.value().toLatin1();
    return a;
}

Result<void> SyncAccountStore::saveAccount(const SyncAccount &account)
{
    Storage::Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("sync_server"), account.serverUrl},
        {QStringLiteral("sync_device_id"), account.deviceId},
        {QStringLiteral("sync_user"), account.user},
        {QStringLiteral("sync_role"), account.role},
        {QStringLiteral("sync_scope"), account.scope},
        {QStringLiteral("sync_op_seq"), QStringLiteral("0")},
        {QStringLiteral("sync_ca_pem"), QString::fromLatin1(account.caPem)},
        {QStringLiteral("sync_cursor"), QStringLiteral("0")},
        {QStringLiteral("sync_last_error"), QString()},
    };
    for (const auto &[key, value] : values)
        if (auto r = m_db.setMeta(key, value); !r)
            return r;
    return tx.commit();
}

qint64 SyncAccountStore::cursor() const
{
    auto value = m_db.meta(QStringLiteral("sync_cursor"));
    return value ? value.value().toLongLong() : 0;
}

Result<void> SyncAccountStore::saveClockOffset(qint64 offsetMs, qint64 errorMs)
{
    m_db.clock().setOffset(offsetMs);
    if (auto r = m_db.setMeta(QStringLiteral("sync_clock_offset_ms"), QString::number(offsetMs)); !r)
        return r;
    return m_db.setMeta(QStringLiteral("sync_clock_error_ms"), QString::number(errorMs));
}

Result<void> SyncAccountStore::saveOutcome(bool ok, const QString &message)
{
    if (ok) {
        if (auto r = m_db.setMeta(QStringLiteral("sync_last_ok_at"), Protocol::Clock::nowIso()); !r)
            return r;
    }
    return m_db.setMeta(QStringLiteral("sync_last_error"), ok ? QString() : message);
}
} // namespace Posyandu::Sync

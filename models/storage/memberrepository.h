// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "member.h"
#include "result.h"
#include "saved.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace Posyandu::Storage {

class Database;

class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)
public:
    explicit MemberRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Saved> save(const Member &member, const QDate &today = Protocol::Clock::today());
    // The columns save() writes for `member` (already normalized); for a save that writes a member with another
    // row in one transaction (a new household with its head).
    static QVariantMap columns(const Member &member);
    Result<std::optional<Member>> find(const QString &id) const;
    Result<QList<Member>> ofHousehold(const QString &householdId) const;
    // Registered people who are probably this person: same NIK, or same name
    // (case and spacing ignored) and birth date. Excludes the member itself.
    // Checked before saving so a cadre does not register a person twice.
    Result<QList<Member>> likelyDuplicates(const Member &member) const;
    // Moves a person to another household (marriage, a split family card),
    // with their relationship to the new head. One change, one outbox entry;
    // their records (measurements, visits) follow them by member id.
    Result<Saved> moveToHousehold(const QString &memberId, const QString &householdId, const QString &relationship);

private:
    Database &m_db;
};

} // namespace Posyandu::Storage

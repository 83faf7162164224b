// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "member.h"
#include "result.h"
#include "saved.h"

#include <QList>

namespace Posyandu::Storage {

class Database;

class MemberRepository
{
public:
    explicit MemberRepository(Database &db) : m_db(db) {}

    Result<Saved> save(const Member &member, const QDate &today = QDate::currentDate());
    Result<std::optional<Member>> find(const QString &id) const;
    Result<QList<Member>> ofHousehold(const QString &householdId) const;
    // Registered people who are probably this person: same NIK, or same name
    // (case and spacing ignored) and birth date. Excludes the member itself.
    // Checked before saving so a cadre does not register a person twice.
    Result<QList<Member>> likelyDuplicates(const Member &member) const;

private:
    Database &m_db;
};

} // namespace Posyandu::Storage

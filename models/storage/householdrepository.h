// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "household.h"
#include "member.h"
#include "result.h"
#include "saved.h"

#include <QCoreApplication>
#include <QList>

namespace Posyandu::Storage {

class Database;

// One line of the household list.
struct HouseholdSummary {
    QString id;
    QString headName;
    QString kkNumber;
    QString rt;
    QString rw;
    QString dusun;
    int memberCount = 0;
};

class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
public:
    explicit HouseholdRepository(Database &db)
        : m_db(db)
    {
    }

    // Validates; inserts when household.id is empty, otherwise records the changed fields.
    Result<Saved> save(const Household &household);
    // Registers a new household (household.id empty) with its head as its first member: both rows in one
    // transaction, or neither, and one undo takes both back. The head's name is the household's head_name (one
    // field on the form), so a problem with it is told once, at "head_name"; the head's relationship is the head
    // of the family's whatever `head` says. Issues of both records come back together, each at its own field
    // (their names do not overlap). Saved.id is the household's.
    Result<Saved> registerWithHead(const Household &household, const Member &head, const QDate &today = Protocol::Clock::today());
    // What registerWithHead would refuse or remark, without writing (a form shows it before the save).
    static ValidationReport validateWithHead(const Household &household, const Member &head, const QDate &today = Protocol::Clock::today());
    Result<std::optional<Household>> find(const QString &id) const;
    Result<QList<HouseholdSummary>> summaries() const;
    // FTS5 search over names, NIK, KK, address, RT/RW, dusun; every word must match (as a prefix).
    Result<QList<HouseholdSummary>> search(const QString &text, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace Posyandu::Storage

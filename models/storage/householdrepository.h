// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "household.h"
#include "result.h"
#include "saved.h"

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
public:
    explicit HouseholdRepository(Database &db)
        : m_db(db)
    {
    }

    // Validates; inserts when household.id is empty, otherwise records the changed fields.
    Result<Saved> save(const Household &household);
    Result<std::optional<Household>> find(const QString &id) const;
    Result<QList<HouseholdSummary>> summaries() const;
    // FTS5 search over names, NIK, KK, address, RT/RW, dusun; every word must match (as a prefix).
    Result<QList<HouseholdSummary>> search(const QString &text, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace Posyandu::Storage

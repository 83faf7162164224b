// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "saved.h"

#include <QCoreApplication>
#include <QDate>

namespace Posyandu::Storage {

class Database;

// Posyandu opening days (hari buka).
class SessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
public:
    explicit SessionRepository(Database &db)
        : m_db(db)
    {
    }

    // The session of `posyanduId` on `date`: the existing one when the cadre
    // continues the day (after a restart, or on a second laptop's synced
    // copy), else a new one. Saved::changes is empty when it already existed.
    Result<Saved> openOrContinue(const QString &posyanduId, const QDate &date);

private:
    Database &m_db;
};

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "saved.h"

#include <QCoreApplication>
#include <QList>

namespace Posyandu::Storage {

class Database;

struct PosyanduInfo {
    QString id;
    QString code;
    QString name;
    QString villageCode;
};

class PosyanduRepository
{
    Q_DECLARE_TR_FUNCTIONS(PosyanduRepository)
public:
    explicit PosyanduRepository(Database &db)
        : m_db(db)
    {
    }
    Result<Saved> save(const PosyanduInfo &posyandu);
    Result<QList<PosyanduInfo>> list() const;

private:
    Database &m_db;
};

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// One field two devices changed at once, as the server logged it.
struct ConflictItem {
    qint64 seq = 0;
    QString entity;
    QString id;
    QString field;
    QString kept;  // the value the record holds now
    QString other; // the value that lost
    QString at;    // when it was logged (UTC)
    QString posyandu;
};

// The supervisor's review of the server's conflict log, over the enrolled
// account: the undecided conflicts of their area, and a decision on one
// (keep what won, or use the other value, which the server writes as a new
// change that every device pulls). Blocking, for a worker thread.
class ConflictReview
{
    Q_DECLARE_TR_FUNCTIONS(ConflictReview)
public:
    ConflictReview(Storage::Database &db, QString token);

    Result<QList<ConflictItem>> open();
    Result<void> decide(qint64 seq, bool useOther);

private:
    Storage::Database &m_db;
    QString m_token;
};

} // namespace Posyandu::Sync

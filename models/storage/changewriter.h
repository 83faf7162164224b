// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "result.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

namespace Posyandu::Storage {

class Database;

// The one way a syncable row is changed. Each call, inside the caller's open
// Transaction, writes the row, its per-field HLC stamps, its outbox entry and
// its audit-log entry. Because all four land in the same transaction, a
// change is either fully recorded and queued for the server, or not at all.
//
// Field names come from code, never from users; they are checked against
// [a-z_] anyway before being put into SQL.
class ChangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)
public:
    // `journal`, when given, receives every change written (for undo).
    explicit ChangeWriter(Database &db, ChangeSet *journal = nullptr);

    Result<void> insert(const QString &entity, const QString &id, const QVariantMap &fields);
    // Records only the fields whose value really changed; nothing changed =
    // nothing written (no empty outbox entries).
    Result<void> update(const QString &entity, const QString &id, const QVariantMap &fields);
    // Tombstone: sets deleted_at; the row stays until the server confirms.
    Result<void> markDeleted(const QString &entity, const QString &id);

    // The roles whose laptops never change service data (they read and review).
    static bool isReviewerRole(const QString &role);

private:
    // `fields` checked against the synced schema as the server will check
    // them (protocol/changevalidator.h), texts in NFC; the refusal in words.
    Result<QVariantMap> checked(const QString &entity, const QString &op, const QVariantMap &fields);
    // A laptop enrolled for a supervisor or an administrator reads and
    // reviews: it never queues a change of service data. The refusal in words.
    Result<void> mayWrite();
    Result<void> writeOutboxAndAudit(const QString &op, const QString &entity, const QString &id, const QVariantMap &fields, const QString &stamp,
                                     const QVariant &baseServerVer, const QString &now);

    Database &m_db;
    ChangeSet *m_journal = nullptr;
    std::optional<bool> m_reviewer; // read from meta once a writer
};

} // namespace Posyandu::Storage

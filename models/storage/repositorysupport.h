// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changewriter.h"
#include "database.h"
#include "ids.h"
#include "saved.h"
#include "transaction.h"

namespace Posyandu::Storage {

// The save path every repository shares: refuse on validation errors, then
// insert (new id) or update in one transaction. Keeps the "validated, whole,
// with outbox" rule in one place.
// Inserts (under `newId`, or a new UUIDv7) when `existingId` is empty, else updates.
inline Result<Saved> saveValidated(Database &db, const QString &entity, const QString &existingId, const ValidationReport &report,
                                   const QVariantMap &fields, const QString &newId = {})
{
    if (report.hasErrors())
        return Error{report.firstError(), report.issues()};
    Transaction tx(db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    ChangeSet changes;
    ChangeWriter writer(db, &changes);
    const QString id = !existingId.isEmpty() ? existingId : newId.isEmpty() ? Ids::newUuidV7() : newId;
    auto written = existingId.isEmpty() ? writer.insert(entity, id, fields) : writer.update(entity, id, fields);
    if (!written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    QList<ValidationIssue> warnings;
    for (const auto &issue : report.issues())
        if (issue.severity == ValidationIssue::Severity::Warning)
            warnings.append(issue);
    return Saved{id, warnings, changes};
}

// NULL for an empty string, so optional text columns stay NULL, not ''.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace Posyandu::Storage

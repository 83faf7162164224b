// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Posyandu::Storage {

// What one save wrote, as ChangeWriter recorded it: enough to take the save
// back (ChangeReverter) as a new change of its own, so an undo syncs like any
// other edit and never rewrites history the server may already hold.
struct RecordedChange {
    enum class Kind { Inserted, Updated };
    Kind kind = Kind::Inserted;
    QString entity;
    QString id;
    QVariantMap before; // Updated: previous values of the fields that changed
    QVariantMap after;  // Updated: the values written; Inserted: the new row's fields
};
using ChangeSet = QList<RecordedChange>;

} // namespace Posyandu::Storage

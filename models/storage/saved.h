// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "validationissue.h"

#include <QList>
#include <QString>

namespace Posyandu::Storage {

// What a successful save returns: the record's id and the warnings the user
// should still see (e.g. NIK/birth date mismatch).
struct Saved {
    QString id;
    QList<ValidationIssue> warnings;
    ChangeSet changes; // what was written, for "undo the last save"
};

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationissue.h"

#include <QList>
#include <QString>

namespace Posyandu::Storage {

// What a successful save returns: the record's id and the warnings the user
// should still see (e.g. NIK/birth date mismatch).
struct Saved {
    QString id;
    QList<ValidationIssue> warnings;
};

} // namespace Posyandu::Storage

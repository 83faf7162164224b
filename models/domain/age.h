// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace Posyandu {

// Completed months between birth and `on` (a child born 30 April is 1 month
// old on 30 May, not on 29 May). Negative when `on` is before birth.
inline int ageInMonths(const QDate &birth, const QDate &on)
{
    int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
    if (on.day() < birth.day())
        --months;
    return months;
}

} // namespace Posyandu

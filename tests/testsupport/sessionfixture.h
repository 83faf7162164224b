// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorcatalog.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"
#include "tempstore.h"

namespace Posyandu::Test {

// The session tests' day: August, a vitamin A month.
inline const QDate kFamilyToday(2026, 8, 20);

// A household with a father (35), a mother (29), a baby of 4 months, a
// child of 3 years and a grandmother of 66.
struct Family {
    QString householdId, father, mother, baby, toddler, grandmother;
};
Family makeFamily(TempStore &store);

// A store with that family, the bundled catalog and schedule, and the day's session open.
struct SessionFixture {
    TempStore store;
    Storage::IndicatorCatalog catalog;
    ScheduleRules rules;
    Family family;
    QString sessionId;
    bool ok = false;
    SessionFixture();
    Storage::SessionEntry entry(const QString &memberId) const
    {
        return Storage::SessionEntry{sessionId, memberId, kFamilyToday, {}, {}, {}, {}, {}, {}, {}};
    }
};

// The fields a refused save names, in order: where the form shows its messages.
inline QStringList issueFields(const Error &error)
{
    QStringList fields;
    for (const ValidationIssue &issue : error.issues)
        fields << issue.field;
    return fields;
}

} // namespace Posyandu::Test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulerules.h"
#include "sessionentryrepository.h"

#include <QCoreApplication>

namespace Posyandu::Storage {

// The doses of one session entry against the schedule and the child's record:
// those from the KIA book at their own dates, oldest first, then today's.
// A dose is refused when unknown, already given, out of its series' order or
// past its age window (ScheduleRules::whyNot), each at its own date.
class DoseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DoseCheck)
public:
    explicit DoseCheck(const ScheduleRules &rules)
        : m_rules(rules)
    {
    }

    // Today's doses to write: those given today that are not `recordedToday` already (the entry saved again).
    // Issues go to `report` at "vaccines" (today's) and "earlier_doses" (the KIA book's).
    QStringList newDoses(const PersonContext &person, const SessionEntry &entry, const QSet<QString> &recordedToday, ValidationReport &report) const;

private:
    // The KIA book's doses checked; returns their codes (on record once saved).
    QSet<QString> earlierChecked(const PersonContext &person, const SessionEntry &entry, ValidationReport &report) const;

    const ScheduleRules &m_rules;
};

} // namespace Posyandu::Storage

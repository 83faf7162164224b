// SPDX-License-Identifier: GPL-3.0-or-later
#include "dosecheck.h"

#include "age.h"
#include "userdate.h"

#include <algorithm>

namespace Posyandu::Storage {

namespace {
constexpr int kScheduleEndsMonths = 60; // the infant schedule ends at five
} // namespace

QStringList DoseCheck::newDoses(const PersonContext &person, const SessionEntry &entry, const QSet<QString> &recordedToday,
                                ValidationReport &report) const
{
    QStringList newDoses;
    for (const QString &code : entry.vaccinesGiven)
        if (!recordedToday.contains(code))
            newDoses << code;
    // Doses from the KIA book, each checked at its own date in date order (an earlier dose of a series first).
    QSet<QString> dosesToday = earlierChecked(person, entry, report);
    for (const QString &code : std::as_const(newDoses)) {
        const VaccineRule *rule = m_rules.vaccine(code);
        if (!rule)
            report.addError(QStringLiteral("vaccines"), tr("Unknown vaccine %1.").arg(code));
        else if (person.vaccinesGiven.contains(code) || dosesToday.contains(code))
            report.addError(QStringLiteral("vaccines"), tr("%1 was already given to this child.").arg(rule->label));
        else if (ageInMonths(person.birthDate, entry.date) >= kScheduleEndsMonths)
            report.addError(QStringLiteral("vaccines"), tr("Immunisations here are for children under five."));
        else if (const QString why = m_rules.whyNot(*rule, person.birthDate, person.vaccinesGiven + dosesToday, entry.date); !why.isEmpty())
            report.addError(QStringLiteral("vaccines"), why); // the schedule's order and age windows
        dosesToday.insert(code);
    }
    return newDoses;
}

QSet<QString> DoseCheck::earlierChecked(const PersonContext &person, const SessionEntry &entry, ValidationReport &report) const
{
    QList<std::pair<QDate, QString>> byDate;
    for (auto it = entry.earlierDoses.cbegin(); it != entry.earlierDoses.cend(); ++it)
        byDate.append({it.value(), it.key()});
    std::sort(byDate.begin(), byDate.end());
    QSet<QString> given = person.vaccinesGiven;
    QSet<QString> recorded;
    for (const auto &[date, code] : std::as_const(byDate)) {
        const VaccineRule *rule = m_rules.vaccine(code);
        const QString field = QStringLiteral("earlier_doses");
        if (!rule)
            report.addError(field, tr("Unknown vaccine %1.").arg(code));
        else if (given.contains(code))
            report.addError(field, tr("%1 was already given to this child.").arg(rule->label));
        else if (!date.isValid() || date > entry.date)
            report.addError(field, tr("%1: a date from the KIA book cannot be after the session.").arg(rule->label));
        else if (date < person.birthDate)
            report.addError(field, tr("%1: the date is before the child's birth.").arg(rule->label));
        else if (const QString why = m_rules.whyNot(*rule, person.birthDate, given, date); !why.isEmpty())
            report.addError(field, tr("%1 (on %2)").arg(why, formatUserDate(date)));
        given.insert(code);
        recorded.insert(code);
    }
    return recorded;
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace Posyandu::PregnancyWindow {

// A pregnancy counts as ongoing on a date when it had no outcome by then and
// its last period began on or before that date and less than 44 weeks
// earlier (a forgotten "delivered" must not keep a mother listed for ever).
// The target list, the session form, the reports and the SPM targets all
// use this one definition.
constexpr int kLongestDays = 44 * 7;

// Who may have a pregnancy registered: a woman aged 10 to 55 (completed
// months), wide enough for the youngest and oldest mothers a cadre meets.
// The form asks pregnancy questions and the repository accepts a new
// pregnancy by this one rule.
constexpr int kYoungestMotherMonths = 10 * 12;
constexpr int kOldestMotherMonths = 55 * 12;
inline bool mayBecomePregnant(const QString &sex, int ageMonths)
{
    return sex == QLatin1String("P") && ageMonths >= kYoungestMotherMonths && ageMonths <= kOldestMotherMonths;
}

// The due date (HPL) is 280 days after the first day of the last period
// (HPHT), as the KIA book's wheel gives it; the gestational age on a date is
// the whole days since the HPHT, told as weeks and days. The form, the
// repository and the practice generator use these two.
constexpr int kTermDays = 280;
inline QDate dueDate(const QDate &lmp)
{
    return lmp.isValid() ? lmp.addDays(kTermDays) : QDate();
}
inline int gestationalDays(const QDate &lmp, const QDate &date)
{
    return lmp.isValid() ? int(lmp.daysTo(date)) : -1;
}

// SQL condition on a pregnancy row aliased `alias`; bind valuesOn(date) for its "?" in order.
inline QString ongoingSql(const QString &alias = QStringLiteral("p"))
{
    return QStringLiteral("(%1.status = 'ongoing' OR %1.outcome_date > ?) AND (%1.lmp_date IS NULL OR (%1.lmp_date <= ? AND %1.lmp_date > ?))")
        .arg(alias);
}

inline QVariantList valuesOn(const QDate &date)
{
    return {date, date, date.addDays(-kLongestDays)};
}

} // namespace Posyandu::PregnancyWindow

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dangersigns.h"
#include "growthcalculator.h"
#include "indicatorcatalog.h"
#include "sessionentryrepository.h"

#include <memory>

namespace Posyandu::Storage {

// Reads the danger signs of one person on one day from answers (as typed, or
// as saved) and the person's history: the form while the cadre types, the
// target list and the day's summary from what was saved. One reading for all
// three, so a sign in the form is the sign in the list.
class DangerCheck
{
public:
    DangerCheck(const IndicatorCatalog &catalog, const ScheduleRules &rules, std::shared_ptr<const Growth::GrowthCalculator> calculator,
                const DangerSigns &signs = DangerSigns::bundled())
        : m_catalog(catalog)
        , m_rules(rules)
        , m_calculator(std::move(calculator))
        , m_signs(signs)
    {
    }

    // The WHO input for an under-five's measurement: without a position the standard one for the age.
    static Growth::GrowthInput growthInput(const PersonContext &person, const QDate &date, std::optional<double> weightKg,
                                           std::optional<double> lenheiCm, const QString &positionCode, bool oedema);

    // `answers`: indicator code -> answer text as typed or as savedEntry gives it; invalid answers are ignored
    // (the form shows their own message).
    QList<DangerSign> signs(const PersonContext &person, const QDate &date, const QMap<QString, QString> &answers) const;

    // The signs of what was saved for the person on `date` (none saved yet: those of the history alone, such as
    // months without weighing), for the target list and the day's summary.
    Result<QList<DangerSign>> savedSigns(const SessionEntryRepository &repository, const QString &memberId, const QDate &date) const;

    // Whole calendar months between the last weighing before `date` and `date`'s month, not counting either;
    // 0 without an earlier weighing (a first weighing is B, not a missed one).
    static int monthsNotWeighed(const PersonContext &person, const QDate &date);

private:
    const IndicatorCatalog &m_catalog;
    const ScheduleRules &m_rules;
    std::shared_ptr<const Growth::GrowthCalculator> m_calculator;
    const DangerSigns &m_signs;
};

} // namespace Posyandu::Storage

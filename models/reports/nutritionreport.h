// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "growthcalculator.h"
#include "reporttable.h"
#include "underfivecohort.h"

#include <QCoreApplication>
#include <QMap>

namespace Posyandu::Reports {

// Nutrition status of the month (Permenkes 2/2020): how many children weighed
// this month fall in each category of weight-for-age, length/height-for-age
// and weight-for-length/height, by the month's last weighing; and the named
// referral list (wasted, stunted, implausible values, 2T) for one Posyandu.
class NutritionReport
{
    Q_DECLARE_TR_FUNCTIONS(NutritionReport)
public:
    struct Referral {
        const UnderFive *child = nullptr;
        QStringList reasons;
    };
    struct Result {
        QMap<QString, int> weightForAge; // category code -> children
        QMap<QString, int> lengthForAge;
        QMap<QString, int> weightForLength;
        int weighed = 0;
        QList<Referral> referrals;
    };

    static Result compute(const QList<UnderFive> &children, const ReportScope &scope, const Growth::GrowthCalculator &growth,
                          const QList<const UnderFive *> &twiceNotUp);
    static QList<ReportTable> tables(const Result &result, bool withNames);
};

} // namespace Posyandu::Reports

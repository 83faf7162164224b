// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporttable.h"
#include "schedulerules.h"
#include "underfivecohort.h"

#include <QCoreApplication>
#include <QMap>

namespace Posyandu::Reports {

struct SkdnCounts {
    int s = 0;                               // under-fives in the area
    int k = 0;                               // with KMS / Buku KIA
    int d = 0;                               // weighed this month
    int n = 0;                               // weighed and weight up (gain >= KBM for the age)
    int t = 0;                               // weighed and not up
    int t2 = 0;                              // not up two months running (a subset of T)
    int o = 0;                               // weighed this month, not last month (but before)
    int b = 0;                               // weighed for the first time
    int dPrime() const { return d - o - b; } // weighed in both months: N's right denominator
    void add(const SkdnCounts &other);
};

// SKDN for one month (docs/domain.md, "Weight up or not (KBM) and SKDN"): totals with every ratio
// and its formula, by age band x sex, and the named 2T list.
// A child weighed twice in the month counts once, by the month's last
// weighing. D' = N + T, except babies under one month weighed in both months
// (KMS sets no minimum gain for them): they count in D and D' only.
class SkdnReport
{
    Q_DECLARE_TR_FUNCTIONS(SkdnReport)
public:
    struct Result {
        SkdnCounts total;
        QMap<std::pair<int, QString>, SkdnCounts> byBand; // (band index, sex) -> counts
        QList<const UnderFive *> twiceNotUp;
    };

    // Age bands in completed months: 0-5, 6-11, 12-23, 24-35, 36-59.
    static int bandOf(int ageMonths);
    static QString bandLabel(int band);
    static constexpr int kBands = 5;

    static Result compute(const QList<UnderFive> &children, const ReportScope &scope, const ScheduleRules &rules);
    static QList<ReportTable> tables(const Result &result, bool withNames);
};

} // namespace Posyandu::Reports

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulerules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Posyandu::Growth {

struct WeightOnDate {
    QDate date;
    double kg = 0;
};

// The KMS reading of one weighing against last month's (SKDN's N, T, O, B).
// N: weighed last calendar month too and gained at least the minimum for the
// age (KBM); T: weighed last month and gained less (or lost); O: not weighed
// last month but before; B: first weighing ever. `twiceNotUp` marks a T that
// follows a T (2T: refer to the Puskesmas).
struct WeightTrend {
    Q_DECLARE_TR_FUNCTIONS(WeightTrend)
public:
    enum class Kind { Up, NotUp, NotWeighedLastMonth, FirstWeighing, NotAssessed };
    Kind kind = Kind::NotAssessed;
    bool twiceNotUp = false;
    int gainGrams = 0;    // versus last month (Up / NotUp only)
    int minimumGrams = 0; // KBM used (Up / NotUp only)

    // `earlier`: the child's weighings before `date`, any order. Weighings in
    // the same calendar month as `date` are ignored (a re-weighing is not a trend).
    // `olderHistory`: the child also has weighings older than any in
    // `earlier` (callers that read only recent months say so, and B stays B).
    static WeightTrend assess(const QDate &birth, const QList<WeightOnDate> &earlier, const QDate &date, double kg, const ScheduleRules &rules,
                              bool olderHistory = false);

    QString code() const;  // "N", "T", "O", "B" or empty
    QString label() const; // translated, e.g. "Naik (N): +450 g, minimum 300 g"
};

} // namespace Posyandu::Growth

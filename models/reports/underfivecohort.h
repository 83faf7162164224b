// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportscope.h"
#include "weighttrend.h"

#include <QList>

namespace Posyandu::Reports {

// A weighing as the monthly reports read it.
struct Weighing {
    QDate date;
    double kg = 0;
    std::optional<double> lenheiCm;
    bool lying = true;
    bool oedema = false;
};

// One under-five of the report month: 0-59 completed months on the month's
// last day, living in a household of a Posyandu in scope, and not died or
// moved out before the month ended.
struct UnderFive {
    QString memberId;
    QString name;
    QString headName;
    QString sex; // L / P
    QDate birthDate;
    int ageMonths = 0;   // on the month's last day
    bool hasKms = false; // latest "has KMS / Buku KIA" answer up to the month's end is yes
    // Weighings of the report month and the two before it, oldest first (all
    // that N, T, 2T and O look at); weighedBefore says whether older ones exist (B).
    QList<Weighing> weighings;
    bool weighedBefore = false;
    // The month's last weighing, if the child was weighed this month (D).
    std::optional<Weighing> thisMonth(const ReportScope &scope) const;
};

// The month's under-fives with what the SKDN and nutrition reports need,
// read in a few set-based queries (not one per child).
class UnderFiveCohort
{
public:
    static Result<QList<UnderFive>> load(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds);
};

} // namespace Posyandu::Reports

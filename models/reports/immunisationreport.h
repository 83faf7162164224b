// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporttable.h"
#include "schedulerules.h"
#include "underfivecohort.h"

#include <QCoreApplication>
#include <QMap>

namespace Posyandu::Reports {

// Immunisation and vitamin A of the month for the month's under-fives:
// doses given this month and since January by vaccine, children who
// completed basic immunisation (every dose marked complete_basic in the
// schedule rules) this month and this year, the named overdue list (a dose
// more than a month past its age), and vitamin A targets vs given in
// February and August (6-11 months blue, 12-59 months red).
class ImmunisationReport
{
    Q_DECLARE_TR_FUNCTIONS(ImmunisationReport)
public:
    struct Overdue {
        const UnderFive *child = nullptr;
        QStringList doses;
    };
    struct Result {
        QMap<QString, int> dosesThisMonth; // vaccine code -> doses
        QMap<QString, int> dosesThisYear;
        int completedThisMonth = 0;
        int completedThisYear = 0;
        QList<Overdue> overdue;
        bool vitaminARound = false;
        int blueTarget = 0, blueGiven = 0, redTarget = 0, redGiven = 0;
    };

    static Posyandu::Result<Result> compute(Storage::Database &db, const ReportScope &scope, const QList<UnderFive> &children,
                                            const ScheduleRules &rules);
    static QList<ReportTable> tables(const Result &result, const ScheduleRules &rules, bool withNames);
};

} // namespace Posyandu::Reports

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportscope.h"
#include "reporttable.h"

#include <QCoreApplication>

namespace Posyandu::Reports {

// Pregnant women and adult screening of the month.
// Pregnant: ongoing on the month's last day (no outcome, last period within
// 44 weeks); visited this month; KEK by the month's last upper-arm
// circumference (LILA < 23.5 cm); iron tablets given; referred.
// Screening: people screened this month, 15-59 and 60+; blood pressure
// >= 140/90; blood sugar >= 126 mg/dL fasting or >= 200 otherwise; TB
// symptoms; referred. Named lists for one Posyandu only.
class MaternalReport
{
    Q_DECLARE_TR_FUNCTIONS(MaternalReport)
public:
    struct Person {
        QString name;
        QString headName;
        QString why;
    };
    struct Result {
        int pregnant = 0, visited = 0, kek = 0, ironWomen = 0, ironTablets = 0, referredMothers = 0;
        int screenedAdults = 0, screenedElderly = 0, highBloodPressure = 0, highSugar = 0, tbSymptoms = 0, referredScreened = 0;
        QList<Person> mothersToFollow;
        QList<Person> screenedToFollow;
    };

    static Posyandu::Result<Result> compute(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds);
    static QList<ReportTable> tables(const Result &result, bool withNames);
};

} // namespace Posyandu::Reports

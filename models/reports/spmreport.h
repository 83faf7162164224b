// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorcatalog.h"
#include "reportscope.h"
#include "reporttable.h"

#include <QCoreApplication>

namespace Posyandu::Reports {

// SPM achievement (capaian SPM) per field -> service -> indicator, driven by
// the catalog's report mapping, so a region changes what counts without a
// new build. For each mapped indicator:
//   target  = people (age/sex filter on the month's last day; pregnancy
//             questions: women pregnant then) or households in scope;
//   answer  = the latest answer up to the month's end (typed measurements:
//             the latest of the month);
//   served  = answers in served_if ("any": any answer), or >= served_min, or
//             floor area per occupant >= min_m2_per_person;
//   identified = answers below flag_below / at least flag_at_least;
//   referred   = answers in referral_if.
// Achievement % = served (or identified) / target x 100. Plus the month's
// referrals by destination.
class SpmReport
{
    Q_DECLARE_TR_FUNCTIONS(SpmReport)
public:
    struct Row {
        QString field;
        QString service;
        QString indicator; // label in the UI language
        int target = 0;
        std::optional<int> served;
        std::optional<int> identified;
        std::optional<int> referred;
        QString rule; // the mapping in words
    };
    struct Result {
        QList<Row> rows;
        QList<std::pair<QString, int>> referralsByDestination;
    };

    static Posyandu::Result<Result> compute(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds,
                                            const Storage::IndicatorCatalog &catalog);
    static QList<ReportTable> tables(const Result &result);
};

} // namespace Posyandu::Reports

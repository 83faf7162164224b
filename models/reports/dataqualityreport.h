// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportscope.h"
#include "reporttable.h"

#include <QCoreApplication>

namespace Posyandu::Reports {

// What a supervisor should have corrected before trusting the figures:
// adults (17+) without a NIK, malformed NIKs, NIKs that disagree with birth
// date or sex, the same NIK twice, the same name and birth date twice, and
// changes not yet acknowledged by the server. The named list is for one
// Posyandu only.
class DataQualityReport
{
    Q_DECLARE_TR_FUNCTIONS(DataQualityReport)
public:
    struct Finding {
        QString name;
        QString headName;
        QString problem;
    };
    struct Result {
        int people = 0;
        int adultsWithoutNik = 0;
        int invalidNik = 0;
        int nikMismatch = 0;
        int sameNik = 0;
        int sameNameAndBirth = 0;
        int unsynced = 0;
        QList<Finding> findings;
    };

    // `withNames`: also build the named list (one Posyandu only).
    static Posyandu::Result<Result> compute(Storage::Database &db, const ReportScope &scope, const QStringList &posyanduIds, bool withNames);
    static QList<ReportTable> tables(const Result &result, bool withNames);
};

} // namespace Posyandu::Reports

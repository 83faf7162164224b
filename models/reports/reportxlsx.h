// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monthlyreport.h"

#include <QCoreApplication>

namespace Posyandu::Reports {

// The report as an Excel workbook (libxlsxwriter): one sheet per table, the
// report heading and table title above a bold header row that stays frozen
// while scrolling, whole numbers as "0", percentages and decimals as "0.0"
// (shown with the reader's own decimal mark), notes under the table.
// Written to a temporary file beside the target and renamed into place, so
// a failed export never leaves half a workbook.
class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)
public:
    static Result<void> write(const MonthlyReport &report, const QString &path);
    // Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook.
    static QString sheetName(const QString &wanted, const QStringList &taken);
};

} // namespace Posyandu::Reports

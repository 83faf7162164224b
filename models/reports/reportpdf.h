// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monthlyreport.h"

#include <QCoreApplication>

class QTextDocument;

namespace Posyandu::Reports {

// The report for paper: A4, the report heading (month, Posyandu or area)
// and generation time on top, each table under its title with its notes,
// page numbers at the foot (QTextDocument's own pagination). Needs a
// QGuiApplication (fonts); the CLI starts one for PDF.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    // The printable document, shared by the PDF export and the print preview.
    static void fill(QTextDocument &document, const MonthlyReport &report);
    static Result<void> write(const MonthlyReport &report, const QString &path);
};

} // namespace Posyandu::Reports

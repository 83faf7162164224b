// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportscope.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Posyandu::Reports {

// The month's report for a scope, as its tables: SKDN (totals with formulas,
// by age band and sex, 2T list), nutrition status (referral list),
// immunisation and vitamin A (overdue list), pregnant women and adult
// screening (follow-up lists), SPM achievement with referrals, and data
// quality. Named lists only for one Posyandu: area reports are counts only.
struct MonthlyReport {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    QString scopeTitle;
    ReportScope scope;
    QDateTime generatedAt;
    bool withNames = false;
    QList<ReportTable> tables;

    static Result<MonthlyReport> build(Storage::Database &db, const ReportScope &scope);
    QString heading() const; // "Laporan bulanan Oktober 2026 — Posyandu Melati 1 (PSY-07)"
};

// CSV for Excel: UTF-8 with a BOM (so Excel reads the text right), each
// table after its title line, tables apart by an empty line. Separator and
// decimal mark follow the language, as Excel does with the Windows region:
// Indonesian ';' and "9,5", English ',' and "9.5" (a "sep=" hint line would
// fix the separator but makes Excel ignore the BOM). Written atomically: a
// failed export leaves no half-written file.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
public:
    static QByteArray serialize(const MonthlyReport &report);
    static Result<void> write(const MonthlyReport &report, const QString &path);
};

} // namespace Posyandu::Reports

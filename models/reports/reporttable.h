// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Posyandu::Reports {

// One table of a report, as every export writes it: a title, column
// headings, rows of plain values (numbers stay numbers for spreadsheets),
// and notes printed under it (formulas, what was left out and why).
struct ReportTable {
    QString id;              // stable, for sheet names and tests: "skdn", "skdn_by_age_sex", ...
    QString title;           // translated heading
    QStringList columns;     // translated headings
    QList<QVariantList> rows;
    QStringList notes;
};

} // namespace Posyandu::Reports

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>

namespace Posyandu::Reports {

// One table of a report, as every export writes it: a title, column
// headings, rows of plain values (numbers stay numbers for spreadsheets),
// and notes printed under it (formulas, what was left out and why).
struct ReportTable {
    QString id;          // stable, for sheet names and tests: "skdn", "skdn_by_age_sex", ...
    QString title;       // translated heading
    QStringList columns; // translated headings
    QList<QVariantList> rows;
    QStringList notes;
};

// A percentage to one decimal for a report cell, or an empty cell (never a
// division by zero) when there is no denominator.
inline QVariant percentCell(int numerator, int denominator)
{
    return denominator <= 0 ? QVariant() : QVariant(std::round(1000.0 * numerator / denominator) / 10.0);
}

} // namespace Posyandu::Reports

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Posyandu {

// Reads a date the way Indonesian forms write it: day first.
// Accepts 12-05-1990, 12/5/1990, 12.05.1990, 12051990 and ISO 1990-05-12.
// Two-digit years are refused (too ambiguous for birth dates). Invalid or
// impossible dates (31-04-2020) give an invalid QDate.
QDate parseUserDate(const QString &text);
// The canonical way we show a typed date back: dd-MM-yyyy. Every date on a
// screen or in a report is written this way (never 12/03/85).
QString formatUserDate(const QDate &date);
// A moment the same way, in local time: dd-MM-yyyy HH:mm.
QString formatUserDateTime(const QDateTime &moment);
// What is wrong with a typed date, in words for the field's message; empty when it reads as a date (or is
// empty). Tells apart a wrong way of writing it, a two-digit year, a month past 12, and a day the month does
// not have ("31-02-1985: February 1985 has 28 days").
QString userDateProblem(const QString &text);

} // namespace Posyandu

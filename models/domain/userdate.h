// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Posyandu {

// Reads a date the way Indonesian forms write it: day first.
// Accepts 12-05-1990, 12/5/1990, 12.05.1990, 12051990 and ISO 1990-05-12.
// Two-digit years are refused (too ambiguous for birth dates). Invalid or
// impossible dates (31-04-2020) give an invalid QDate.
QDate parseUserDate(const QString &text);
// The canonical way we show a typed date back: dd-MM-yyyy.
QString formatUserDate(const QDate &date);

} // namespace Posyandu

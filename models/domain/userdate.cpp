// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdate.h"

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace Posyandu {

namespace {
struct DateParts {
    int day = 0;
    int month = 0;
    int year = 0;
};

// The day, month and year as written, whether or not they make a date: the one reading of a typed date.
std::optional<DateParts> partsOf(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return DateParts{m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()};
    for (const auto *pattern : {&dayFirst, &compact})
        if (const auto m = pattern->match(text); m.hasMatch())
            return DateParts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    return std::nullopt;
}

// The context of userDateProblem's words.
class UserDate
{
    Q_DECLARE_TR_FUNCTIONS(UserDate)
public:
    static QString problem(const QString &input);
};

QString UserDate::problem(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || parseUserDate(text).isValid())
        return {};
    static const QRegularExpression shortYear(QStringLiteral("^\\d{1,2}[-/. ]\\d{1,2}[-/. ]\\d{2}$"));
    if (shortYear.match(text).hasMatch())
        return tr("Write the year with four digits, for example 12-05-1985 (not 12-05-85).");
    const std::optional<DateParts> parts = partsOf(text);
    if (!parts || parts->year < 1)
        return tr("Write the date as DD-MM-YYYY, for example 12-05-2024.");
    if (parts->month < 1 || parts->month > 12)
        return tr("There is no month %1: the day comes first, then the month (DD-MM-YYYY).").arg(parts->month);
    const int days = QDate(parts->year, parts->month, 1).daysInMonth();
    return tr("%1 is not on the calendar: %2 %3 has %n day(s).", nullptr, days)
        .arg(text, QLocale().standaloneMonthName(parts->month))
        .arg(parts->year);
}
} // namespace

QDate parseUserDate(const QString &input)
{
    const std::optional<DateParts> parts = partsOf(input.trimmed());
    return parts ? QDate(parts->year, parts->month, parts->day) : QDate();
}

QString userDateProblem(const QString &text)
{
    return UserDate::problem(text);
}

QString formatUserDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString formatUserDateTime(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

} // namespace Posyandu

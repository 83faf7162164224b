// SPDX-License-Identifier: GPL-3.0-or-later
#include "nik.h"

namespace Posyandu {

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

int num(const QString &s, int from, int len)
{
    return s.mid(from, len).toInt();
}

// Province codes run from 11 (Aceh) to the 9x of the Papua provinces;
// regency and district codes are never 00.
bool plausibleArea(const QString &digits)
{
    const int province = num(digits, 0, 2);
    return province >= 11 && province <= 99 && num(digits, 2, 2) > 0 && num(digits, 4, 2) > 0;
}

// Is DD-MM-YY a real date in at least one of the two centuries it could be in?
bool realDate(int day, int month, int yy)
{
    return QDate::isValid(2000 + yy, month, day) || QDate::isValid(1900 + yy, month, day);
}

} // namespace

std::optional<Nik::Parts> Nik::parse(const QString &nik, ValidationReport &report, const QString &field)
{
    const QString s = nik.trimmed();
    if (!allDigits(s)) {
        report.addError(field, tr("NIK may contain digits only."));
        return std::nullopt;
    }
    if (s.size() != 16) {
        report.addError(field, tr("NIK must be exactly 16 digits (this one has %n).", nullptr, int(s.size())));
        return std::nullopt;
    }
    if (!plausibleArea(s)) {
        report.addError(field, tr("The first six digits of the NIK are not a valid area code."));
        return std::nullopt;
    }
    Parts parts;
    parts.areaCode = s.left(6);
    int day = num(s, 6, 2);
    parts.female = day > 40;
    if (parts.female)
        day -= 40;
    parts.day = day;
    parts.month = num(s, 8, 2);
    parts.twoDigitYear = num(s, 10, 2);
    parts.serial = num(s, 12, 4);
    if (day < 1 || day > 31 || parts.month < 1 || parts.month > 12 || !realDate(day, parts.month, parts.twoDigitYear)) {
        report.addError(field,
                        tr("Digits 7 to 12 of the NIK must be a real birth date (DDMMYY; women add 40 to "
                           "the day)."));
        return std::nullopt;
    }
    if (parts.serial == 0) {
        report.addError(field, tr("The last four digits of the NIK cannot be 0000."));
        return std::nullopt;
    }
    return parts;
}

void Nik::crossCheck(const Parts &parts, const QString &sex, const QDate &birthDate, ValidationReport &report, const QString &field)
{
    if (sex == QLatin1String("L") && parts.female)
        report.addWarning(field,
                          tr("The NIK is a woman's (day + 40) but the member is recorded as male. "
                             "Please check the sex or the NIK."));
    else if (sex == QLatin1String("P") && !parts.female)
        report.addWarning(field,
                          tr("The NIK is a man's but the member is recorded as female. "
                             "Please check the sex or the NIK."));
    if (birthDate.isValid() && (birthDate.day() != parts.day || birthDate.month() != parts.month || birthDate.year() % 100 != parts.twoDigitYear)) {
        report.addWarning(field,
                          tr("The birth date in the NIK (%1) differs from the recorded birth date (%2). "
                             "Please check both.")
                              .arg(QStringLiteral("%1-%2-%3")
                                       .arg(parts.day, 2, 10, QLatin1Char('0'))
                                       .arg(parts.month, 2, 10, QLatin1Char('0'))
                                       .arg(parts.twoDigitYear, 2, 10, QLatin1Char('0')),
                                   birthDate.toString(QStringLiteral("dd-MM-yy"))));
    }
}

QDate Nik::birthDateOf(const Parts &parts, const QDate &today)
{
    QDate date(2000 + parts.twoDigitYear, parts.month, parts.day);
    if (!date.isValid() || date > today)
        date = QDate(1900 + parts.twoDigitYear, parts.month, parts.day);
    return date;
}

void KkNumber::validate(const QString &kk, ValidationReport &report, const QString &field)
{
    const QString s = kk.trimmed();
    if (!allDigits(s)) {
        report.addError(field, tr("The family card number (No. KK) may contain digits only."));
        return;
    }
    if (s.size() != 16) {
        report.addError(field, tr("The family card number (No. KK) must be exactly 16 digits (this one has %n).", nullptr, int(s.size())));
        return;
    }
    if (!plausibleArea(s)) {
        report.addError(field, tr("The first six digits of the family card number are not a valid area code."));
        return;
    }
    // Old cards carry odd issue dates; flag for a second look but accept.
    if (!realDate(num(s, 6, 2), num(s, 8, 2), num(s, 10, 2)))
        report.addWarning(field,
                          tr("Digits 7 to 12 of the family card number are not a real date. "
                             "Please check the number against the card."));
}

} // namespace Posyandu

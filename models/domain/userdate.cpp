// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdate.h"

#include <QRegularExpression>

namespace Posyandu {

QDate parseUserDate(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    for (const auto *pattern : {&dayFirst, &compact}) {
        if (const auto m = pattern->match(text); m.hasMatch())
            return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    return {};
}

QString formatUserDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace Posyandu

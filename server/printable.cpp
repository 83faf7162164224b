// SPDX-License-Identifier: GPL-3.0-or-later
#include "printable.h"

#include <QList>

namespace Posyandu::Server {

namespace {
bool reorders(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}
} // namespace

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const uint u : text.toUcs4()) {
        const char32_t c = u;
        if (c == U'\\')
            out += QStringLiteral("\\\\");
        else if (c < 0x20 || c == 0x7F)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if ((c >= 0x80 && c < 0xA0) || reorders(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace Posyandu::Server

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlscript.h"

#include <QRegularExpression>

namespace Posyandu::Storage {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Does the word `word` (case-insensitive) start at position i, as a whole word?
bool wordAt(const QString &s, qsizetype i, QLatin1StringView word)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return false;
    if (s.size() - i < word.size() || QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end == s.size() || !isWordChar(s.at(end));
}
} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN..END nesting inside CREATE TRIGGER
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
    };
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Copy the quoted text verbatim; a doubled quote is an escaped quote.
            current.append(c);
            for (++i; i < n; ++i) {
                current.append(script.at(i));
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current.append(script.at(++i));
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        // Inside a trigger body, BEGIN and CASE open a block that END closes.
        const QChar lower = c.toLower();
        if ((lower == QLatin1Char('b') || lower == QLatin1Char('c') || lower == QLatin1Char('e')) && triggerStart.match(current).hasMatch()) {
            if (wordAt(script, i, QLatin1StringView("BEGIN")) || (blockDepth > 0 && wordAt(script, i, QLatin1StringView("CASE"))))
                ++blockDepth;
            else if (blockDepth > 0 && wordAt(script, i, QLatin1StringView("END")))
                --blockDepth;
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return statements;
}

} // namespace Posyandu::Storage

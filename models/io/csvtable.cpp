// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

#include <QFile>
#include <QStringDecoder>

namespace Posyandu::Io {

namespace {

QChar detectDelimiter(const QString &firstLine)
{
    const QList<QChar> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (const QChar c : candidates) {
        const qsizetype count = firstLine.count(c);
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    return best;
}

// Splits into records; quoted fields may hold separators, quotes ("") and newlines.
// Returns false on an unterminated quote.
bool splitRecords(const QString &text, QChar delimiter, QList<QStringList> &records)
{
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            field.clear();
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record.append(field);
                records.append(record);
            }
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return true;
}

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &input)
{
    CsvTable table;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        bytes.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Excel on Windows saves "CSV" in the ANSI code page; Latin-1 keeps
        // every byte and all the letters of Indonesian names.
        table.wasLegacyEncoding = true;
        text = QString::fromLatin1(bytes);
    }
    if (text.trimmed().isEmpty())
        return Error{tr("The file is empty."), {}};
    table.delimiter = detectDelimiter(text.left(text.indexOf(QLatin1Char('\n'))));

    QList<QStringList> records;
    if (!splitRecords(text, table.delimiter, records))
        return Error{tr("The file has a quote (\") that is never closed."), {}};
    for (const QString &name : records.takeFirst())
        table.header.append(name.trimmed().toLower());
    for (QStringList &record : records) {
        bool blank = true;
        for (const QString &f : record)
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue; // Excel leaves empty ";;;" lines at the end
        while (record.size() < table.header.size())
            record.append(QString());
        table.rows.append(record);
    }
    return table;
}

Result<CsvTable> CsvTable::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    return parse(file.readAll());
}

QByteArray CsvTable::serialize() const
{
    auto quote = [this](const QString &field) -> QString {
        if (field.contains(delimiter) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            QString escaped = field;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + escaped + QLatin1Char('"');
        }
        return field;
    };
    QString out;
    auto writeRecord = [&](const QStringList &record) {
        QStringList quoted;
        for (const QString &f : record)
            quoted.append(quote(f));
        out += quoted.join(delimiter) + QStringLiteral("\r\n");
    };
    writeRecord(header);
    for (const QStringList &row : rows)
        writeRecord(row);
    QByteArray bytes = hadBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

} // namespace Posyandu::Io

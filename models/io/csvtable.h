// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Posyandu::Io {

// A CSV file as cadres and supervisors make it: from Excel (often with ';'
// as separator in an Indonesian locale, sometimes with a UTF-8 BOM, sometimes
// in the Windows code page) or from a script (',' or tab). Reading detects
// the separator from the header line and the encoding from the bytes, and
// remembers both so a file written back looks like the one read.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    static Result<CsvTable> parse(const QByteArray &bytes);
    static Result<CsvTable> readFile(const QString &path);

    // RFC 4180 quoting; UTF-8 with a BOM when `bom`. Rows are written as they are.
    QByteArray serialize() const;

    QStringList header;      // trimmed, lower-cased column names
    QList<QStringList> rows; // each padded to header.size()
    QChar delimiter = QLatin1Char(',');
    bool hadBom = false;
    bool wasLegacyEncoding = false; // not valid UTF-8: read as Latin-1/Windows-1252

    int column(const QString &name) const { return int(header.indexOf(name)); }
};

} // namespace Posyandu::Io

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Posyandu::Storage {

// Splits an SQL script into single statements for QSqlQuery (which runs one
// at a time). Understands '...' and "..." quoting, -- and /* */ comments, and
// CREATE TRIGGER ... BEGIN ... END bodies whose inner ';' do not end the
// statement. Comments are dropped; empty statements are skipped.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace Posyandu::Storage

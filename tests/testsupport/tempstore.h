// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "posyandurepository.h"

#include <QTemporaryDir>

#include <memory>

namespace Posyandu::Test {

// A fresh local store in a temporary folder, with one Posyandu registered.
// Every test gets its own; nothing is shared between tests.
class TempStore
{
public:
    TempStore();
    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    Storage::Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("posyandu.sqlite")); }
    QString dir() const { return m_dir.path(); }
    const QString &posyanduId() const { return m_posyanduId; }
    void close() { m_db.reset(); }
    // Counts rows of a table (tests only: the table name is trusted).
    int count(const QString &table, const QString &where = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QString m_error;
    QString m_posyanduId;
};

// The first column of the first row of `sql` as text ("<error>" when it fails).
QString scalar(Storage::Database &db, const QString &sql, const QVariantList &args = {});

// Valid NIKs for tests: area 357801, the given birth date and sex, serial.
QString makeNik(const QDate &birth, bool female, int serial = 1);

} // namespace Posyandu::Test

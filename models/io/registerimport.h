// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "csvtable.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Io {

// Imports a register kept in a spreadsheet (CSV) in two steps, so nothing is
// written before the user has seen every row's verdict:
//   1. prepare(): reads the file and checks each row against the rules and
//      the store (unknown household, duplicate NIK in the file or already
//      registered, bad dates...). Writes nothing.
//   2. apply(): writes the good rows in one transaction (all or none), each
//      with its outbox entry. With bad rows present it refuses unless the
//      user chose to skip them.
// Rows whose `ref` (or, for measurements, person + date) is already in the
// store are "already imported" and skipped, so importing a file twice
// never registers anyone twice. Column names are documented in README.md.
class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    enum class Kind { Households, Members, Measurements };
    enum class Verdict { Good, Bad, AlreadyImported };
    struct Row {
        int line = 0; // line in the file (header = 1)
        Verdict verdict = Verdict::Good;
        QString message; // why it is bad or skipped, in words
    };
    // progress(done, total) returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static std::optional<Kind> kindFromName(const QString &name);
    static QStringList requiredColumns(Kind kind);

    static Result<RegisterImport> prepare(Storage::Database &db, Kind kind, const QString &path, const QString &posyanduId,
                                          const QString &villageCode, const QDate &today = Protocol::Clock::today(), const Progress &progress = {});
    static Result<RegisterImport> prepare(Storage::Database &db, Kind kind, const CsvTable &table, const QString &posyanduId,
                                          const QString &villageCode, const QDate &today = Protocol::Clock::today(), const Progress &progress = {});

    Kind kind() const { return m_kind; }
    const CsvTable &table() const { return m_table; }
    const QList<Row> &rows() const { return m_rows; }
    int count(Verdict verdict) const;

    // Returns the number of rows written.
    Result<int> apply(bool skipBadRows, const Progress &progress = {});

private:
    struct Pending {
        QString entity;
        QVariantMap fields;
    };
    void checkHousehold(int index, const QString &posyanduId, const QString &villageCode);
    void checkMember(int index, const QDate &today);
    void checkMeasurement(int index, const QDate &today);
    QString cell(int index, const char *column) const;
    Result<QString> lookup(const QString &sql, const QVariantList &values) const;
    void bad(int index, const QString &message);

    Storage::Database *m_db = nullptr;
    Kind m_kind = Kind::Households;
    CsvTable m_table;
    QList<Row> m_rows;
    QList<std::optional<Pending>> m_pending; // parallel to m_rows; set for good rows
    QHash<QString, int> m_seen;              // in-file duplicate keys -> first line
    QString m_storeError;                    // a store failure during checks
};

} // namespace Posyandu::Io

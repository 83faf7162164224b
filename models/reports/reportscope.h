// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Reports {

// Which month and which Posyandu a report covers: one Posyandu by its code,
// an area (a village's 10-digit or a district's 6-digit kode wilayah, as a
// prefix of the Posyandu's village code), or everything the device holds.
struct ReportScope {
    Q_DECLARE_TR_FUNCTIONS(ReportScope)
public:
    int year = 0;
    int month = 0;
    QString posyanduCode;
    QString areaCode;

    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    // Names of people appear only in the report of one Posyandu; an
    // aggregated area report is counts only.
    bool namesAllowed(int posyanduCount) const { return areaCode.isEmpty() && posyanduCount == 1; }

    // "2026-10" -> year and month; nullopt for anything else.
    static std::optional<ReportScope> forMonth(const QString &yearMonth);
    // The Posyandu ids in scope; an unknown code or an empty area is an error in words.
    Result<QStringList> posyanduIds(Storage::Database &db) const;
    // "Posyandu Melati 1" / "Wilayah 3578010001" / "Semua data di perangkat ini", for headings.
    Result<QString> title(Storage::Database &db) const;

    // Who every report counts: a member (alias m) not deleted, born by the
    // month's last day and alive then (or died or moved after it). Bind the
    // last day twice.
    static QString livingSql()
    {
        return QStringLiteral("m.deleted_at IS NULL AND m.birth_date <= ? "
                              "AND (m.status = 'alive' OR m.status_date IS NULL OR m.status_date > ?)");
    }
};

// Ids as one JSON array, bound to a single "?" and read with json_each(?):
// lists of any length without building SQL from data.
inline QString jsonArrayOf(const QStringList &ids)
{
    return QStringLiteral("[\"%1\"]").arg(ids.join(QStringLiteral("\",\"")));
}

// The SQL that keeps a query inside the scope's Posyandu: bind json() as
// the value of clause()'s one placeholder. Ids come from the store, and are
// passed as one JSON array so no query is built from data.
struct ScopeFilter {
    QString json;
    explicit ScopeFilter(const QStringList &posyanduIds);
    // "h.posyandu_id IN (SELECT value FROM json_each(?))" for household alias `h`.
    static QString clause(const char *householdAlias = "h");
};

} // namespace Posyandu::Reports

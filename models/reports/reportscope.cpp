// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportscope.h"

#include "database.h"
#include "sql.h"

#include <QRegularExpression>

namespace Posyandu::Reports {

std::optional<ReportScope> ReportScope::forMonth(const QString &yearMonth)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(yearMonth.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    ReportScope scope;
    scope.year = match.captured(1).toInt();
    scope.month = match.captured(2).toInt();
    if (scope.month < 1 || scope.month > 12 || scope.year < 2000 || scope.year > 2100)
        return std::nullopt;
    return scope;
}

Result<QStringList> ReportScope::posyanduIds(Storage::Database &db) const
{
    QString sql = QStringLiteral("SELECT id FROM posyandu WHERE deleted_at IS NULL");
    QVariantList values;
    if (!posyanduCode.isEmpty()) {
        sql += QStringLiteral(" AND code = ?");
        values << posyanduCode;
    } else if (!areaCode.isEmpty()) {
        sql += QStringLiteral(" AND substr(village_code, 1, ?) = ?");
        values << int(areaCode.size()) << areaCode;
    }
    auto r = Storage::Sql::run(db.sql(), sql + QStringLiteral(" ORDER BY code"), values);
    if (!r)
        return r.error();
    QStringList ids;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        ids << q.value(0).toString();
    if (ids.isEmpty() && !posyanduCode.isEmpty())
        return Error{tr("No Posyandu with the code %1 on this device.").arg(posyanduCode), {}};
    if (ids.isEmpty())
        return Error{tr("No Posyandu of the area %1 on this device.").arg(areaCode.isEmpty() ? tr("(all)") : areaCode), {}};
    return ids;
}

Result<QString> ReportScope::title(Storage::Database &db) const
{
    if (!areaCode.isEmpty())
        return tr("Area %1").arg(areaCode);
    auto ids = posyanduIds(db);
    if (!ids)
        return ids.error();
    if (ids.value().size() != 1)
        return tr("All Posyandu on this device (%1)").arg(ids.value().size());
    auto r = Storage::Sql::run(db.sql(), QStringLiteral("SELECT name || ' (' || code || ')' FROM posyandu WHERE id = ?"), {ids.value().first()});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toString() : QString();
}

ScopeFilter::ScopeFilter(const QStringList &posyanduIds)
    : json(jsonArrayOf(posyanduIds))
{
}

QString ScopeFilter::clause(const char *householdAlias)
{
    return QStringLiteral("%1.posyandu_id IN (SELECT value FROM json_each(?))").arg(QLatin1String(householdAlias));
}

} // namespace Posyandu::Reports

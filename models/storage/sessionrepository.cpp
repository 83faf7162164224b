// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrepository.h"

#include "repositorysupport.h"
#include "sql.h"

namespace Posyandu::Storage {

Result<Saved> SessionRepository::openOrContinue(const QString &posyanduId, const QDate &date)
{
    auto r = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id FROM session WHERE posyandu_id = ? AND session_date = ? AND deleted_at IS NULL "
                                     "ORDER BY id LIMIT 1"),
                      {posyanduId, date});
    if (!r)
        return r.error();
    if (QSqlQuery q = std::move(r).value(); q.next())
        return Saved{q.value(0).toString(), {}, {}};
    ValidationReport report;
    if (posyanduId.isEmpty())
        report.addError(QStringLiteral("posyandu_id"), tr("Set up the Posyandu first."));
    if (!date.isValid())
        report.addError(QStringLiteral("session_date"), tr("Fill in the date."));
    return saveValidated(m_db, QStringLiteral("session"), QString(), report,
                         {{QStringLiteral("posyandu_id"), posyanduId}, {QStringLiteral("session_date"), date}});
}

} // namespace Posyandu::Storage

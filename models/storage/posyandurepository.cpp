// SPDX-License-Identifier: GPL-3.0-or-later
#include "posyandurepository.h"

#include "repositorysupport.h"
#include "sql.h"
#include "syncschema.h"

#include <QRegularExpression>

namespace Posyandu::Storage {

Result<Saved> PosyanduRepository::save(const PosyanduInfo &posyandu)
{
    ValidationReport report;
    static const QRegularExpression villageCode(QStringLiteral("^\\d{10}$"));
    if (posyandu.code.trimmed().isEmpty())
        report.addError(QStringLiteral("code"), tr("Fill in the Posyandu code."));
    if (posyandu.name.simplified().isEmpty())
        report.addError(QStringLiteral("name"), tr("Fill in the Posyandu name."));
    if (!villageCode.match(posyandu.villageCode.trimmed()).hasMatch())
        report.addError(QStringLiteral("village_code"), tr("The village code must be 10 digits (province 2, regency 2, district 2, village 4)."));
    return saveValidated(m_db, QStringLiteral("posyandu"), posyandu.id, report,
                         {{QStringLiteral("code"), posyandu.code.trimmed()},
                          {QStringLiteral("name"), posyandu.name.simplified()},
                          {QStringLiteral("village_code"), posyandu.villageCode.trimmed()}},
                         // A new one takes the id the server's registry gives its code, so laptops set up apart
                         // make one record, not two to settle.
                         Protocol::SyncSchema::registeredPosyanduId(posyandu.code.trimmed()));
}

Result<QList<PosyanduInfo>> PosyanduRepository::list() const
{
    auto r = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, code, name, village_code FROM posyandu "
                                     "WHERE deleted_at IS NULL ORDER BY name"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<PosyanduInfo> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "household.h"

#include "nik.h"
#include "syncschema.h"

#include <QRegularExpression>

namespace Posyandu {

namespace {
QString padNeighbourhood(const QString &value)
{
    const QString t = value.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    return digits.match(t).hasMatch() ? t.rightJustified(3, QLatin1Char('0')) : t;
}
} // namespace

Household Household::normalized() const
{
    Household h = *this;
    h.kkNumber = kkNumber.trimmed();
    h.headName = headName.simplified();
    h.address = address.simplified();
    h.rt = padNeighbourhood(rt);
    h.rw = padNeighbourhood(rw);
    h.dusun = dusun.simplified();
    h.villageCode = villageCode.trimmed();
    h.dasawisma = dasawisma.simplified();
    return h;
}

ValidationReport Household::validate() const
{
    ValidationReport report;
    static const QRegularExpression threeDigits(QStringLiteral("^\\d{3}$"));
    static const QRegularExpression villageCodePattern(QStringLiteral("^\\d{10}$"));

    if (posyanduId.isEmpty())
        report.addError(QStringLiteral("posyandu_id"), tr("Choose the Posyandu this household belongs to."));
    if (headName.isEmpty())
        report.addError(QStringLiteral("head_name"), tr("Fill in the name of the head of the household."));
    else if (const int most = Protocol::SyncSchema::maxLength(QStringLiteral("household"), QStringLiteral("head_name")); headName.size() > most)
        report.addError(QStringLiteral("head_name"), tr("The name is too long (at most %1 characters).").arg(most));
    if (!kkNumber.isEmpty())
        KkNumber::validate(kkNumber, report);
    if (rt.isEmpty() || !threeDigits.match(rt).hasMatch() || rt == QLatin1String("000"))
        report.addError(QStringLiteral("rt"), tr("RT must be a number from 1 to 999."));
    if (rw.isEmpty() || !threeDigits.match(rw).hasMatch() || rw == QLatin1String("000"))
        report.addError(QStringLiteral("rw"), tr("RW must be a number from 1 to 999."));
    if (!villageCodePattern.match(villageCode).hasMatch())
        report.addError(QStringLiteral("village_code"), tr("The village code must be 10 digits (province 2, regency 2, district 2, village 4)."));
    if (const int most = Protocol::SyncSchema::maxLength(QStringLiteral("household"), QStringLiteral("address")); address.size() > most)
        report.addError(QStringLiteral("address"), tr("The address is too long (at most %1 characters).").arg(most));
    return report;
}

} // namespace Posyandu

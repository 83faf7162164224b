// SPDX-License-Identifier: GPL-3.0-or-later
#include "member.h"

#include "codes.h"
#include "nik.h"
#include "syncschema.h"

namespace Posyandu {

namespace {
const QDate kEarliestBirth(1900, 1, 1);
const QStringList kDisabilities = {QStringLiteral("physical"), QStringLiteral("intellectual"), QStringLiteral("mental"), QStringLiteral("sensory")};
} // namespace

Member Member::normalized() const
{
    Member m = *this;
    m.nik = nik.trimmed();
    m.name = name.simplified();
    m.sex = sex.trimmed().toUpper();
    m.fatherName = fatherName.simplified();
    m.motherName = motherName.simplified();
    m.education = education.simplified();
    m.occupation = occupation.simplified();
    m.disability = disability.trimmed();
    return m;
}

ValidationReport Member::validate(const QDate &today) const
{
    ValidationReport report;
    if (householdId.isEmpty())
        report.addError(QStringLiteral("household_id"), tr("Choose the household this person belongs to."));
    if (name.isEmpty())
        report.addError(QStringLiteral("name"), tr("Fill in the person's name."));
    else if (const int most = Protocol::SyncSchema::maxLength(QStringLiteral("member"), QStringLiteral("name")); name.size() > most)
        report.addError(QStringLiteral("name"), tr("The name is too long (at most %1 characters).").arg(most));
    if (!Codes::sexes().contains(sex))
        report.addError(QStringLiteral("sex"), tr("Choose the sex: L (male) or P (female)."));
    if (!birthDate.isValid())
        report.addError(QStringLiteral("birth_date"),
                        tr("Fill in the birth date. If only the age is known, estimate it and tick "
                           "\"estimated\"."));
    else if (birthDate > today)
        report.addError(QStringLiteral("birth_date"), tr("The birth date cannot be in the future."));
    else if (birthDate < kEarliestBirth)
        report.addError(QStringLiteral("birth_date"), tr("The birth date is too far in the past."));
    if (!Codes::relationships().contains(relationship))
        report.addError(QStringLiteral("relationship"), tr("Choose the relationship to the head of the family, as on the family card."));
    if (!Codes::memberStatuses().contains(status))
        report.addError(QStringLiteral("status"), tr("Unknown member status."));
    if (!disability.isEmpty() && !kDisabilities.contains(disability))
        report.addError(QStringLiteral("disability"), tr("Unknown disability type."));
    if (status != QLatin1String("alive")) {
        if (!statusDate.isValid())
            report.addError(QStringLiteral("status_date"), tr("Fill in the date the person died or moved."));
        else if (statusDate > today)
            report.addError(QStringLiteral("status_date"), tr("That date cannot be in the future."));
        else if (birthDate.isValid() && statusDate < birthDate)
            report.addError(QStringLiteral("status_date"), tr("That date cannot be before the birth date."));
    }
    if (!nik.isEmpty()) {
        if (const auto parts = Nik::parse(nik, report))
            Nik::crossCheck(*parts, sex, birthDateEstimated ? QDate() : birthDate, report);
    }
    return report;
}

} // namespace Posyandu

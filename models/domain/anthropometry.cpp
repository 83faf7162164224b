// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropometry.h"

namespace Posyandu {

std::optional<Anthropometry::Position> Anthropometry::positionFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("lying") || c == QLatin1String("l") || c == QLatin1String("berbaring"))
        return Position::Lying;
    if (c == QLatin1String("standing") || c == QLatin1String("h") || c == QLatin1String("berdiri"))
        return Position::Standing;
    return std::nullopt;
}

ValidationReport Anthropometry::validate(const QDate &birthDate, const QDate &today) const
{
    ValidationReport report;
    if (memberId.isEmpty())
        report.addError(QStringLiteral("member_id"), tr("Choose the child who was measured."));
    if (!measuredOn.isValid())
        report.addError(QStringLiteral("measured_on"), tr("Fill in the measurement date."));
    else if (measuredOn > today)
        report.addError(QStringLiteral("measured_on"), tr("The measurement date cannot be in the future."));
    else if (birthDate.isValid() && measuredOn < birthDate)
        report.addError(QStringLiteral("measured_on"), tr("The measurement date cannot be before the birth date."));

    if (!weightKg && !lenheiCm && !muacCm && !headCircCm)
        report.addError(QStringLiteral("weight_kg"), tr("Enter at least one measurement."));
    auto range = [&report](const std::optional<double> &v, double lo, double hi, const QString &field, const QString &message) {
        if (v && (!(*v >= lo) || !(*v <= hi))) // also refuses NaN
            report.addError(field, message);
    };
    range(weightKg, 0.5, 50.0, QStringLiteral("weight_kg"), tr("Weight must be between 0.5 and 50 kg. Check the decimal comma (9,5 means 9.5 kg)."));
    range(lenheiCm, 35.0, 140.0, QStringLiteral("lenhei_cm"), tr("Length or height must be between 35 and 140 cm."));
    range(muacCm, 5.0, 35.0, QStringLiteral("muac_cm"), tr("Upper-arm circumference (LILA) must be between 5 and 35 cm."));
    range(headCircCm, 20.0, 60.0, QStringLiteral("head_circ_cm"), tr("Head circumference must be between 20 and 60 cm."));
    return report;
}

} // namespace Posyandu

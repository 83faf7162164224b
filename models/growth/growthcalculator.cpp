// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthcalculator.h"

#include "anthropometry.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cmath>

Q_LOGGING_CATEGORY(lcGrowth, "posyandu.growth")

namespace Posyandu::Growth {

namespace {

constexpr int kHeightFromDays = Anthropometry::kStandingFromAgeDays; // recumbent length before, standing height from
constexpr double kPositionCorrectionCm = 0.7;

std::optional<LmsTable> loadTable(const char *name, double step)
{
    QFile file(QStringLiteral(":/who-growth/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcGrowth) << "missing growth table" << name;
        return std::nullopt;
    }
    auto table = LmsTable::fromText(QString::fromLatin1(file.readAll()), step);
    if (!table)
        qCCritical(lcGrowth) << "damaged growth table" << name;
    return table;
}

// Restricted application of the LMS method for weight-based indices: beyond
// +/-3 SD the distance is measured in units of the 2-to-3 SD gap, because the
// LMS tails are unreliable there.
double adjustedZ(const Lms &lms, double y)
{
    const double z = lms.zScore(y);
    if (z > 3) {
        const double sd3 = lms.valueAtSd(3), sd2 = lms.valueAtSd(2);
        return 3 + (y - sd3) / (sd3 - sd2);
    }
    if (z < -3) {
        const double sd3neg = lms.valueAtSd(-3), sd2neg = lms.valueAtSd(-2);
        return -3 + (y - sd3neg) / (sd2neg - sd3neg);
    }
    return z;
}

} // namespace

std::optional<double> GrowthCalculator::weightForAgeAtSd(int sex, int ageDays, double sd) const
{
    const auto lms = m_weightForAge.atIndexValue(sex, ageDays);
    return lms ? std::optional<double>(lms->valueAtSd(sd)) : std::nullopt;
}

std::optional<double> GrowthCalculator::lengthForAgeAtSd(int sex, int ageDays, double sd) const
{
    const auto lms = m_lengthForAge.atIndexValue(sex, ageDays);
    return lms ? std::optional<double>(lms->valueAtSd(sd)) : std::nullopt;
}

QString GrowthCalculator::weightForAgeCategory(double z)
{
    if (z < -3)
        return QStringLiteral("severely_underweight");
    if (z < -2)
        return QStringLiteral("underweight");
    if (z <= 1)
        return QStringLiteral("normal");
    return QStringLiteral("risk_of_overweight");
}

QString GrowthCalculator::lengthForAgeCategory(double z)
{
    if (z < -3)
        return QStringLiteral("severely_stunted");
    if (z < -2)
        return QStringLiteral("stunted");
    if (z <= 3)
        return QStringLiteral("normal");
    return QStringLiteral("tall");
}

QString GrowthCalculator::wastingCategory(double z)
{
    if (z < -3)
        return QStringLiteral("severely_wasted");
    if (z < -2)
        return QStringLiteral("wasted");
    if (z <= 1)
        return QStringLiteral("normal");
    if (z <= 2)
        return QStringLiteral("risk_of_overweight");
    if (z <= 3)
        return QStringLiteral("overweight");
    return QStringLiteral("obese");
}

namespace {
IndexResult makeIndex(double z, bool implausible, const QString &category)
{
    return IndexResult{z, implausible, category};
}
} // namespace

std::shared_ptr<const GrowthCalculator> GrowthCalculator::fromResources()
{
    static QMutex mutex;
    static std::weak_ptr<const GrowthCalculator> cached;
    QMutexLocker lock(&mutex);
    if (auto existing = cached.lock())
        return existing;
    auto wfa = loadTable("weianthro.txt", 1), lhfa = loadTable("lenanthro.txt", 1), wfl = loadTable("wflanthro.txt", 0.1),
         wfh = loadTable("wfhanthro.txt", 0.1), bfa = loadTable("bmianthro.txt", 1);
    if (!wfa || !lhfa || !wfl || !wfh || !bfa)
        return nullptr;
    std::shared_ptr<GrowthCalculator> calculator(new GrowthCalculator);
    calculator->m_weightForAge = std::move(*wfa);
    calculator->m_lengthForAge = std::move(*lhfa);
    calculator->m_weightForLength = std::move(*wfl);
    calculator->m_weightForHeight = std::move(*wfh);
    calculator->m_bmiForAge = std::move(*bfa);
    cached = calculator;
    return calculator;
}

GrowthResult GrowthCalculator::compute(const GrowthInput &in) const
{
    GrowthResult out;
    if (in.ageDays < 0 || in.ageDays >= kMaxAgeDays || (in.sex != 1 && in.sex != 2))
        return out;
    const bool weightUsable = in.weightKg && *in.weightKg > 0 && !in.oedema; // oedema invalidates weight-based z
    std::optional<double> lenhei;
    if (in.lenheiCm && *in.lenheiCm > 0) {
        double corrected = *in.lenheiCm;
        if (in.ageDays < kHeightFromDays && !in.measuredLying)
            corrected += kPositionCorrectionCm;
        else if (in.ageDays >= kHeightFromDays && in.measuredLying)
            corrected -= kPositionCorrectionCm;
        lenhei = corrected;
        out.correctedLenheiCm = corrected;
    }

    if (weightUsable) {
        if (const auto lms = m_weightForAge.atIndexValue(in.sex, in.ageDays)) {
            const double z = adjustedZ(*lms, *in.weightKg);
            out.weightForAge = makeIndex(z, z < -6 || z > 5, weightForAgeCategory(z));
        }
    }
    if (lenhei) {
        if (const auto lms = m_lengthForAge.atIndexValue(in.sex, in.ageDays)) {
            const double z = lms->zScore(*lenhei);
            out.lengthForAge = makeIndex(z, std::abs(z) > 6, lengthForAgeCategory(z));
        }
    }
    if (weightUsable && lenhei) {
        out.usedHeightTable = in.ageDays >= kHeightFromDays;
        const LmsTable &table = out.usedHeightTable ? m_weightForHeight : m_weightForLength;
        // WHO's tables carry 0.1 cm rows; round the measure to 0.01 first so
        // 80.05 stays 80.05 rather than 80.0499999.
        const double x = std::round(*lenhei * 100.0) / 100.0;
        if (const auto lms = table.interpolated(in.sex, x)) {
            const double z = adjustedZ(*lms, *in.weightKg);
            out.weightForLength = makeIndex(z, std::abs(z) > 5, wastingCategory(z));
        }
        const double metres = *lenhei / 100.0;
        if (const auto lms = m_bmiForAge.atIndexValue(in.sex, in.ageDays)) {
            const double z = adjustedZ(*lms, *in.weightKg / (metres * metres));
            out.bmiForAge = makeIndex(z, std::abs(z) > 5, wastingCategory(z));
        }
    }
    return out;
}

QString GrowthCalculator::categoryLabel(const QString &code)
{
    if (code == QLatin1String("severely_underweight"))
        return tr("Severely underweight");
    if (code == QLatin1String("underweight"))
        return tr("Underweight");
    if (code == QLatin1String("normal"))
        return tr("Normal");
    if (code == QLatin1String("risk_of_overweight"))
        return tr("Risk of overweight");
    if (code == QLatin1String("severely_stunted"))
        return tr("Severely stunted");
    if (code == QLatin1String("stunted"))
        return tr("Stunted");
    if (code == QLatin1String("tall"))
        return tr("Tall");
    if (code == QLatin1String("severely_wasted"))
        return tr("Severely wasted");
    if (code == QLatin1String("wasted"))
        return tr("Wasted");
    if (code == QLatin1String("overweight"))
        return tr("Overweight");
    if (code == QLatin1String("obese"))
        return tr("Obese");
    return code;
}

} // namespace Posyandu::Growth

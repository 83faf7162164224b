// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lmstable.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Posyandu::Growth {

// WHO Child Growth Standards 2006 (Permenkes 2/2020), 0 to 60 months.
struct GrowthInput {
    int sex = 1;     // 1 male (L), 2 female (P), as in WHO's tables
    int ageDays = 0; // whole days
    std::optional<double> weightKg;
    std::optional<double> lenheiCm; // as measured
    bool measuredLying = true;
    bool oedema = false;
};

struct IndexResult {
    std::optional<double> z;  // empty when not computable
    bool implausible = false; // beyond WHO's plausibility limits: check the measurement
    QString category;         // code, e.g. "stunted"; empty without z
};

struct GrowthResult {
    IndexResult weightForAge;                // BB/U
    IndexResult lengthForAge;                // PB/U or TB/U
    IndexResult weightForLength;             // BB/PB or BB/TB
    IndexResult bmiForAge;                   // IMT/U
    std::optional<double> correctedLenheiCm; // after the 0.7 cm lying/standing correction
    bool usedHeightTable = false;            // weight-for-height (from 731 days) rather than -for-length
};

// Computes the four indices. The reference tables are read once from the
// application resources and shared (immutable, so safe across threads).
class GrowthCalculator
{
    Q_DECLARE_TR_FUNCTIONS(GrowthCalculator)
public:
    static constexpr int kMaxAgeDays = 1826; // no z-score from 60 months on

    // Loads :/who-growth/*.txt; nullptr (and a log line) if a table is damaged.
    static std::shared_ptr<const GrowthCalculator> fromResources();

    GrowthResult compute(const GrowthInput &input) const;

    // Weight (kg) at `sd` standard deviations for a child of `sex` and age
    // `ageDays`: the curves of the growth chart (KMS). Empty outside 0-1856 days.
    std::optional<double> weightForAgeAtSd(int sex, int ageDays, double sd) const;
    // Length (before 731 days) or height at `sd`, likewise.
    std::optional<double> lengthForAgeAtSd(int sex, int ageDays, double sd) const;

    // Permenkes 2/2020 categories, as codes. Boundaries: -3 and -2 belong to
    // the upper band (z = -2 is normal), +1 / +2 / +3 to the lower one.
    static QString weightForAgeCategory(double z);
    static QString lengthForAgeCategory(double z);
    static QString wastingCategory(double z); // weight-for-length/height and BMI-for-age

    // Translated category label (Permenkes 2/2020 wording in Indonesian).
    static QString categoryLabel(const QString &code);

private:
    GrowthCalculator() = default;
    LmsTable m_weightForAge, m_lengthForAge, m_weightForLength, m_weightForHeight, m_bmiForAge;
};

} // namespace Posyandu::Growth

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvtable.h"
#include "growthcalculator.h"
#include "result.h"

#include <QCoreApplication>

namespace Posyandu::Io {

// Batch WHO z-scores over a CSV of measurements (posyandu-cli anthro).
// Input columns: sex (L/P), birth_date + visit_date (YYYY-MM-DD) or age_days,
// weight_kg, lenhei_cm, measured (lying/standing), oedema (y/n, optional).
// Output: every input column, then zwei zlen zwfl zbmi, their category codes,
// their implausible flags, and an error column. A bad row gets its reason in
// `error` and empty results; it never stops the file.
class AnthroBatch
{
    Q_DECLARE_TR_FUNCTIONS(AnthroBatch)
public:
    struct Summary {
        int rows = 0;
        int rowsWithErrors = 0;
    };

    explicit AnthroBatch(std::shared_ptr<const Growth::GrowthCalculator> calculator);

    // Refuses the whole file only when required columns are missing.
    Result<Summary> process(CsvTable &table) const;
    // Reads `input`, writes `output` atomically (nothing written on failure).
    Result<Summary> processFile(const QString &input, const QString &output) const;

private:
    QString processRow(const CsvTable &table, QStringList &row) const; // returns the row's error, if any

    std::shared_ptr<const Growth::GrowthCalculator> m_calculator;
};

} // namespace Posyandu::Io

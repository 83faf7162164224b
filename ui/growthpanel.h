// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "growthcalculator.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"

#include <QGroupBox>

#include <memory>

class QLabel;

namespace Posyandu::Ui {

class GrowthChartWidget;

// An under-five's growth box on the session form: the z-scores with their
// categories (a severe one marked ⚠ and red), weight up or not against last
// month, and the KMS chart with today's point, all as the cadre types.
class GrowthPanel : public QGroupBox
{
    Q_OBJECT
public:
    GrowthPanel(std::shared_ptr<const Growth::GrowthCalculator> calculator, const ScheduleRules &rules, const Storage::PersonContext &person,
                const QDate &date, QWidget *parent);

    // Shows the scores of measurements already checked against their ranges (nullopt: empty or out of range).
    void showMeasurement(std::optional<double> weightKg, std::optional<double> lenheiCm, const QString &positionCode, bool oedema);

private:
    std::shared_ptr<const Growth::GrowthCalculator> m_calculator;
    const ScheduleRules &m_rules;
    const Storage::PersonContext &m_person; // the form's, alive as long as this panel
    QDate m_date;
    QLabel *m_result = nullptr;
    QLabel *m_trend = nullptr;
    GrowthChartWidget *m_chart = nullptr;
};

} // namespace Posyandu::Ui

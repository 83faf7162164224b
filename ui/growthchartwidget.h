// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "growthcalculator.h"
#include "weighttrend.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Posyandu::Ui {

// A KMS-style weight-for-age chart: WHO curves at -3, -2, 0, +2 and +3 SD
// with coloured bands (red below -3, yellow -3 to -2, green -2 to +2), and
// the child's weighings joined by a line. The newest, not yet saved weight is
// drawn hollow. Covers 0-24 months for babies, 0-60 months after.
class GrowthChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthChartWidget(std::shared_ptr<const Growth::GrowthCalculator> calculator, QWidget *parent = nullptr);

    void setChild(int sex, const QDate &birth, const QList<Growth::WeightOnDate> &weights);
    void setPending(const std::optional<Growth::WeightOnDate> &pending);
    int pointCount() const { return int(m_weights.size()) + (m_pending ? 1 : 0); }

    QSize sizeHint() const override { return {420, 260}; }
    QSize minimumSizeHint() const override { return {220, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::shared_ptr<const Growth::GrowthCalculator> m_calculator;
    int m_sex = 1;
    QDate m_birth;
    QList<Growth::WeightOnDate> m_weights;
    std::optional<Growth::WeightOnDate> m_pending;
};

} // namespace Posyandu::Ui

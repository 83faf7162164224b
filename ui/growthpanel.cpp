// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthpanel.h"

#include "anthropometry.h"
#include "dangercheck.h"
#include "growthchartwidget.h"
#include "weighttrend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace Posyandu::Ui {

namespace {
const QString kAlarmStyle = QStringLiteral("color: #b00020; font-weight: bold;");
}

GrowthPanel::GrowthPanel(std::shared_ptr<const Growth::GrowthCalculator> calculator, const ScheduleRules &rules, const Storage::PersonContext &person,
                         const QDate &date, QWidget *parent)
    : QGroupBox(tr("Growth"), parent)
    , m_calculator(std::move(calculator))
    , m_rules(rules)
    , m_person(person)
    , m_date(date)
{
    setObjectName(QStringLiteral("growthGroupBox"));
    auto *layout = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("growthResultLabel"));
    m_result->setTextFormat(Qt::PlainText); // one line per index, read at a glance
    // Wrapped rather than widening the pane (a long category once pushed a horizontal scroll bar onto the form).
    m_result->setWordWrap(true);
    m_trend = new QLabel(this);
    m_trend->setObjectName(QStringLiteral("weightTrendLabel"));
    m_trend->setWordWrap(true);
    column->addWidget(m_result);
    column->addWidget(m_trend);
    column->addStretch(1);
    layout->addLayout(column, 1);
    m_chart = new GrowthChartWidget(m_calculator, this);
    m_chart->setChild(m_person.sex == QLatin1String("P") ? 2 : 1, m_person.birthDate, m_person.weights);
    layout->addWidget(m_chart, 2);
}

void GrowthPanel::showMeasurement(std::optional<double> weightKg, std::optional<double> lenheiCm, const QString &positionCode, bool oedema)
{
    if (!m_calculator)
        return;
    const Growth::GrowthInput in = Storage::DangerCheck::growthInput(m_person, m_date, weightKg, lenheiCm, positionCode, oedema);
    QStringList lines;
    bool severe = false;
    if (weightKg || lenheiCm) {
        const Growth::GrowthResult r = m_calculator->compute(in);
        auto line = [&lines, &severe](const QString &name, const Growth::IndexResult &index) {
            if (!index.z)
                return;
            // "+ 0.0" turns a rounded -0.00 into 0,00.
            const double z = std::round(*index.z * 100) / 100 + 0.0;
            QString text =
                QStringLiteral("%1: %2 — %3").arg(name, QLocale().toString(z, 'f', 2), Growth::GrowthCalculator::categoryLabel(index.category));
            if (index.implausible)
                text += tr(" (unlikely value: check the measurement)");
            else if (z < -3) { // a severe category: marked in words too, never by colour alone
                text.prepend(QStringLiteral("⚠ "));
                severe = true;
            }
            lines << text;
        };
        line(tr("Weight-for-age"), r.weightForAge);
        line(Anthropometry::measuredLyingByStandard(in.ageDays) ? tr("Length-for-age") : tr("Height-for-age"), r.lengthForAge);
        line(r.usedHeightTable ? tr("Weight-for-height") : tr("Weight-for-length"), r.weightForLength);
        if (in.oedema)
            lines << tr("Oedema: weight-based scores are not computed.");
    }
    m_result->setStyleSheet(severe ? kAlarmStyle : QString());
    m_result->setText(lines.isEmpty() ? tr("Type the weight and length/height to see the z-scores.") : lines.join(QLatin1Char('\n')));

    if (weightKg) {
        const auto trend = Growth::WeightTrend::assess(m_person.birthDate, m_person.weights, m_date, *weightKg, m_rules);
        m_trend->setText(trend.label());
        m_trend->setStyleSheet(trend.kind == Growth::WeightTrend::Kind::NotUp ? kAlarmStyle : QString());
        m_chart->setPending(Growth::WeightOnDate{m_date, *weightKg});
    } else {
        m_trend->clear();
        m_chart->setPending(std::nullopt);
    }
}

} // namespace Posyandu::Ui

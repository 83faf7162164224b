// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthchartwidget.h"

#include "clock.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Posyandu::Ui {

namespace {
constexpr double kDaysPerMonth = 30.4375;
constexpr int kMargin = 32;
} // namespace

GrowthChartWidget::GrowthChartWidget(std::shared_ptr<const Growth::GrowthCalculator> calculator, QWidget *parent)
    : QWidget(parent)
    , m_calculator(std::move(calculator))
{
    setObjectName(QStringLiteral("growthChartWidget"));
    setAccessibleName(tr("Weight-for-age growth chart"));
}

void GrowthChartWidget::setChild(int sex, const QDate &birth, const QList<Growth::WeightOnDate> &weights)
{
    m_sex = sex;
    m_birth = birth;
    m_weights = weights;
    m_pending.reset();
    update();
}

void GrowthChartWidget::setPending(const std::optional<Growth::WeightOnDate> &pending)
{
    m_pending = pending;
    update();
}

void GrowthChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (!m_calculator || !m_birth.isValid())
        return;

    const int lastDay = int(m_birth.daysTo(m_pending ? m_pending->date : Protocol::Clock::today()));
    const int months = lastDay < 700 ? 24 : 60;
    const int maxDay = std::min(int(months * kDaysPerMonth), Growth::GrowthCalculator::kMaxAgeDays - 1);
    const double maxKg = m_calculator->weightForAgeAtSd(m_sex, maxDay, 3).value_or(30) + 1;
    const QRectF plot(kMargin, 8, width() - kMargin - 8, height() - kMargin - 8);
    auto toPoint = [&](double day, double kg) {
        return QPointF(plot.left() + plot.width() * day / maxDay, plot.bottom() - plot.height() * kg / maxKg);
    };
    auto curve = [&](double sd) {
        QList<QPointF> points;
        for (int day = 0; day <= maxDay; day += 15)
            points << toPoint(day, m_calculator->weightForAgeAtSd(m_sex, day, sd).value_or(0));
        return points;
    };
    auto band = [&](double lowSd, double highSd, const QColor &color) {
        QPainterPath path;
        const QList<QPointF> low = curve(lowSd), high = curve(highSd);
        path.moveTo(low.first());
        for (const QPointF &pt : low)
            path.lineTo(pt);
        for (auto it = high.crbegin(); it != high.crend(); ++it)
            path.lineTo(*it);
        path.closeSubpath();
        p.fillPath(path, color);
    };
    band(-5, -3, QColor(0xf4, 0xc7, 0xc3));
    band(-3, -2, QColor(0xfc, 0xe8, 0xb2));
    band(-2, 2, QColor(0xcd, 0xe9, 0xc5));
    band(2, 3, QColor(0xfc, 0xe8, 0xb2));

    p.setPen(QPen(palette().text().color(), 1));
    p.drawRect(plot);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    for (int m = 0; m <= months; m += (months == 24 ? 3 : 6))
        p.drawText(QRectF(toPoint(m * kDaysPerMonth, 0) + QPointF(-15, 2), QSizeF(30, 14)), Qt::AlignCenter, QString::number(m));
    p.drawText(QRectF(plot.left(), plot.bottom() + 14, plot.width(), 14), Qt::AlignCenter, tr("age (months)"));
    for (int kg = 0; kg <= int(maxKg); kg += (maxKg > 16 ? 4 : 2))
        p.drawText(QRectF(0, toPoint(0, kg).y() - 7, kMargin - 4, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(kg));
    for (double sd : {-3.0, -2.0, 0.0, 2.0, 3.0}) {
        p.setPen(QPen(sd == 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0x9e, 0x9e, 0x9e), sd == 0 ? 1.5 : 1));
        p.drawPolyline(curve(sd));
    }

    QList<QPointF> points;
    for (const Growth::WeightOnDate &w : m_weights)
        points << toPoint(m_birth.daysTo(w.date), w.kg);
    if (m_pending)
        points << toPoint(m_birth.daysTo(m_pending->date), m_pending->kg);
    p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    p.drawPolyline(points);
    p.setBrush(QColor(0x15, 0x65, 0xc0));
    for (int i = 0; i < points.size(); ++i) {
        if (m_pending && i == points.size() - 1)
            p.setBrush(palette().base()); // not saved yet
        p.drawEllipse(points.at(i), 3.5, 3.5);
    }
}

} // namespace Posyandu::Ui

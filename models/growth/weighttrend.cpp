// SPDX-License-Identifier: GPL-3.0-or-later
#include "weighttrend.h"

#include "age.h"

#include <cmath>

namespace Posyandu::Growth {

namespace {
int monthIndex(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

// Latest weighing in the calendar month `index`, if any.
std::optional<WeightOnDate> latestInMonth(const QList<WeightOnDate> &weights, int index)
{
    std::optional<WeightOnDate> best;
    for (const WeightOnDate &w : weights)
        if (monthIndex(w.date) == index && (!best || w.date > best->date))
            best = w;
    return best;
}
} // namespace

WeightTrend WeightTrend::assess(const QDate &birth, const QList<WeightOnDate> &earlier, const QDate &date, double kg, const ScheduleRules &rules,
                                bool olderHistory)
{
    WeightTrend trend;
    const int current = monthIndex(date);
    QList<WeightOnDate> before;
    for (const WeightOnDate &w : earlier)
        if (monthIndex(w.date) < current)
            before.append(w);
    if (before.isEmpty()) {
        trend.kind = olderHistory ? Kind::NotWeighedLastMonth : Kind::FirstWeighing;
        return trend;
    }
    const auto last = latestInMonth(before, current - 1);
    if (!last) {
        trend.kind = Kind::NotWeighedLastMonth;
        return trend;
    }
    const auto minimum = rules.minimumGainGrams(ageInMonths(birth, date));
    if (!minimum)
        return trend; // under one month or 60 months and over: KMS does not judge
    trend.minimumGrams = *minimum;
    trend.gainGrams = int(std::lround((kg - last->kg) * 1000));
    trend.kind = trend.gainGrams >= trend.minimumGrams ? Kind::Up : Kind::NotUp;
    if (trend.kind == Kind::NotUp) {
        // Was last month's weighing itself "not up"?
        QList<WeightOnDate> older;
        for (const WeightOnDate &w : before)
            if (monthIndex(w.date) < current - 1)
                older.append(w);
        const WeightTrend previous = assess(birth, older, last->date, last->kg, rules, olderHistory);
        trend.twiceNotUp = previous.kind == Kind::NotUp;
    }
    return trend;
}

QString WeightTrend::code() const
{
    switch (kind) {
    case Kind::Up:
        return QStringLiteral("N");
    case Kind::NotUp:
        return QStringLiteral("T");
    case Kind::NotWeighedLastMonth:
        return QStringLiteral("O");
    case Kind::FirstWeighing:
        return QStringLiteral("B");
    case Kind::NotAssessed:
        break;
    }
    return {};
}

QString WeightTrend::label() const
{
    switch (kind) {
    case Kind::Up:
        return tr("Weight up (N): %1 g, minimum %2 g")
            .arg(gainGrams > 0 ? QStringLiteral("+%1").arg(gainGrams) : QString::number(gainGrams))
            .arg(minimumGrams);
    case Kind::NotUp:
        return (twiceNotUp ? tr("Not up twice in a row (2T): %1 g, minimum %2 g. Refer to the Puskesmas.")
                           : tr("Weight not up (T): %1 g, minimum %2 g"))
            .arg(gainGrams > 0 ? QStringLiteral("+%1").arg(gainGrams) : QString::number(gainGrams))
            .arg(minimumGrams);
    case Kind::NotWeighedLastMonth:
        return tr("Not weighed last month (O)");
    case Kind::FirstWeighing:
        return tr("First weighing (B)");
    case Kind::NotAssessed:
        break;
    }
    return {};
}

} // namespace Posyandu::Growth

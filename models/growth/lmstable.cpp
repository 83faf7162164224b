// SPDX-License-Identifier: GPL-3.0-or-later
#include "lmstable.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Posyandu::Growth {

double Lms::zScore(double y) const
{
    if (std::abs(l) < 1e-12)
        return std::log(y / m) / s;
    return (std::pow(y / m, l) - 1.0) / (l * s);
}

double Lms::valueAtSd(double k) const
{
    if (std::abs(l) < 1e-12)
        return m * std::exp(s * k);
    return m * std::pow(1.0 + l * s * k, 1.0 / l);
}

std::optional<LmsTable> LmsTable::fromText(const QString &text, double step)
{
    LmsTable table;
    table.m_step = step;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList cols = lines.at(i).trimmed().split(QLatin1Char('\t'));
        if (cols.size() < 5)
            return std::nullopt;
        bool okSex = false, okX = false, okL = false, okM = false, okS = false;
        const int sex = cols.at(0).toInt(&okSex);
        const double x = cols.at(1).toDouble(&okX);
        const Lms lms{cols.at(2).toDouble(&okL), cols.at(3).toDouble(&okM), cols.at(4).toDouble(&okS)};
        if (!(okSex && okX && okL && okM && okS) || (sex != 1 && sex != 2))
            return std::nullopt;
        auto &rows = table.m_rows.at(index(sex));
        if (rows.empty())
            table.m_first.at(index(sex)) = x;
        // Rows must be contiguous so that index = (x - first) / step holds.
        const double expected = table.m_first.at(index(sex)) + step * double(rows.size());
        if (std::abs(x - expected) > step / 100)
            return std::nullopt;
        rows.push_back(lms);
    }
    if (table.m_rows[0].empty() || table.m_rows[1].empty())
        return std::nullopt;
    return table;
}

std::optional<Lms> LmsTable::atIndexValue(int sex, double x) const
{
    const auto &rows = m_rows.at(index(sex));
    const double pos = std::round((x - m_first.at(index(sex))) / m_step);
    if (pos < 0 || pos >= double(rows.size()))
        return std::nullopt;
    return rows.at(std::size_t(pos));
}

std::optional<Lms> LmsTable::interpolated(int sex, double x) const
{
    const auto &rows = m_rows.at(index(sex));
    const double pos = (x - m_first.at(index(sex))) / m_step;
    // A hair of tolerance so 110.0 computed as 109.99999 still counts as in range.
    if (pos < -1e-9 || pos > double(rows.size() - 1) + 1e-9)
        return std::nullopt;
    const double clamped = std::clamp(pos, 0.0, double(rows.size() - 1));
    const std::size_t lower = std::size_t(std::floor(clamped + 1e-9));
    const double fraction = clamped - double(lower);
    if (lower + 1 >= rows.size() || fraction < 1e-9)
        return rows.at(std::min(lower, rows.size() - 1));
    const Lms &a = rows.at(lower);
    const Lms &b = rows.at(lower + 1);
    return Lms{a.l + (b.l - a.l) * fraction, a.m + (b.m - a.m) * fraction, a.s + (b.s - a.s) * fraction};
}

} // namespace Posyandu::Growth

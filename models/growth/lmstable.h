// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Posyandu::Growth {

struct Lms {
    double l = 1;
    double m = 0;
    double s = 0;

    // Plain LMS z-score: ((y/M)^L - 1) / (L*S); L = 0 is the log limit.
    double zScore(double y) const;
    // The measurement at k standard deviations: M * (1 + L*S*k)^(1/L).
    double valueAtSd(double k) const;
};

// One WHO LMS table (tab-separated, header row, columns sex, x, l, m, s[, ...]).
// Rows are evenly spaced in x: one day for age tables, 0.1 cm for length
// and height tables. Row lookup is by index, so it costs nothing.
class LmsTable
{
public:
    // Reads WHO's text file; returns nullopt when it is not such a table.
    static std::optional<LmsTable> fromText(const QString &text, double step);

    // Age tables: exact row for a whole day.
    std::optional<Lms> atIndexValue(int sex, double x) const;
    // Length/height tables: linear interpolation of L, M and S between rows.
    std::optional<Lms> interpolated(int sex, double x) const;

    double first(int sex) const { return m_first.at(index(sex)); }
    double last(int sex) const { return m_first.at(index(sex)) + m_step * double(m_rows.at(index(sex)).size() - 1); }

private:
    static std::size_t index(int sex) { return sex == 2 ? 1 : 0; }

    double m_step = 1;
    std::array<double, 2> m_first{};
    std::array<std::vector<Lms>, 2> m_rows;
};

} // namespace Posyandu::Growth

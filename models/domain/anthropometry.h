// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Posyandu {

// One child's measurement on one day. Z-scores are derived (GrowthCalculator),
// never stored as the truth.
struct Anthropometry {
    Q_DECLARE_TR_FUNCTIONS(Anthropometry)
public:
    enum class Position { Lying, Standing };

    QString id;
    QString memberId;
    QString sessionId; // optional: measured outside a session
    QDate measuredOn;
    std::optional<double> weightKg;
    std::optional<double> lenheiCm; // length (lying) or height (standing), as measured
    Position position = Position::Lying;
    std::optional<double> muacCm; // LILA
    std::optional<double> headCircCm;
    bool oedema = false;

    // WHO's measuring position for an age (docs/domain.md, "Measuring
    // position"): length lying before 731 days (under two years), height
    // standing from 731 days. The one place this age is written.
    static constexpr int kStandingFromAgeDays = 731;
    static Position standardPosition(int ageDays) { return ageDays < kStandingFromAgeDays ? Position::Lying : Position::Standing; }
    static bool measuredLyingByStandard(int ageDays) { return standardPosition(ageDays) == Position::Lying; }

    static QString positionCode(Position p) { return p == Position::Lying ? QStringLiteral("lying") : QStringLiteral("standing"); }
    static std::optional<Position> positionFromCode(const QString &code);

    // Ranges are wide enough for any child 0-59 months and catch typing slips
    // (a weight of 95 instead of 9.5); WHO's implausible-z flags catch the rest.
    ValidationReport validate(const QDate &birthDate, const QDate &today = Protocol::Clock::today()) const;
};

} // namespace Posyandu

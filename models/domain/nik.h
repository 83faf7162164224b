// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Posyandu {

// NIK (Nomor Induk Kependudukan), 16 digits: PP KK CC DDMMYY SSSS.
//   PP KK CC  province, regency/city, district of first registration
//   DD        day of birth; women have 40 added (41..71)
//   MM YY     month and two-digit year of birth
//   SSSS      serial, from 0001
// The civil registry never changes a NIK, so a NIK that disagrees with the
// member's recorded sex or birth date is only a warning.
class Nik
{
    Q_DECLARE_TR_FUNCTIONS(Nik)
public:
    struct Parts {
        QString areaCode; // six digits PPKKCC
        int day = 0;      // 1..31 (women's +40 removed)
        int month = 0;    // 1..12
        int twoDigitYear = 0;
        bool female = false;
        int serial = 0;
    };

    // Structural check. Adds errors to `report` under `field`; returns the
    // decoded parts when the NIK is well-formed.
    static std::optional<Parts> parse(const QString &nik, ValidationReport &report, const QString &field = QStringLiteral("nik"));

    // Compares a well-formed NIK with what the record says; adds warnings only.
    // `sex` is "L"/"P"; an invalid birthDate or empty sex skips that check.
    static void crossCheck(const Parts &parts, const QString &sex, const QDate &birthDate, ValidationReport &report,
                           const QString &field = QStringLiteral("nik"));

    // The full birth date a NIK encodes, choosing the century that does not put
    // the birth after `today`.
    static QDate birthDateOf(const Parts &parts, const QDate &today = Protocol::Clock::today());
};

// Nomor Kartu Keluarga, 16 digits: area code (6) + issue date DDMMYY + serial.
// It changes on a new head, divorce, split or move: an attribute, never a key.
class KkNumber
{
    Q_DECLARE_TR_FUNCTIONS(KkNumber)
public:
    static void validate(const QString &kk, ValidationReport &report, const QString &field = QStringLiteral("kk_number"));
};

} // namespace Posyandu

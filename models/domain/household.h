// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationissue.h"

#include <QCoreApplication>
#include <QString>

namespace Posyandu {

// A household (rumah tangga) as registered at the Posyandu. The KK number is
// an attribute that can change; the id (UUIDv7) is the key.
struct Household {
    Q_DECLARE_TR_FUNCTIONS(Household)
public:
    QString id; // empty until first saved
    QString posyanduId;
    QString kkNumber; // optional: not every family has its card at hand
    QString headName;
    QString address;
    QString rt; // stored as three digits, "001"
    QString rw;
    QString dusun;
    QString villageCode; // kode wilayah desa/kelurahan, 10 digits
    QString dasawisma;   // 10-household group name, optional

    // Trimmed strings, RT/RW padded to three digits.
    Household normalized() const;
    // Errors and warnings for a normalized household.
    ValidationReport validate() const;
};

} // namespace Posyandu

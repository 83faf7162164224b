// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Posyandu {

// A person in a household, with the family-card columns the Posyandu uses.
struct Member {
    Q_DECLARE_TR_FUNCTIONS(Member)
public:
    QString id;
    QString householdId;
    QString nik; // optional: newborns and undocumented people have none
    QString name;
    QString sex; // "L" or "P"
    QDate birthDate;
    bool birthDateEstimated = false; // the family only knows the year or the age
    QString relationship;            // SHDK code, see Codes::relationships()
    QString fatherName;
    QString motherName;
    QString education;
    QString occupation;
    QString disability;                       // empty, or physical / intellectual / mental / sensory
    QString status = QStringLiteral("alive"); // alive / died / moved
    QDate statusDate;                         // when they died or moved

    Member normalized() const;
    // `today` decides what counts as "in the future".
    ValidationReport validate(const QDate &today = Protocol::Clock::today()) const;
};

} // namespace Posyandu

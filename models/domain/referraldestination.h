// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Posyandu {

// Where a Posyandu refers a person or a household: the one list of codes
// (stored in referral.destination) and their words. The form offers them,
// the repository checks against them, reports name them.
class ReferralDestination
{
    Q_DECLARE_TR_FUNCTIONS(ReferralDestination)
public:
    static const QStringList &codes();
    static bool isKnown(const QString &code) { return codes().contains(code); }
    // The destination in the user's language; an unknown code as it is.
    static QString label(const QString &code);
};

} // namespace Posyandu

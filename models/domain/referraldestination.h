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
    static bool isKnown(const QString &code) { return codes().contains(code) || code == declined(); }
    // Not a destination: the cadre declined a referral a danger sign suggested, and wrote why (the reason).
    // Stored as a referral row so the decision and its reason are kept and sync; reports do not count it.
    static QString declined() { return QStringLiteral("declined"); }
    // SQL condition on a referral row aliased `alias`: a real referral, not a declined one.
    static QString referredSql(const QString &alias) { return QStringLiteral("%1.destination <> '%2'").arg(alias, declined()); }
    // The destination in the user's language; an unknown code as it is.
    static QString label(const QString &code);
};

} // namespace Posyandu

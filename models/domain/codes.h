// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Posyandu {

// Fixed code lists of the civil registry. Stored as these short codes; the
// labels are for display only and go through tr().
class Codes
{
    Q_DECLARE_TR_FUNCTIONS(Codes)
public:
    // Sex as on the KK: "L" laki-laki, "P" perempuan.
    static QStringList sexes() { return {QStringLiteral("L"), QStringLiteral("P")}; }
    static QString sexLabel(const QString &code);

    // Relationship to the head of the family (SHDK), as on the family card.
    static QStringList relationships();
    static QString relationshipLabel(const QString &code);

    // Member status. A member is never deleted from the UI; they die or move.
    static QStringList memberStatuses() { return {QStringLiteral("alive"), QStringLiteral("died"), QStringLiteral("moved")}; }
    static QString memberStatusLabel(const QString &code);
};

} // namespace Posyandu

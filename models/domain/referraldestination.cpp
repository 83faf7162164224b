// SPDX-License-Identifier: GPL-3.0-or-later
#include "referraldestination.h"

namespace Posyandu {

const QStringList &ReferralDestination::codes()
{
    static const QStringList list = {QStringLiteral("puskesmas"),        QStringLiteral("bidan"),    QStringLiteral("dinas_sosial"),
                                     QStringLiteral("dinas_pendidikan"), QStringLiteral("dinas_pu"), QStringLiteral("bpbd"),
                                     QStringLiteral("lainnya")};
    return list;
}

QString ReferralDestination::label(const QString &code)
{
    if (code == QLatin1String("puskesmas"))
        return tr("Puskesmas");
    if (code == QLatin1String("bidan"))
        return tr("Village midwife");
    if (code == QLatin1String("dinas_sosial"))
        return tr("Social affairs office");
    if (code == QLatin1String("dinas_pendidikan"))
        return tr("Education office");
    if (code == QLatin1String("dinas_pu"))
        return tr("Public works / housing office");
    if (code == QLatin1String("bpbd"))
        return tr("Disaster management agency (BPBD)");
    if (code == QLatin1String("lainnya"))
        return tr("Other");
    if (code == declined())
        return tr("Not referred despite a danger sign");
    return code;
}

} // namespace Posyandu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes.h"

namespace Posyandu {

QString Codes::sexLabel(const QString &code)
{
    if (code == QLatin1String("L"))
        return tr("Male");
    if (code == QLatin1String("P"))
        return tr("Female");
    return code;
}

QStringList Codes::relationships()
{
    return {QStringLiteral("kepala_keluarga"), QStringLiteral("suami"),    QStringLiteral("istri"),     QStringLiteral("anak"),
            QStringLiteral("menantu"),         QStringLiteral("cucu"),     QStringLiteral("orang_tua"), QStringLiteral("mertua"),
            QStringLiteral("famili_lain"),     QStringLiteral("pembantu"), QStringLiteral("lainnya")};
}

QString Codes::relationshipLabel(const QString &code)
{
    if (code == QLatin1String("kepala_keluarga"))
        return tr("Head of family");
    if (code == QLatin1String("suami"))
        return tr("Husband");
    if (code == QLatin1String("istri"))
        return tr("Wife");
    if (code == QLatin1String("anak"))
        return tr("Child");
    if (code == QLatin1String("menantu"))
        return tr("Child-in-law");
    if (code == QLatin1String("cucu"))
        return tr("Grandchild");
    if (code == QLatin1String("orang_tua"))
        return tr("Parent");
    if (code == QLatin1String("mertua"))
        return tr("Parent-in-law");
    if (code == QLatin1String("famili_lain"))
        return tr("Other relative");
    if (code == QLatin1String("pembantu"))
        return tr("Household help");
    if (code == QLatin1String("lainnya"))
        return tr("Other");
    return code;
}

QString Codes::memberStatusLabel(const QString &code)
{
    if (code == QLatin1String("alive"))
        return tr("Living here");
    if (code == QLatin1String("died"))
        return tr("Died");
    if (code == QLatin1String("moved"))
        return tr("Moved away");
    return code;
}

} // namespace Posyandu

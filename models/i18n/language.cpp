// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Posyandu {

bool installTranslations(const QString &language)
{
    if (language != QLatin1String("id") && language != QLatin1String("en"))
        return false;
    // Numbers and dates follow the language: 9,5 and 23/11/2026 in Indonesian.
    QLocale::setDefault(QLocale(language == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                                language == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedKingdom));
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/posyandu_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace Posyandu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Posyandu {

bool installTranslations(const QString &language)
{
    if (language != QLatin1String("id") && language != QLatin1String("en"))
        return false;
    // Numbers and dates follow the language: 9,5 and 23/11/2026 in Indonesian.
    QLocale::setDefault(QLocale(language == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                                language == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedKingdom));
    // One language at a time: the translators of an earlier call go first (tests switch languages).
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &earlier : std::as_const(installed))
        if (earlier) {
            QCoreApplication::removeTranslator(earlier);
            delete earlier;
        }
    installed.clear();
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/posyandu_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed.append(translator);
    // Qt's own buttons, menus and dialogs in the same language (Debian has no qtbase_id.qm: translations/qt_id.ts).
    if (language == QLatin1String("id")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (!qt->load(QStringLiteral(":/i18n/qt_id.qm"))) {
            delete qt;
            return false;
        }
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    }
    return true;
}

} // namespace Posyandu

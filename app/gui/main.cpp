// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu [--data-dir DIR] [--lang id|en]
#include "database.h"
#include "clock.h"
#include "demogenerator.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Posyandu6SPM"));
    QApplication::setApplicationName(QStringLiteral("posyandu"));
    QApplication::setApplicationVersion(QStringLiteral(POSYANDU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Posyandu 6 SPM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder of the local data file."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: id (default) or en."),
                                  QStringLiteral("id|en"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Practice mode: a separate file with a sample village."));
    parser.addOptions({dataDir, lang, demo});
    parser.process(app);

    // Language: command line, else the saved setting, else Indonesian.
    const QString language = parser.isSet(lang) ? parser.value(lang)
                                                : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    if (!Posyandu::installTranslations(language)) {
        std::fprintf(stderr, "posyandu: unknown language '%s' (use id or en)\n", qPrintable(language));
        return 2;
    }

    const bool practice = parser.isSet(demo);
    auto database = Posyandu::Storage::Database::open(practice ? Posyandu::Demo::DemoGenerator::demoFilePath(parser.value(dataDir))
                                                               : Posyandu::Storage::Database::defaultFilePath(parser.value(dataDir)));
    if (database && practice && !Posyandu::Demo::DemoGenerator::isDemo(*database.value())) {
        // First time in practice mode: a village with a different seed for each laptop's first run.
        Posyandu::Demo::DemoOptions options;
        options.seed = quint64(Posyandu::Protocol::Clock::nowMs());
        if (auto made = Posyandu::Demo::DemoGenerator::generate(*database.value(), options); !made)
            database = made.error();
    }
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Posyandu 6 SPM"),
                              QCoreApplication::translate("main", "The data cannot be opened.\n\n%1")
                                  .arg(database.error().message));
        return 1;
    }
    Posyandu::Ui::MainWindow window(*database.value());
    window.show();
    window.activateWindow(); // take the keyboard even in sessions without a window manager
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu [--data-dir DIR] [--lang id|en]
#include "database.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
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
    parser.addOptions({dataDir, lang});
    parser.process(app);

    // Language: command line, else the saved setting, else Indonesian.
    const QString language = parser.isSet(lang) ? parser.value(lang)
                                                : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    if (!Posyandu::installTranslations(language)) {
        std::fprintf(stderr, "posyandu: unknown language '%s' (use id or en)\n", qPrintable(language));
        return 2;
    }

    auto database = Posyandu::Storage::Database::open(Posyandu::Storage::Database::defaultFilePath(parser.value(dataDir)));
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

// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu [--data-dir DIR] [--lang id|en]
#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "language.h"
#include "mainwindow.h"
#include "wheelguard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder of the local data file."), QStringLiteral("DIR"));
const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: id (default) or en."), QStringLiteral("id|en"));
const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Practice mode: a separate file with a sample village."));

void describe(QCommandLineParser &parser)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Posyandu6SPM"));
    QCoreApplication::setApplicationName(QStringLiteral("posyandu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSYANDU_VERSION));
    parser.setApplicationDescription(QStringLiteral("Posyandu 6 SPM"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({dataDir, lang, demo});
}

// --help and --version answer without a display (a package check, an ssh
// session): QApplication would abort with no screen to connect to.
bool onlyAsksForHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCommandLineParser parser;
        describe(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    Posyandu::Ui::WheelGuard::install(); // the wheel scrolls forms; it never changes an answer not clicked into
    // Ties the window to its menu entry and icon on Wayland desktops (resources/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("id.posyandu.Posyandu6SPM"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    // Language: command line, else the saved setting, else Indonesian.
    const QString language =
        parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
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
                              QCoreApplication::translate("main", "The data cannot be opened.\n\n%1").arg(database.error().message));
        return 1;
    }
    Posyandu::Ui::MainWindow window(*database.value());
    window.showFitted();
    window.activateWindow(); // take the keyboard even in sessions without a window manager
    return app.exec();
}

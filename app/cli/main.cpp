// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-cli [--lang id|en] [--data-dir DIR] COMMAND ...
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage.
#include "anthrobatch.h"
#include "clisupport.h"
#include "database.h"
#include "datafoldercommands.h"
#include "demogenerator.h"
#include "deviceenrolment.h"
#include "devicetoken.h"
#include "growthcalculator.h"
#include "language.h"
#include "monthlyreport.h"
#include "posyandurepository.h"
#include "registerimport.h"
#include "reportpdf.h"
#include "reportxlsx.h"
#include "sql.h"
#include "synccommands.h"
#include "syncjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostInfo>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

using namespace Posyandu::Cli;

int runAnthro(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("CSV of measurements."), QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("CSV to write."), QStringLiteral("FILE"));
    parser.addOptions({input, output});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.isSet(input) || !parser.isSet(output))
        return usage(QStringLiteral("anthro needs --input and --output"));

    auto calculator = Posyandu::Growth::GrowthCalculator::fromResources();
    if (!calculator)
        return fail(QCoreApplication::translate("main", "The WHO growth tables in the application are damaged."));
    auto summary = Posyandu::Io::AnthroBatch(calculator).processFile(parser.value(input), parser.value(output));
    if (!summary)
        return fail(summary.error().message);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "%1 row(s) processed, %2 with errors (see the error column).")
                                .arg(summary.value().rows)
                                .arg(summary.value().rowsWithErrors)));
    return 0;
}

// Checks every row first; writes nothing while any row is bad unless
// --skip-bad-rows says to import the good ones. The per-row report goes to
// stdout ("line N: reason"), the one-line outcome to stderr.
int runImport(const QStringList &args, const QString &dataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption skipBad(QStringLiteral("skip-bad-rows"), QStringLiteral("Import the good rows even if some are bad."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Only check the file; write nothing."));
    parser.addOptions({skipBad, dryRun});
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("households, members or measurements"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV file"));
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(QStringLiteral("import needs a kind and a file"));
    const auto kind = Posyandu::Io::RegisterImport::kindFromName(positional.at(0));
    if (!kind)
        return usage(QStringLiteral("unknown kind %1 (households, members or measurements)").arg(positional.at(0)));

    auto db = Posyandu::Storage::Database::open(Posyandu::Storage::Database::defaultFilePath(dataDir));
    if (!db)
        return fail(db.error().message);
    auto posyandus = Posyandu::Storage::PosyanduRepository(*db.value()).list();
    if (!posyandus)
        return fail(posyandus.error().message);
    if (posyandus.value().isEmpty())
        return fail(QCoreApplication::translate("main",
                                                "No Posyandu is set up in this data folder yet; run 'posyandu-cli setup' or "
                                                "open the application once first."));
    const auto &posyandu = posyandus.value().first();

    auto prepared = Posyandu::Io::RegisterImport::prepare(*db.value(), *kind, positional.at(1), posyandu.id, posyandu.villageCode);
    if (!prepared)
        return fail(prepared.error().message);
    Posyandu::Io::RegisterImport import = std::move(prepared).value();
    using Verdict = Posyandu::Io::RegisterImport::Verdict;
    for (const auto &row : import.rows()) {
        if (row.verdict != Verdict::Good)
            std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "line %1: %2").arg(row.line).arg(row.message)));
    }
    const int good = import.count(Verdict::Good);
    const int bad = import.count(Verdict::Bad);
    const int already = import.count(Verdict::AlreadyImported);
    if (parser.isSet(dryRun)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Checked: %1 good, %2 with errors, %3 already imported. Nothing was written.")
                                    .arg(good)
                                    .arg(bad)
                                    .arg(already)));
        return bad > 0 ? 1 : 0;
    }
    auto written = import.apply(parser.isSet(skipBad));
    if (!written)
        return fail(written.error().message);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "Imported %1 row(s); %2 with errors left out; %3 already imported.")
                                .arg(written.value())
                                .arg(bad)
                                .arg(already)));
    return 0;
}

// Makes (or remakes) the practice village in the separate practice file of
// the data folder; the real data file is never touched.
int runDemo(const QStringList &args, const QString &dataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption households(QStringLiteral("households"), QStringLiteral("Households."), QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption months(QStringLiteral("months"), QStringLiteral("Months of history."), QStringLiteral("M"), QStringLiteral("12"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Same seed, same village."), QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({households, months, seed});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("demo takes no file"));
    bool okH = false, okM = false, okS = false;
    Posyandu::Demo::DemoOptions options;
    options.households = parser.value(households).toInt(&okH);
    options.months = parser.value(months).toInt(&okM);
    options.seed = parser.value(seed).toULongLong(&okS);
    if (!okH || !okM || !okS)
        return usage(QStringLiteral("--households, --months and --seed take whole numbers"));

    const QString path = Posyandu::Demo::DemoGenerator::demoFilePath(dataDir);
    QElapsedTimer timer;
    timer.start();
    auto db = Posyandu::Storage::Database::open(path);
    if (!db)
        return fail(db.error().message);
    const bool reset = Posyandu::Demo::DemoGenerator::isDemo(*db.value());
    auto summary = reset ? Posyandu::Demo::DemoGenerator::reset(*db.value(), options) : Posyandu::Demo::DemoGenerator::generate(*db.value(), options);
    if (!summary)
        return fail(summary.error().message);
    auto hash = Posyandu::Demo::DemoGenerator::contentHash(*db.value());
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main",
                                                        "Practice village in %1: %2 Posyandu, %3 households, %4 people, "
                                                        "%5 measurements, %6 pregnancies; %7 s.")
                                .arg(path)
                                .arg(summary.value().posyandus)
                                .arg(summary.value().households)
                                .arg(summary.value().members)
                                .arg(summary.value().measurements)
                                .arg(summary.value().pregnancies)
                                .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)));
    std::printf("%s\n", qPrintable(hash ? hash.value() : hash.error().message));
    return 0;
}

int runReport(const QStringList &args, const QString &dataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("Report month."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption posyandu(QStringLiteral("posyandu"), QStringLiteral("One Posyandu by its code."), QStringLiteral("CODE"));
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("Village or district code."), QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("File to write."), QStringLiteral("FILE"));
    parser.addOptions({month, posyandu, area, format, output});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.isSet(month) || !parser.isSet(format) || !parser.isSet(output))
        return usage(QStringLiteral("report needs --month, --format and --output"));
    auto scope = Posyandu::Reports::ReportScope::forMonth(parser.value(month));
    if (!scope)
        return usage(QStringLiteral("--month takes YYYY-MM, e.g. 2026-10"));
    if (parser.isSet(posyandu) && parser.isSet(area))
        return usage(QStringLiteral("give --posyandu or --area, not both"));
    const QString kind = parser.value(format);
    if (kind != QLatin1String("csv") && kind != QLatin1String("xlsx") && kind != QLatin1String("pdf"))
        return usage(QStringLiteral("--format takes csv, xlsx or pdf"));
    scope->posyanduCode = parser.value(posyandu);
    scope->areaCode = parser.value(area);

    auto db = Posyandu::Storage::Database::open(Posyandu::Storage::Database::defaultFilePath(dataDir));
    if (!db)
        return fail(db.error().message);
    auto report = Posyandu::Reports::MonthlyReport::build(*db.value(), *scope);
    if (!report)
        return fail(report.error().message);
    const QString path = parser.value(output);
    auto written = kind == QLatin1String("csv") ? Posyandu::Reports::ReportCsv::write(report.value(), path)
        : kind == QLatin1String("xlsx")         ? Posyandu::Reports::ReportXlsx::write(report.value(), path)
                                                : Posyandu::Reports::ReportPdf::write(report.value(), path);
    if (!written)
        return fail(written.error().message);
    std::fprintf(stderr, "%s\n", qPrintable(report.value().heading()));
    return 0;
}

// One line from standard input, not echoed when it is a terminal.
QByteArray readPassword()
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s", qPrintable(QCoreApplication::translate("main", "Password: ")));
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QByteArray password = QTextStream(stdin).readLine().toUtf8();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return password;
}

int runEnroll(const QStringList &args, const QString &dataDir, bool practice)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address."), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("PEM certificates to trust for this server."), QStringLiteral("FILE"));
    parser.addOptions({server, user, caFile});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.isSet(server) || !parser.isSet(user) || !parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("enroll needs --server URL and --user NAME (the password comes on standard input)"));
    if (auto url = Posyandu::Sync::DeviceEnrolment::parseServerUrl(parser.value(server)); !url)
        return usage(url.error().message);
    QByteArray caPem;
    if (parser.isSet(caFile)) {
        QFile file(parser.value(caFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("main", "The certificate file %1 cannot be read.").arg(parser.value(caFile)));
        caPem = file.readAll();
    }
    auto db = openForSync(dataDir, practice);
    if (!db)
        return fail(db.error().message);
    const QByteArray password = readPassword();
    auto account =
        Posyandu::Sync::DeviceEnrolment::enrol(*db.value(), parser.value(server), parser.value(user), password, QHostInfo::localHostName(), caPem);
    if (!account)
        return fail(account.error().message);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "Enrolled with %1 as %2 (%3 %4).")
                                .arg(account.value().serverUrl, account.value().user, account.value().role, account.value().scope)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // PDF reports lay out text, which needs fonts and so a QGuiApplication;
    // without a display it runs on the offscreen platform.
    bool report = false;
    for (int a = 1; a < argc; ++a)
        report = report || qstrcmp(argv[a], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(report ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Posyandu6SPM"));
    QCoreApplication::setApplicationName(QStringLiteral("posyandu"));

    // Global options come before the command; the command parses the rest.
    QStringList args = QCoreApplication::arguments();
    QString language = QStringLiteral("id");
    QString dataDir;
    bool practice = false;
    qsizetype i = 1;
    for (; i < args.size() && args.at(i).startsWith(QLatin1String("--")); ++i) {
        const QString option = args.at(i);
        if ((option == QLatin1String("--lang") || option == QLatin1String("--data-dir")) && i + 1 < args.size()) {
            if (option == QLatin1String("--lang"))
                language = args.at(i + 1);
            else
                dataDir = args.at(i + 1);
            ++i;
        } else if (option == QLatin1String("--demo")) {
            practice = true;
        } else if (option == QLatin1String("--help")) {
            std::printf("%s\n", kUsageLine);
            return 0;
        } else {
            return usage(QStringLiteral("unknown option %1").arg(option));
        }
    }
    if (!Posyandu::installTranslations(language))
        return usage(QStringLiteral("unknown language %1 (use id or en)").arg(language));
    if (i >= args.size())
        return usage(QStringLiteral("no command given"));

    const QString command = args.at(i);
    QStringList rest = args.mid(i);
    rest[0] = args.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("setup"))
        return runSetup(rest, dataDir, practice);
    if (command == QLatin1String("info"))
        return runInfo(rest, dataDir, practice);
    if (command == QLatin1String("anthro"))
        return runAnthro(rest);
    if (command == QLatin1String("import"))
        return runImport(rest, dataDir);
    if (command == QLatin1String("demo"))
        return runDemo(rest, dataDir);
    if (command == QLatin1String("report"))
        return runReport(rest, dataDir);
    if (command == QLatin1String("enroll"))
        return runEnroll(rest, dataDir, practice);
    if (command == QLatin1String("sync"))
        return runSync(rest, dataDir, practice);
    if (command == QLatin1String("refused"))
        return runRefused(rest, dataDir, practice);
    if (command == QLatin1String("conflicts"))
        return runConflicts(rest, dataDir, practice);
    return usage(QStringLiteral("unknown command %1").arg(command));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-cli [--lang id|en] [--data-dir DIR] COMMAND ...
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage.
#include "anthrobatch.h"
#include "growthcalculator.h"
#include "language.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr int kUsage = 2;

int fail(const QString &message)
{
    std::fprintf(stderr, "posyandu-cli: %s\n", qPrintable(message));
    return 1;
}

constexpr const char *kUsageLine =
    "usage: posyandu-cli [--lang id|en] [--data-dir DIR] anthro --input IN.csv --output OUT.csv";

int usage(const QString &message)
{
    std::fprintf(stderr, "posyandu-cli: %s\n%s\n", qPrintable(message), kUsageLine);
    return kUsage;
}

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Posyandu6SPM"));
    QCoreApplication::setApplicationName(QStringLiteral("posyandu"));

    // Global options come before the command; the command parses the rest.
    QStringList args = QCoreApplication::arguments();
    QString language = QStringLiteral("id");
    qsizetype i = 1;
    for (; i < args.size() && args.at(i).startsWith(QLatin1String("--")); ++i) {
        const QString option = args.at(i);
        if ((option == QLatin1String("--lang") || option == QLatin1String("--data-dir")) && i + 1 < args.size()) {
            if (option == QLatin1String("--lang"))
                language = args.at(i + 1);
            ++i; // --data-dir is accepted for every command; anthro does not use it
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
    if (command == QLatin1String("anthro"))
        return runAnthro(rest);
    return usage(QStringLiteral("unknown command %1").arg(command));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "demogenerator.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace Posyandu::Cli {

int fail(const QString &message)
{
    std::fprintf(stderr, "posyandu-cli: %s\n", qPrintable(message));
    return 1;
}

const char *const kUsageLine =
    "usage: posyandu-cli [--lang id|en] [--data-dir DIR] setup --posyandu CODE --name NAME --village CODE\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] [--demo] info\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] anthro --input IN.csv --output OUT.csv\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] import households|members|measurements FILE.csv "
    "[--skip-bad-rows] [--dry-run]\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] demo [--households N] [--months M] [--seed S]\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] report --month YYYY-MM [--posyandu CODE|--area CODE] "
    "--format csv|xlsx|pdf --output FILE\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] [--demo] enroll --server URL --user NAME [--ca-file PEM]   (password on stdin)\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] [--demo] sync [--attempts N] [--json]\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] [--demo] refused [--json]\n"
    "       posyandu-cli [--lang id|en] [--data-dir DIR] [--demo] conflicts [--json]";

int usage(const QString &message)
{
    std::fprintf(stderr, "posyandu-cli: %s\n%s\n", qPrintable(message), kUsageLine);
    return kUsage;
}

Result<std::unique_ptr<Storage::Database>> openForSync(const QString &dataDir, bool practice)
{
    const QString path = practice ? Posyandu::Demo::DemoGenerator::demoFilePath(dataDir) : Posyandu::Storage::Database::defaultFilePath(dataDir);
    if (practice && !QFileInfo::exists(path))
        return Posyandu::Error{QCoreApplication::translate("main",
                                                           "There is no practice village in this data folder yet; make one with "
                                                           "'posyandu-cli demo' or the application's practice mode."),
                               {}};
    return Posyandu::Storage::Database::open(path);
}

} // namespace Posyandu::Cli

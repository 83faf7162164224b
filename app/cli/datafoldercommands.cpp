// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafoldercommands.h"

#include "clisupport.h"
#include "database.h"
#include "demogenerator.h"
#include "migrator.h"
#include "outboxreader.h"
#include "posyandurepository.h"
#include "sql.h"
#include "syncaccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>

namespace Posyandu::Cli {

namespace {

// A data file that setup is about to make: remembers what was there before so
// that a refused setup leaves the folder as it found it (no empty data file,
// no folders it made), and a later setup starts clean.
class NewDataFile
{
public:
    explicit NewDataFile(const QString &path)
        : m_path(path)
        , m_existed(QFileInfo::exists(path))
    {
        QString dir = QFileInfo(path).absolutePath();
        while (!QFileInfo::exists(dir)) {
            m_madeFolders.append(dir);
            const QString parent = QFileInfo(dir).absolutePath();
            if (parent == dir)
                break;
            dir = parent;
        }
    }
    // Call with the database closed.
    void discard() const
    {
        if (m_existed)
            return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
        for (const QString &dir : m_madeFolders)
            QDir().rmdir(dir);
    }

private:
    QString m_path;
    bool m_existed = false;
    QStringList m_madeFolders; // deepest first
};

// The data folder's Posyandu, as the application's first page sets it up:
// through the same repository, so the same rules and the same words. A data
// folder holds one Posyandu; a second setup is refused and changes nothing.
} // namespace

int runSetup(const QStringList &args, const QString &dataDir, bool practice)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("posyandu"), QStringLiteral("Posyandu code from the Puskesmas."), QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Posyandu name."), QStringLiteral("NAME"));
    const QCommandLineOption village(QStringLiteral("village"), QStringLiteral("10-digit village code (Permendagri)."), QStringLiteral("CODE"));
    parser.addOptions({code, name, village});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.isSet(code) || !parser.isSet(name) || !parser.isSet(village) || !parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("setup needs --posyandu CODE, --name NAME and --village CODE"));
    if (practice)
        return usage(QStringLiteral("setup works on the real data file; the practice village is made with 'posyandu-cli demo'"));

    const QString path = Posyandu::Storage::Database::defaultFilePath(dataDir);
    const QFileInfo file(path);
    // Said before SQLite gets to say it less clearly ("unable to open database file").
    if (const QFileInfo folder(file.absolutePath()); folder.isDir() && !folder.isWritable())
        return fail(QCoreApplication::translate("main", "The data folder %1 is not writable; nothing was set up.").arg(folder.absoluteFilePath()));
    if (file.exists() && !file.isWritable())
        return fail(QCoreApplication::translate("main", "The data file %1 is read-only; nothing was set up.").arg(file.absoluteFilePath()));

    const NewDataFile newFile(path);
    auto opened = Posyandu::Storage::Database::open(path);
    if (!opened) {
        newFile.discard();
        return fail(opened.error().message);
    }
    std::unique_ptr<Posyandu::Storage::Database> db = std::move(opened).value();
    auto refuse = [&](const QString &message) {
        db.reset();
        newFile.discard();
        return fail(message);
    };
    Posyandu::Storage::PosyanduRepository posyandus(*db);
    auto existing = posyandus.list();
    if (!existing)
        return refuse(existing.error().message);
    if (!existing.value().isEmpty()) {
        const auto &first = existing.value().first();
        return refuse(QCoreApplication::translate("main",
                                                  "This data folder already has Posyandu %1 (%2, village %3); a data folder holds one "
                                                  "Posyandu, so nothing was changed.")
                          .arg(first.code, first.name, first.villageCode));
    }
    auto saved = posyandus.save({QString(), parser.value(code), parser.value(name), parser.value(village)});
    if (!saved)
        return refuse(saved.error().message);
    // Said as stored (the repository trims the code and tidies the name).
    auto stored = posyandus.list();
    const Posyandu::Storage::PosyanduInfo posyandu = stored && !stored.value().isEmpty()
        ? stored.value().first()
        : Posyandu::Storage::PosyanduInfo{saved.value().id, parser.value(code), parser.value(name), parser.value(village)};
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "Posyandu %1 (%2, village %3) is set up in %4.")
                                .arg(posyandu.code, posyandu.name, posyandu.villageCode, db->filePath())));
    return 0;
}

// What a data folder holds, one "key: value" per line on stdout. The keys are
// fixed English words for scripts, whatever --lang says; no secret is
// printed (the device token stays in the keychain, unread).
int runInfo(const QStringList &args, const QString &dataDir, bool practice)
{
    QCommandLineParser parser;
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("info takes no arguments"));
    const QString realPath = Posyandu::Storage::Database::defaultFilePath(dataDir);
    // Looking does not make a data file.
    if (!practice && !QFileInfo::exists(realPath))
        return fail(QCoreApplication::translate("main",
                                                "There is no data file in %1 yet; make one with "
                                                "'posyandu-cli setup --posyandu CODE --name NAME --village CODE'.")
                        .arg(QFileInfo(realPath).absolutePath()));
    auto db = openForSync(dataDir, practice);
    if (!db)
        return fail(db.error().message);
    Posyandu::Storage::Database &store = *db.value();

    auto schema = Posyandu::Storage::Migrator::currentVersion(store.sql());
    if (!schema)
        return fail(schema.error().message);
    auto posyandus = Posyandu::Storage::PosyanduRepository(store).list();
    if (!posyandus)
        return fail(posyandus.error().message);
    auto registerCounts = Posyandu::Storage::Sql::run(store.sql(),
                                                      QStringLiteral("SELECT (SELECT count(*) FROM household WHERE deleted_at IS NULL), "
                                                                     "(SELECT count(*) FROM member WHERE deleted_at IS NULL)"));
    if (!registerCounts)
        return fail(registerCounts.error().message);
    QSqlQuery counts = std::move(registerCounts).value();
    const bool haveCounts = counts.next();
    const int households = haveCounts ? counts.value(0).toInt() : 0;
    const int members = haveCounts ? counts.value(1).toInt() : 0;
    counts.finish();
    auto account = Posyandu::Sync::SyncAccountStore(store).account();
    if (!account)
        return fail(account.error().message);
    auto outbox = Posyandu::Sync::OutboxReader(store).counts();
    if (!outbox)
        return fail(outbox.error().message);

    QStringList lines;
    auto line = [&lines](const char *key, const QString &value) {
        QString oneLine = value;
        oneLine.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(QLatin1String(key) + QLatin1String(": ") + oneLine);
    };
    const QString yes = QStringLiteral("yes"), no = QStringLiteral("no");
    line("data-folder", QFileInfo(store.filePath()).absolutePath());
    line("data-file", store.filePath());
    line("practice", Posyandu::Demo::DemoGenerator::isDemo(store) ? yes : no);
    line("schema", QString::number(schema.value()));
    line("posyandus", QString::number(posyandus.value().size()));
    for (const auto &posyandu : posyandus.value()) {
        line("posyandu-code", posyandu.code);
        line("posyandu-name", posyandu.name);
        line("posyandu-village", posyandu.villageCode);
    }
    line("households", QString::number(households));
    line("members", QString::number(members));
    line("enrolled", account.value().isEnrolled() ? yes : no);
    if (account.value().isEnrolled()) {
        line("server", account.value().serverUrl);
        line("user", account.value().user);
        line("role", account.value().role);
        line("scope", account.value().scope);
    }
    line("waiting", QString::number(outbox.value().waiting));
    line("rejected", QString::number(outbox.value().rejected));
    line("set-aside", QString::number(outbox.value().setAside));
    std::printf("%s\n", qPrintable(lines.join(QLatin1Char('\n'))));
    return 0;
}

} // namespace Posyandu::Cli

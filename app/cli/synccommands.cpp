// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommands.h"

#include "clisupport.h"
#include "conflictreview.h"
#include "database.h"
#include "devicetoken.h"
#include "refusedchanges.h"
#include "syncengine.h"
#include "syncjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Posyandu::Cli {

namespace {
struct Enrolled {
    std::unique_ptr<Storage::Database> db;
    QString token;
};

// The data file and its device token, or the exit code after saying why.
std::variant<Enrolled, int> openEnrolled(const QString &dataDir, bool practice)
{
    auto db = openForSync(dataDir, practice);
    if (!db)
        return fail(db.error().message);
    auto account = Sync::SyncJournal(*db.value()).account();
    if (!account)
        return fail(account.error().message);
    if (!account.value().isEnrolled())
        return fail(
            QCoreApplication::translate("main", "This device is not enrolled yet; run 'posyandu-cli enroll --server URL --user NAME' first."));
    auto token = Sync::DeviceToken::read(*db.value());
    if (!token)
        return fail(token.error().message);
    return Enrolled{std::move(db).value(), token.value()};
}

void printJson(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

// Free text in one line of a terminal: a value from the server cannot forge lines or send escape sequences.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return text;
}
} // namespace

// Exit 0 only when everything is synced: the outbox sent and acknowledged, every page pulled.
int runSync(const QStringList &args, const QString &dataDir, bool practice)
{
    QCommandLineParser parser;
    const QCommandLineOption attempts(QStringLiteral("attempts"), QStringLiteral("Tries per request."), QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object on standard output."));
    parser.addOptions({attempts, json});
    if (!parser.parse(args))
        return usage(parser.errorText());
    bool attemptsOk = false;
    Sync::SyncOptions options;
    options.maxAttempts = parser.value(attempts).toInt(&attemptsOk);
    if (!attemptsOk || options.maxAttempts < 1 || !parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("sync takes only --attempts N (1 or more) and --json"));
    auto opened = openEnrolled(dataDir, practice);
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Enrolled &device = std::get<Enrolled>(opened);
    const Sync::SyncReport report = Sync::SyncEngine(*device.db, device.token, options).run();
    if (parser.isSet(json)) {
        // The same figures as the window's status line, for scripts and monitoring.
        printJson({{QStringLiteral("state"), report.ok ? QStringLiteral("synced") : QStringLiteral("failed")},
                   {QStringLiteral("message"), report.message},
                   {QStringLiteral("pushed"), report.pushed},
                   {QStringLiteral("pulled"), report.pulled},
                   {QStringLiteral("conflicts"), report.merged},
                   {QStringLiteral("refused"), report.rejected},
                   {QStringLiteral("refused_reasons"), QJsonArray::fromStringList(report.rejectReasons)},
                   {QStringLiteral("set_aside"), report.setAside},
                   {QStringLiteral("set_aside_reasons"), QJsonArray::fromStringList(report.setAsideReasons)},
                   {QStringLiteral("waiting"), report.waiting},
                   {QStringLiteral("requests"), report.requests},
                   {QStringLiteral("retries"), report.retries},
                   {QStringLiteral("bytes_up"), double(report.bytesSent)},
                   {QStringLiteral("bytes_down"), double(report.bytesReceived)}});
        return report.ok ? 0 : 1;
    }
    for (const QString &reason : report.rejectReasons)
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "refused: %1").arg(oneLine(reason))));
    for (const QString &reason : report.setAsideReasons)
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "set aside: %1").arg(oneLine(reason))));
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main",
                                                        "Sent %1, received %2, still waiting %3; %4 request(s), "
                                                        "%5 bytes up, %6 bytes down.")
                                .arg(report.pushed)
                                .arg(report.pulled)
                                .arg(report.waiting)
                                .arg(report.requests)
                                .arg(report.bytesSent)
                                .arg(report.bytesReceived)));
    if (!report.ok)
        return fail(report.message);
    return 0;
}

int runRefused(const QStringList &args, const QString &dataDir, bool practice)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object on standard output."));
    parser.addOption(json);
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("refused takes only --json"));
    auto db = openForSync(dataDir, practice);
    if (!db)
        return fail(db.error().message);
    auto changes = Sync::RefusedChanges::list(*db.value());
    if (!changes)
        return fail(changes.error().message);
    QJsonArray list;
    for (const Sync::RefusedChange &c : changes.value()) {
        const bool here = c.kind == Sync::RefusedChange::Kind::SetAsideHere;
        if (parser.isSet(json))
            list.append(QJsonObject{{QStringLiteral("kind"), here ? QStringLiteral("set_aside") : QStringLiteral("refused")},
                                    {QStringLiteral("at"), c.at},
                                    {QStringLiteral("entity"), c.entity},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("op"), c.op},
                                    {QStringLiteral("reason"), c.reason}});
        else
            std::printf("%s\n",
                        qPrintable(QCoreApplication::translate("main", "%1 %2 %3 %4: %5")
                                       .arg(here ? QCoreApplication::translate("main", "set aside") : QCoreApplication::translate("main", "refused"),
                                            c.at, c.entity, c.id, oneLine(c.reason))));
    }
    if (parser.isSet(json))
        printJson({{QStringLiteral("changes"), list}});
    else if (changes.value().isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Nothing was refused or set aside.")));
    return 0;
}

int runConflicts(const QStringList &args, const QString &dataDir, bool practice)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object on standard output."));
    parser.addOption(json);
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("conflicts takes only --json"));
    auto opened = openEnrolled(dataDir, practice);
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Enrolled &device = std::get<Enrolled>(opened);
    auto open = Sync::ConflictReview(*device.db, device.token).open();
    if (!open)
        return fail(open.error().message);
    QJsonArray list;
    for (const Sync::ConflictItem &c : open.value()) {
        if (parser.isSet(json))
            list.append(QJsonObject{{QStringLiteral("seq"), double(c.seq)},
                                    {QStringLiteral("posyandu"), c.posyandu},
                                    {QStringLiteral("entity"), c.entity},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("field"), c.field},
                                    {QStringLiteral("kept"), c.kept},
                                    {QStringLiteral("other"), c.other},
                                    {QStringLiteral("at"), c.at}});
        else
            std::printf("%s\n",
                        qPrintable(QCoreApplication::translate("main", "#%1 %2 %3 %4 %5: kept \"%6\", other \"%7\" (%8)")
                                       .arg(c.seq)
                                       .arg(c.posyandu, c.entity, c.id, c.field, oneLine(c.kept), oneLine(c.other), c.at)));
    }
    if (parser.isSet(json))
        printJson({{QStringLiteral("conflicts"), list}});
    else if (open.value().isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "No open conflicts.")));
    return 0;
}

} // namespace Posyandu::Cli

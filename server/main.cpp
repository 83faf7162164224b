// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-server [--listen ADDR:PORT] [--database sqlite:PATH|postgres://USER@HOST[:PORT]/DB] [--tls-cert F --tls-key F] [--demo]
// posyandu-server [--database URL] posyandu add CODE --village CODE --name NAME | posyandu list
// posyandu-server [--database sqlite:PATH] user add NAME --role cadre|supervisor|admin [--posyandu CODE|--area CODE]
//   (the password is read from standard input)
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage.
#include "accountstore.h"
#include "httpapi.h"
#include "passwordhasher.h"
#include "posyanduregistry.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTextStream>

#include <cstdio>

using namespace Posyandu::Server;

namespace {
int usage(const QString &message)
{
    std::fprintf(stderr,
                 "posyandu-server: %s\nusage: posyandu-server [--listen ADDR:PORT] [--database sqlite:PATH|postgres://USER@HOST[:PORT]/DB] "
                 "[--tls-cert F --tls-key F] [--demo]\n"
                 "       posyandu-server [--database URL] posyandu add CODE --village CODE --name NAME | posyandu list\n"
                 "       posyandu-server [--database sqlite:PATH] user add NAME --role cadre|supervisor|admin "
                 "[--posyandu CODE|--area CODE]\n"
                 "       posyandu-server [--database URL] device list | device revoke DEVICE-ID\n",
                 qPrintable(message));
    return 2;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "posyandu-server: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("posyandu-server"));
    if (!PasswordHasher::initialise())
        return fail(QStringLiteral("libsodium cannot start"));

    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port."), QStringLiteral("ADDR:PORT"),
                                    QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("sqlite:PATH or postgres://USER@HOST[:PORT]/DB"),
                                      QStringLiteral("URL"), QStringLiteral("sqlite:posyandu-server.sqlite"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("cadre, supervisor or admin"), QStringLiteral("ROLE"));
    const QCommandLineOption posyandu(QStringLiteral("posyandu"), QStringLiteral("Posyandu code"), QStringLiteral("CODE"));
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("Area code"), QStringLiteral("CODE"));
    const QCommandLineOption village(QStringLiteral("village"), QStringLiteral("The registered Posyandu's 10-digit village code"),
                                     QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The registered Posyandu's name"), QStringLiteral("NAME"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("A practice server with the practice village's users."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("FILE"));
    parser.addOptions({listen, database, role, posyandu, area, village, name, demo, tlsCert, tlsKey});
    parser.addHelpOption();
    if (!parser.parse(app.arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }

    // A practice server keeps its own file unless told otherwise, so it never meets real data.
    const bool practice = parser.isSet(demo);
    auto opened =
        ServerStore::open(practice && !parser.isSet(database) ? QStringLiteral("sqlite:posyandu-server-demo.sqlite") : parser.value(database));
    if (auto *message = std::get_if<QString>(&opened))
        return fail(*message);
    ServerStore &store = *std::get<std::unique_ptr<ServerStore>>(opened);
    if (auto mode = store.ensureMode(practice); auto *message = std::get_if<QString>(&mode))
        return fail(*message);

    for (const QString &note : store.upgradeNotes())
        std::fprintf(stderr, "posyandu-server: %s\n", qPrintable(note));

    const QStringList args = parser.positionalArguments();
    // posyandu add CODE --village CODE --name NAME | posyandu list: the registry that decides every area.
    if (!args.isEmpty() && args.at(0) == QLatin1String("posyandu")) {
        if (args.size() == 2 && args.at(1) == QLatin1String("list")) {
            auto lines = store.registry().list();
            if (auto *message = std::get_if<QString>(&lines))
                return fail(*message);
            for (const QString &line : std::get<QStringList>(lines))
                std::printf("%s\n", qPrintable(line));
            return 0;
        }
        if (args.size() != 3 || args.at(1) != QLatin1String("add") || !parser.isSet(village) || !parser.isSet(name))
            return usage(QStringLiteral("posyandu takes list, or add CODE --village CODE --name NAME"));
        auto added = store.registry().add({args.at(2), parser.value(village), parser.value(name)});
        if (auto *message = std::get_if<QString>(&added))
            return fail(*message);
        std::fprintf(stderr, "posyandu-server: Posyandu %s registered in village %s\n", qPrintable(args.at(2)), qPrintable(parser.value(village)));
        return 0;
    }
    // device list | device revoke ID: a lost or stolen laptop loses its access at once.
    if (!args.isEmpty() && args.at(0) == QLatin1String("device")) {
        if (args.size() == 2 && args.at(1) == QLatin1String("list")) {
            auto lines = store.accounts().listDevices();
            if (auto *message = std::get_if<QString>(&lines))
                return fail(*message);
            for (const QString &line : std::get<QStringList>(lines))
                std::printf("%s\n", qPrintable(line));
            return 0;
        }
        if (args.size() != 3 || args.at(1) != QLatin1String("revoke"))
            return usage(QStringLiteral("device takes list, or revoke DEVICE-ID"));
        auto revoked = store.accounts().revokeDevice(args.at(2));
        if (auto *message = std::get_if<QString>(&revoked))
            return fail(*message);
        if (!std::get<bool>(revoked))
            return fail(QStringLiteral("no enrolled device %1 (or it was revoked already)").arg(args.at(2)));
        std::fprintf(stderr, "posyandu-server: device %s revoked; it must enrol again\n", qPrintable(args.at(2)));
        return 0;
    }
    if (!args.isEmpty()) {
        if (args.size() != 3 || args.at(0) != QLatin1String("user") || args.at(1) != QLatin1String("add"))
            return usage(QStringLiteral("unknown command %1").arg(args.join(QLatin1Char(' '))));
        if (!parser.isSet(role))
            return usage(QStringLiteral("user add needs --role"));
        if (parser.isSet(posyandu) && parser.isSet(area))
            return usage(QStringLiteral("give --posyandu or --area, not both"));
        if (!AccountStore::validRole(parser.value(role)))
            return usage(QStringLiteral("the role must be cadre, supervisor or admin"));
        // The password comes on standard input, never on the command line (where `ps` shows it).
        const QByteArray password = QTextStream(stdin).readLine().toUtf8();
        auto added = store.accounts().addUser({args.at(2), parser.value(role), parser.isSet(posyandu) ? parser.value(posyandu) : parser.value(area)},
                                              password);
        if (auto *message = std::get_if<QString>(&added))
            return fail(*message);
        std::fprintf(stderr, "posyandu-server: user %s added\n", qPrintable(args.at(2)));
        return 0;
    }

    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(where.left(colon));
    if (!portOk || port > 65535 || address.isNull())
        return usage(QStringLiteral("--listen takes ADDR:PORT, e.g. 127.0.0.1:8080 (port 0: any free port)"));
    if (practice) {
        auto users = store.accounts().addDemoUsers();
        if (auto *message = std::get_if<QString>(&users))
            return fail(*message);
        std::fprintf(stderr, "posyandu-server: practice server; users %s (password latihan123)\n",
                     qPrintable(std::get<QStringList>(users).join(QStringLiteral(", "))));
    }
    QHttpServer server;
    HttpApi api(server, store, practice);
    // TLS directly (or leave it to a reverse proxy in front, and listen on loopback).
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert)) {
        if (!QSslSocket::supportsSsl())
            return fail(QStringLiteral("this system has no TLS library (install libssl3)"));
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(parser.value(tlsCert), QSsl::Pem);
        QFile keyFile(parser.value(tlsKey));
        if (chain.isEmpty())
            return fail(QStringLiteral("%1 holds no PEM certificate").arg(parser.value(tlsCert)));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("the key %1 cannot be read").arg(parser.value(tlsKey)));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(parser.value(tlsKey)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        server.sslSetup(tls);
        std::fprintf(stderr, "posyandu-server: HTTPS with %s\n", qPrintable(chain.first().subjectDisplayName()));
    }
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(where));
    // The one line tests and scripts read to find the port when asking for port 0.
    std::printf("listening on %s:%u\n", qPrintable(address.toString()), bound);
    std::fflush(stdout);
    return app.exec();
}

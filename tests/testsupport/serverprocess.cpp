// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Posyandu::Test {

namespace {
// A fresh database on the test run's PostgreSQL; its URL, or empty with the reason in `error`.
QString newPostgresDatabase(QString &error)
{
    static QAtomicInt counter;
    const QString base = qEnvironmentVariable("POSYANDU_TEST_PG");
    if (base.isEmpty()) {
        error = QStringLiteral("POSYANDU_TEST_BACKEND=postgres needs POSYANDU_TEST_PG: run the test through tests/with_postgres.sh");
        return {};
    }
    const QString name = QStringLiteral("posyandu_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    const QUrl url(base);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + name))
            error = QStringLiteral("cannot make a test database on %1: %2").arg(base, admin.lastError().text());
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    QUrl made = url;
    made.setPath(QLatin1Char('/') + name);
    return error.isEmpty() ? made.toString() : QString();
}
} // namespace

QString ServerProcess::backend()
{
    return qEnvironmentVariable("POSYANDU_TEST_BACKEND") == QLatin1String("postgres") ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

ServerProcess::ServerProcess(QString executable, QString databaseUrl)
    : m_executable(std::move(executable))
    , m_database(std::move(databaseUrl))
{
    if (m_database.isEmpty())
        m_database = backend() == QLatin1String("postgres") ? newPostgresDatabase(m_error)
                                                            : QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // One log line per request: to a file, so a long test never fills a pipe and stalls the server.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
}

ServerProcess::~ServerProcess()
{
    stop();
}

int ServerProcess::run(const QStringList &args, const QByteArray &input, QString *err) const
{
    QProcess p;
    p.start(m_executable, QStringList{QStringLiteral("--database"), m_database} + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ServerProcess::addUser(const QString &name, const QString &role, const QString &scope, const QByteArray &password) const
{
    QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role};
    if (role == QLatin1String("cadre")) {
        if (!registerPosyandu(scope))
            return false;
        args << QStringLiteral("--posyandu") << scope;
    } else if (role == QLatin1String("supervisor"))
        args << QStringLiteral("--area") << scope;
    return run(args, password + '\n') == 0;
}

bool ServerProcess::registerPosyandu(const QString &code, const QString &village, const QString &name) const
{
    QString err;
    const int exit = run(
        {QStringLiteral("posyandu"), QStringLiteral("add"), code, QStringLiteral("--village"), village, QStringLiteral("--name"), name}, {}, &err);
    return exit == 0 || (exit == 1 && err.contains(QLatin1String("registered already")));
}

bool ServerProcess::start(const QStringList &extraArgs, quint16 port)
{
    stop();
    if (m_database.isEmpty())
        return false; // m_error says why
    m_process.start(m_executable,
                    QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}
                        + extraArgs);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on 127.0.0.1:"))) {
        m_error = QStringLiteral("the server did not start: %1 %2").arg(line, QString::fromUtf8(log()));
        return false;
    }
    m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
    return m_port > 0;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            kill();
    }
}

QByteArray ServerProcess::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Posyandu::Test

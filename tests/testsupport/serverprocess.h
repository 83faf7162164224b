// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Posyandu::Test {

// The real posyandu-server as a child process on 127.0.0.1 and a free port,
// with a store of its own: SQLite in a temporary folder, or, when the test
// runs with POSYANDU_TEST_BACKEND=postgres, a new database on the throwaway
// PostgreSQL that tests/with_postgres.sh started (POSYANDU_TEST_PG). A
// PostgreSQL run without that server fails; it never falls back.
// Users are added through its command line, the password on standard input,
// as an administrator would.
class ServerProcess
{
public:
    explicit ServerProcess(QString executable, QString databaseUrl = {});
    ~ServerProcess();

    // Runs `posyandu-server --database DB ARGS` to the end: the exit code, or -1 if it crashed.
    int run(const QStringList &args, const QByteArray &input = {}, QString *err = nullptr) const;
    // A cadre's Posyandu is registered first (registerPosyandu), as an admin must.
    bool addUser(const QString &name, const QString &role, const QString &scope, const QByteArray &password) const;
    // posyandu add CODE; true when it is registered afterwards (also when it was before). The defaults are
    // those of a TempStore's Posyandu, so the laptop's record and the registered one agree.
    bool registerPosyandu(const QString &code, const QString &village = QStringLiteral("3578010001"),
                          const QString &name = QStringLiteral("Posyandu Melati")) const;

    // Starts listening (port 0: any free one); false (with the reason in error()) when it did not say where.
    bool start(const QStringList &extraArgs = {}, quint16 port = 0);
    // SIGKILL, as a power cut or the OOM killer would; start() again brings it back on a new port.
    void kill();
    void stop();

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    const QString &databaseUrl() const { return m_database; }
    bool isPostgres() const { return m_database.startsWith(QLatin1String("postgres")); }
    // The backend the tests of this run use: "sqlite" or "postgres".
    static QString backend();
    QString error() const { return m_error; }
    QByteArray log() const;

private:
    QString m_executable;
    QTemporaryDir m_dir;
    QString m_database;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Posyandu::Test

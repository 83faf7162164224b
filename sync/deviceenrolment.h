// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "syncjournal.h"

#include <QCoreApplication>
#include <QUrl>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Enrols this data file with a server, once: asks the server's hello first
// (its data version, and whether it is a practice server: practice data
// enrols only with a practice server and real data never does, before any
// password is sent), then the user name and password, which are used once
// and never kept. The token goes to the OS keychain, the account to the
// store. A cadre whose Posyandu is not the one this laptop records is
// refused with both codes named. Blocking, like the engine.
class DeviceEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(DeviceEnrolment)
public:
    // `caPem`: certificates to trust for this server besides the system's (kept with the account).
    static Result<SyncAccount> enrol(Storage::Database &db, const QString &serverUrl, const QString &user, const QByteArray &password,
                                     const QString &deviceName, const QByteArray &caPem = {});
    // The same checks and request, but the token is handed back instead of
    // kept and nothing is stored: for a caller that keeps the token itself
    // (bench/sync, which runs where no keychain is).
    struct Granted {
        SyncAccount account;
        QString token;
    };
    static Result<Granted> request(Storage::Database &db, const QString &serverUrl, const QString &user, const QByteArray &password,
                                   const QString &deviceName, const QByteArray &caPem = {});
    // http(s)://host[:port][/path]; the words when it is not.
    static Result<QUrl> parseServerUrl(const QString &text);
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Sync {

// Who this device is to its server, as enrolment left it (meta sync_*).
// The token is not here: it lives in the OS keychain only.
struct SyncAccount {
    QString serverUrl; // e.g. https://10.0.0.5:8443
    QString deviceId;  // the server's id for this device
    QString user;
    QString role;     // cadre, supervisor, admin
    QString scope;    // Posyandu code or area code
    QByteArray caPem; // certificates to trust for this server besides the system's (not secret)
    bool isEnrolled() const { return !serverUrl.isEmpty() && !deviceId.isEmpty(); }
};

// What sync remembers about itself in the store's meta table: the account,
// the pull cursor, the server clock's offset and the last run's outcome.
class SyncAccountStore
{
public:
    explicit SyncAccountStore(Storage::Database &db);

    Result<SyncAccount> account() const;
    // Enrolment: a new device on the server starts at op_seq 0 and cursor 0.
    Result<void> saveAccount(const SyncAccount &account);

    // The server version up to which this device has pulled.
    qint64 cursor() const;

    // Offset of the server's clock to ours (ms), from hello; the device's
    // clock stamps with it so a laptop with a wrong clock still orders its
    // edits right.
    // The offset of this device's clock to the server's, measured at hello,
    // and its error: at most half that hello's round trip (meta
    // sync_clock_offset_ms, sync_clock_error_ms; docs/sync-protocol.md "Merge rule").
    Result<void> saveClockOffset(qint64 offsetMs, qint64 errorMs);
    Result<void> saveOutcome(bool ok, const QString &message);

private:
    Storage::Database &m_db;
};

} // namespace Posyandu::Sync

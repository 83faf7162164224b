// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Posyandu::Sync {

// The device token lives in the OS keychain (Secret Service on Linux) and
// nowhere else: not in settings, logs or command output. Operations are
// asynchronous, because the keychain may ask the user to unlock it; each ends
// with exactly one finished() carrying the request id.
//
// Plaintext fallback is deliberately off: on GNOME/headless Linux QtKeychain's
// insecureFallback does nothing useful, and elsewhere it would write the token
// into a settings file. A missing keychain is an error in words instead.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    // `service` separates installs (the demo database uses its own).
    explicit CredentialStore(QString service = QStringLiteral("posyandu-6spm"), QObject *parent = nullptr);

    int write(const QString &key, const QString &secret);
    int read(const QString &key);
    int remove(const QString &key);

Q_SIGNALS:
    // For read: `secret` is the value; empty with ok = false when absent or on error.
    // `error` is a translated sentence; empty when ok.
    void finished(int requestId, bool ok, const QString &secret, const QString &error);

private:
    QString m_service;
    int m_nextRequest = 1;
};

} // namespace Posyandu::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicetoken.h"

#include "credentialstore.h"
#include "database.h"
#include "demogenerator.h"

#include <QEventLoop>
#include <QTimer>

namespace Posyandu::Sync {

namespace {
struct Answer {
    bool ok = false;
    QString secret;
    QString error;
};

// Runs one keychain request and waits for its answer (at most 60 s: the
// keychain may be asking the user to unlock it).
Answer ask(Storage::Database &db, const std::function<int(CredentialStore &, const QString &key)> &request)
{
    CredentialStore store(Demo::DemoGenerator::isDemo(db) ? QStringLiteral("posyandu-6spm-demo") : QStringLiteral("posyandu-6spm"));
    Answer answer{false, {}, DeviceToken::tr("The system keychain did not answer in time.")};
    QEventLoop loop;
    bool answered = false;
    // The store is this call's own and carries one request: any answer is its answer.
    QObject::connect(&store, &CredentialStore::finished, &loop, [&](int, bool ok, const QString &secret, const QString &error) {
        answer = {ok, secret, error};
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    request(store, QStringLiteral("device-token-") + db.deviceId());
    if (!answered)
        loop.exec();
    return answer;
}
} // namespace

Result<QString> DeviceToken::read(Storage::Database &db)
{
    const Answer a = ask(db, [](CredentialStore &s, const QString &key) { return s.read(key); });
    if (!a.ok || a.secret.isEmpty())
        return Error{a.error.isEmpty() ? tr("No device token is stored yet. Enrol this device first.") : a.error, {}};
    return a.secret;
}

Result<void> DeviceToken::write(Storage::Database &db, const QString &token)
{
    const Answer a = ask(db, [&token](CredentialStore &s, const QString &key) { return s.write(key, token); });
    if (!a.ok)
        return Error{a.error, {}};
    return {};
}

Result<void> DeviceToken::remove(Storage::Database &db)
{
    const Answer a = ask(db, [](CredentialStore &s, const QString &key) { return s.remove(key); });
    if (!a.ok)
        return Error{a.error, {}};
    return {};
}

} // namespace Posyandu::Sync

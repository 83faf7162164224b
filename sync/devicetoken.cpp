// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicetoken.h"

#include "credentialstore.h"
#include "database.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <memory>

namespace Posyandu::Sync {

namespace {
struct Answer {
    bool ok = false;
    QString secret;
    QString error;
};

// Every keychain request of the process runs on this one thread, with an
// event loop of its own that never stops. libsecret binds its D-Bus
// connection to the thread that first used it; asked from the sync worker
// one time and the enrolment worker the next, the second call would never
// hear its answer. Ended when the application object goes.
QObject *keychainThread()
{
    static QObject *anchor = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        auto *context = new QObject;
        context->moveToThread(thread);
        thread->start();
        qAddPostRoutine([] {
            QThread *t = anchor ? anchor->thread() : nullptr;
            if (!t)
                return;
            t->quit();
            t->wait();
            delete anchor; // its thread has finished: deleting it from here is safe
            anchor = nullptr;
            delete t;
        });
        return context;
    }();
    return anchor;
}

// Runs one keychain request on the keychain thread and waits for its answer
// (at most 60 s: the keychain may be asking the user to unlock it).
Answer ask(Storage::Database &db, const std::function<int(CredentialStore &, const QString &key)> &request)
{
    const QString service = Demo::DemoGenerator::isDemo(db) ? QStringLiteral("posyandu-6spm-demo") : QStringLiteral("posyandu-6spm");
    const QString key = QStringLiteral("device-token-") + db.deviceId();
    struct Shared {
        QSemaphore done;
        QMutex mutex;
        Answer answer;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        keychainThread(),
        [shared, service, key, request] {
            auto *store = new CredentialStore(service);
            QObject::connect(store, &CredentialStore::finished, store, [shared, store](int, bool ok, const QString &secret, const QString &error) {
                {
                    QMutexLocker lock(&shared->mutex);
                    shared->answer = {ok, secret, error};
                }
                shared->done.release();
                store->deleteLater();
            });
            request(*store, key);
        },
        Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, 60000))
        return {false, {}, DeviceToken::tr("The system keychain did not answer in time.")};
    QMutexLocker lock(&shared->mutex);
    return shared->answer;
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

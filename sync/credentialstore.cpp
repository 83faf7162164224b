// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace Posyandu::Sync {

namespace {
QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return CredentialStore::tr("No device token is stored yet. Enrol this device first.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("The system keychain refused access. Unlock it and try again.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::tr("This computer has no system keychain (Secret Service) running.");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::tr("The system keychain reported an error: %1").arg(detail);
}
} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

int CredentialStore::write(const QString &key, const QString &secret)
{
    const int id = m_nextRequest++;
    auto *job = new QKeychain::WritePasswordJob(m_service); // no parent: it deletes itself after finished (autoDelete), never under its feet
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *j) {
        Q_EMIT finished(id, j->error() == QKeychain::NoError, QString(), describe(j->error(), j->errorString()));
    });
    job->start();
    return id;
}

int CredentialStore::read(const QString &key)
{
    const int id = m_nextRequest++;
    auto *job = new QKeychain::ReadPasswordJob(m_service); // no parent: it deletes itself after finished (autoDelete), never under its feet
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *j) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool ok = j->error() == QKeychain::NoError;
        Q_EMIT finished(id, ok, ok ? readJob->textData() : QString(), describe(j->error(), j->errorString()));
    });
    job->start();
    return id;
}

int CredentialStore::remove(const QString &key)
{
    const int id = m_nextRequest++;
    auto *job = new QKeychain::DeletePasswordJob(m_service); // no parent: it deletes itself after finished (autoDelete), never under its feet
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *j) {
        // Removing what is not there leaves the wanted state: success.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        Q_EMIT finished(id, ok, QString(), ok ? QString() : describe(j->error(), j->errorString()));
    });
    job->start();
    return id;
}

} // namespace Posyandu::Sync

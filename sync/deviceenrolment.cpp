// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceenrolment.h"

#include "database.h"
#include "demogenerator.h"
#include "devicetoken.h"
#include "posyandurepository.h"
#include "practicevillagequeue.h"
#include "synctransport.h"
#include "wiremessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Posyandu::Sync {

Result<QUrl> DeviceEnrolment::parseServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return Error{tr("The server address %1 is not valid; write it like http://192.168.1.10:8080 or https://sync.example.id.").arg(text), {}};
    return url;
}

Result<SyncAccount> DeviceEnrolment::enrol(Storage::Database &db, const QString &serverUrl, const QString &user, const QByteArray &password,
                                           const QString &deviceName, const QByteArray &caPem)
{
    auto granted = request(db, serverUrl, user, password, deviceName, caPem);
    if (!granted)
        return granted.error();
    const auto &[account, token] = granted.value();
    if (auto stored = DeviceToken::write(db, token); !stored)
        return Error{tr("The device token could not be kept in the system keychain, so the device was not enrolled: %1").arg(stored.error().message),
                     {}};
    if (auto saved = SyncJournal(db).saveAccount(account); !saved)
        return saved.error();
    // A trainer's practice laptop: its generated village goes to the practice server with the first sync.
    if (Demo::DemoGenerator::isDemo(db) && account.role == QLatin1String("cadre")) {
        if (auto queued = Demo::PracticeVillageQueue::queue(db, account.scope); !queued)
            return queued.error();
    }
    return account;
}

Result<DeviceEnrolment::Granted> DeviceEnrolment::request(Storage::Database &db, const QString &serverUrl, const QString &user,
                                                          const QByteArray &password, const QString &deviceName, const QByteArray &caPem)
{
    auto url = parseServerUrl(serverUrl);
    if (!url)
        return url.error();
    if (user.trimmed().isEmpty() || password.isEmpty())
        return Error{tr("A user name and a password are needed to enrol."), {}};
    SyncTransport transport(url.value());
    transport.setStallTimeout(60000);
    if (!caPem.isEmpty() && !transport.setExtraCertificates(caPem))
        return Error{tr("The certificate file holds no PEM certificate."), {}};

    const HttpResult hello = transport.get(QStringLiteral("/v1/hello"));
    if (hello.status != 200)
        return Error{hello.status == 0 ? tr("The server cannot be reached: %1").arg(hello.failure)
                                       : tr("%1 did not answer like a Posyandu server (HTTP %2).").arg(serverUrl).arg(hello.status),
                     {}};
    const QJsonObject about = QJsonDocument::fromJson(hello.body).object();
    if (!about.value(QStringLiteral("schema_versions")).toArray().contains(Protocol::kSchemaVersion))
        return Error{tr("The server needs another version of the application. Update it first."), {}};
    const bool practiceServer = about.value(QStringLiteral("demo")).toBool();
    const bool practiceData = Demo::DemoGenerator::isDemo(db);
    if (practiceData && !practiceServer)
        return Error{tr("This is practice data: it can enrol only with a practice server (posyandu-server --demo), never with a real one."), {}};
    if (!practiceData && practiceServer)
        return Error{tr("This server is a practice server; real data never syncs with it."), {}};

    // The Posyandu this laptop records: the server refuses a cadre of another one before it makes a device.
    auto posyandus = Storage::PosyanduRepository(db).list();
    if (!posyandus)
        return posyandus.error();
    QStringList codes;
    for (const auto &p : posyandus.value())
        codes.append(p.code);
    // One enrolment id for this request and its resends: an answer lost on the way makes no second device.
    const QString enrolmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user.trimmed()},
                                                      {QStringLiteral("password"), QString::fromUtf8(password)},
                                                      {QStringLiteral("device_name"), deviceName},
                                                      {QStringLiteral("enrolment_id"), enrolmentId},
                                                      {QStringLiteral("posyandu_codes"), QJsonArray::fromStringList(codes)}})
                                .toJson(QJsonDocument::Compact);
    // Cut, lost or damaged on the way: asked again under the same enrolment id. A refusal is an answer.
    const HttpResult answer = SyncTransport::askAgainWhileTransient(
        [&] { return transport.post(QStringLiteral("/v1/devices"), body); },
        [](const HttpResult &r) {
            return r.status == 201
                && !Protocol::WireCodec::isUuid(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("device_id")).toString());
        });
    const QJsonObject given = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 401)
        return Error{tr("Wrong user name or password."), {}};
    if (answer.status == 403 && given.value(QStringLiteral("code")).toString() == QLatin1String("wrong_posyandu"))
        return Error{tr("The user %1 serves Posyandu %2, but this laptop records Posyandu %3. Enrol with a user of that Posyandu.")
                         .arg(user.trimmed(), given.value(QStringLiteral("scope")).toString(), codes.join(QStringLiteral(", "))),
                     {}};
    if (answer.status != 201)
        return Error{answer.status == 0 ? tr("The server cannot be reached: %1").arg(answer.failure)
                                        : tr("The server refused the enrolment (HTTP %1).").arg(answer.status),
                     {}};
    SyncAccount account{url.value().toString(QUrl::StripTrailingSlash), given.value(QStringLiteral("device_id")).toString(), user.trimmed(),
                        given.value(QStringLiteral("role")).toString(), given.value(QStringLiteral("scope")).toString(),     caPem};
    const QString token = given.value(QStringLiteral("token")).toString();
    if (!Protocol::WireCodec::isUuid(account.deviceId) || token.isEmpty())
        return Error{tr("The server's answer to the enrolment could not be read."), {}};

    // Checked here too, against a server of an earlier version that did not check.
    if (account.role == QLatin1String("cadre")) {
        if (!codes.isEmpty() && !codes.contains(account.scope))
            return Error{tr("The user %1 serves Posyandu %2, but this laptop records Posyandu %3. Enrol with a user of that Posyandu.")
                             .arg(account.user, account.scope, codes.join(QStringLiteral(", "))),
                         {}};
    }
    return Granted{account, token};
}

} // namespace Posyandu::Sync

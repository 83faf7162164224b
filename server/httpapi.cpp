// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi.h"

#include "accountstore.h"
#include "clock.h"
#include "conflictlog.h"
#include "gzip.h"
#include "recordstore.h"
#include "serverstore.h"
#include "wiremessages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttp, "posyandu.server.http")

namespace Posyandu::Server {

namespace {
using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse error(const QString &message, Status status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// The request's JSON object: unpacked if gzip, refused past the size limit, in words.
std::variant<QJsonObject, QHttpServerResponse> jsonBody(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    if (body.size() > HttpApi::kMaxBodyBytes)
        return error(QStringLiteral("request body too large"), Status::PayloadTooLarge);
    if (request.value("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0) {
        const auto unpacked = Protocol::Gzip::decompress(body, HttpApi::kMaxBodyBytes);
        if (!unpacked)
            return error(QStringLiteral("the gzip body is damaged or unpacks past 1 MB"), Status::BadRequest);
        body = *unpacked;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return error(QStringLiteral("the body is not a JSON object"), Status::BadRequest);
    return doc.object();
}
// A body in the form the peer asked for: gzip when it says it reads gzip and
// the body is big enough to gain from it (a page of 500 changes packs ~8:1).
QHttpServerResponse packed(const QHttpServerRequest &request, const QByteArray &mimeType, const QByteArray &body)
{
    constexpr qsizetype kWorthPacking = 256;
    if (body.size() < kWorthPacking || !request.value("Accept-Encoding").contains("gzip"))
        return QHttpServerResponse(mimeType, body);
    QHttpServerResponse response(mimeType, Protocol::Gzip::compress(body));
    response.setHeader("Content-Encoding", "gzip");
    return response;
}

// A failure inside the store: its words (SQL, values) go to the log only; the device is told to try again
// later (a 5xx, which it retries with backoff). Any other refusal is answered in its words with `status`.
QHttpServerResponse storeAnswer(const QString &message, Status status)
{
    if (!message.startsWith(QLatin1String("database error")))
        return error(message, status);
    qCWarning(lcHttp).noquote() << "store failure:" << message;
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("the server's store failed; try again later")},
                                           {QStringLiteral("code"), QStringLiteral("store_error")}},
                               Status::ServiceUnavailable);
}

QHttpServerResponse unauthorised()
{
    return error(QStringLiteral("unknown or revoked device token: enrol this device again"), Status::Unauthorized);
}

// The user behind the request's bearer token, or the answer: 401 for an unknown or revoked token, a store
// failure as such (never a 401, which would send the laptop to enrol again).
std::variant<User, QHttpServerResponse> authorise(ServerStore &store, const QHttpServerRequest &request, QString *deviceId = nullptr)
{
    const QByteArray authorization = request.value("Authorization");
    if (!authorization.startsWith("Bearer "))
        return unauthorised();
    auto user = store.accounts().userForToken(QString::fromLatin1(authorization.mid(7)), deviceId);
    if (const auto *failed = std::get_if<QString>(&user))
        return storeAnswer(QStringLiteral("database error: ") + *failed, Status::InternalServerError);
    const auto &found = std::get<std::optional<User>>(user);
    if (!found)
        return unauthorised();
    return *found;
}
} // namespace

HttpApi::HttpApi(QHttpServer &server, ServerStore &store, bool demo)
    : m_server(server)
    , m_store(store)
{
    m_server.route(QStringLiteral("/v1/hello"), QHttpServerRequest::Method::Get, [demo] {
        const QDateTime now = Protocol::Clock::nowUtc();
        return QHttpServerResponse(QJsonObject{{QStringLiteral("server_time"), now.toString(Qt::ISODateWithMs)},
                                               {QStringLiteral("server_time_ms"), double(now.toMSecsSinceEpoch())},
                                               {QStringLiteral("api_versions"), QJsonArray{kApiVersion}},
                                               {QStringLiteral("schema_versions"), QJsonArray{kSchemaVersion}},
                                               {QStringLiteral("min_client_version"), QStringLiteral("0.1.0")},
                                               // A practice store enrols only with a practice server, and a real one never does.
                                               {QStringLiteral("demo"), demo}});
    });

    m_server.route(QStringLiteral("/v1/devices"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        auto body = jsonBody(request);
        if (auto *refused = std::get_if<QHttpServerResponse>(&body))
            return std::move(*refused);
        const QJsonObject o = std::get<QJsonObject>(body);
        const QString user = o.value(QStringLiteral("user")).toString();
        const QByteArray password = o.value(QStringLiteral("password")).toString().toUtf8();
        if (user.isEmpty() || password.isEmpty())
            return error(QStringLiteral("user and password are required"), Status::BadRequest);
        // The laptop's id for this enrolment (a resend finds its device) and the Posyandu it records already.
        const QString enrolmentId = o.value(QStringLiteral("enrolment_id")).toString();
        if (!enrolmentId.isEmpty() && !Protocol::WireCodec::isUuid(enrolmentId))
            return error(QStringLiteral("enrolment_id must be a UUID"), Status::BadRequest);
        const QJsonArray codeList = o.value(QStringLiteral("posyandu_codes")).toArray();
        if (codeList.size() > 50)
            return error(QStringLiteral("at most 50 posyandu_codes"), Status::BadRequest);
        QStringList codes;
        for (const QJsonValue &code : codeList)
            codes.append(code.toString());
        auto enrolled = m_store.accounts().enrol(user, password, o.value(QStringLiteral("device_name")).toString(), enrolmentId, codes);
        if (auto *refused = std::get_if<EnrolmentRefusal>(&enrolled)) {
            if (refused->status == 500) {
                qCWarning(lcHttp).noquote() << "enrolment failed in the store:" << refused->words; // the words stay in the log
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("the server's store failed; try again")},
                                                       {QStringLiteral("code"), refused->code}},
                                           Status::InternalServerError);
            }
            QJsonObject body{{QStringLiteral("error"), refused->words}, {QStringLiteral("code"), refused->code}};
            if (refused->code == QLatin1String("wrong_posyandu"))
                body = {{QStringLiteral("error"), QStringLiteral("this user serves another Posyandu than the laptop records")},
                        {QStringLiteral("code"), refused->code},
                        {QStringLiteral("scope"), refused->words}};
            return QHttpServerResponse(body, Status(refused->status));
        }
        const Enrolment &e = std::get<Enrolment>(enrolled);
        qCInfo(lcHttp).noquote() << "enrolled device" << e.deviceId << "for" << e.user.name; // never the token
        return QHttpServerResponse(QJsonObject{{QStringLiteral("device_id"), e.deviceId},
                                               {QStringLiteral("token"), e.token},
                                               {QStringLiteral("role"), e.user.role},
                                               {QStringLiteral("scope"), e.user.scopeCode}},
                                   Status::Created);
    });

    m_server.route(QStringLiteral("/v1/sync/push"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        QString deviceId;
        auto authorised = authorise(m_store, request, &deviceId);
        if (auto *refused = std::get_if<QHttpServerResponse>(&authorised))
            return std::move(*refused);
        const User *user = &std::get<User>(authorised);
        QByteArray body = request.body();
        if (body.size() > kMaxBodyBytes)
            return error(QStringLiteral("request body too large"), Status::PayloadTooLarge);
        if (request.value("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0) {
            const auto unpacked = Protocol::Gzip::decompress(body, 8 * kMaxBodyBytes);
            if (!unpacked)
                return error(QStringLiteral("the gzip body is damaged or too large"), Status::BadRequest);
            body = *unpacked;
        }
        const auto decoded = Protocol::WireCodec::decodePushBatch(body);
        if (const auto *message = std::get_if<QString>(&decoded))
            return error(*message, Status::BadRequest);
        const Protocol::PushBatch &batch = std::get<Protocol::PushBatch>(decoded);
        if (batch.schemaVersion != kSchemaVersion)
            return error(QStringLiteral("schema version %1 is not accepted; update the application").arg(batch.schemaVersion),
                         Status::UpgradeRequired);
        if (batch.deviceId != deviceId)
            return error(QStringLiteral("the batch names another device than the token"), Status::Forbidden);
        auto pushed = m_store.records().push(deviceId, *user, batch, Protocol::Clock::nowMs());
        if (const auto *message = std::get_if<QString>(&pushed))
            return storeAnswer(*message, Status::Conflict);
        return packed(request, QByteArrayLiteral("application/json"), Protocol::WireCodec::encode(std::get<Protocol::PushResponse>(pushed)));
    });

    m_server.route(QStringLiteral("/v1/sync/pull"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        QString deviceId;
        auto authorised = authorise(m_store, request, &deviceId);
        if (auto *refused = std::get_if<QHttpServerResponse>(&authorised))
            return std::move(*refused);
        const User *user = &std::get<User>(authorised);
        bool sinceOk = false, limitOk = false;
        const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk);
        const QString limitText = request.query().queryItemValue(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? kDefaultPullLimit : limitText.toInt(&limitOk);
        if (!sinceOk || since < 0 || (!limitText.isEmpty() && (!limitOk || limit < 1 || limit > kMaxPullLimit)))
            return error(QStringLiteral("since must be a cursor from a previous page (0 at first), limit 1 to %1").arg(kMaxPullLimit),
                         Status::BadRequest);
        auto page = m_store.records().pull(*user, deviceId, since, limit);
        if (const auto *message = std::get_if<QString>(&page))
            return storeAnswer(*message, Status::InternalServerError);
        return packed(request, QByteArrayLiteral("application/x-ndjson"), Protocol::WireCodec::encode(std::get<Protocol::PullPage>(page)));
    });

    // The conflict log for review: a supervisor's area, an admin's all, a cadre's own Posyandu (read only).
    m_server.route(QStringLiteral("/v1/conflicts"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        auto authorised = authorise(m_store, request);
        if (auto *refused = std::get_if<QHttpServerResponse>(&authorised))
            return std::move(*refused);
        const User *user = &std::get<User>(authorised);
        auto list = m_store.conflictLog().conflicts(*user, request.query().queryItemValue(QStringLiteral("all")) == QLatin1String("1"));
        if (const auto *message = std::get_if<QString>(&list))
            return storeAnswer(*message, Status::InternalServerError);
        return packed(request, QByteArrayLiteral("application/json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), std::get<QJsonArray>(list)}}).toJson(QJsonDocument::Compact));
    });
    m_server.route(QStringLiteral("/v1/conflicts/<arg>"), QHttpServerRequest::Method::Post, [this](qint64 seq, const QHttpServerRequest &request) {
        auto authorised = authorise(m_store, request);
        if (auto *refused = std::get_if<QHttpServerResponse>(&authorised))
            return std::move(*refused);
        const User *user = &std::get<User>(authorised);
        auto body = jsonBody(request);
        if (auto *refused = std::get_if<QHttpServerResponse>(&body))
            return std::move(*refused);
        const QString decision = std::get<QJsonObject>(body).value(QStringLiteral("decision")).toString();
        if (const auto refused = m_store.conflictLog().decide(*user, seq, decision, Protocol::Clock::nowMs()))
            return storeAnswer(refused->message, Status(refused->status));
        qCInfo(lcHttp).noquote() << "conflict" << seq << decision << "by" << user->name;
        return QHttpServerResponse(QJsonObject{{QStringLiteral("decided"), double(seq)}});
    });

    m_server.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        // One line a request, key=value for log tools; never a body, a token or a password.
        const char *method = request.method() == QHttpServerRequest::Method::Get ? "GET"
            : request.method() == QHttpServerRequest::Method::Post               ? "POST"
                                                                                 : "OTHER";
        qCInfo(lcHttp).noquote().nospace() << "request remote=" << request.remoteAddress().toString() << " method=" << method
                                           << " path=" << request.url().path() << " status=" << int(response.statusCode())
                                           << " bytes=" << response.data().size();
        return std::move(response);
    });
}

} // namespace Posyandu::Server

// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictreview.h"

#include "syncjournal.h"
#include "synctransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Posyandu::Sync {

namespace {
QString refusal(const HttpResult &answer)
{
    if (answer.status == 0)
        return ConflictReview::tr("The server cannot be reached: %1").arg(answer.failure);
    if (answer.status == 401)
        return ConflictReview::tr("The server no longer accepts this device. Enrol it again.");
    if (answer.status == 403)
        return ConflictReview::tr("Only a supervisor can decide conflicts.");
    if (answer.status == 409)
        return ConflictReview::tr("Someone has decided this conflict already.");
    const QString words = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString();
    return ConflictReview::tr("The server refused (%1): %2").arg(answer.status).arg(words);
}
} // namespace

ConflictReview::ConflictReview(Storage::Database &db, QString token)
    : m_db(db)
    , m_token(std::move(token))
{
}

Result<QList<ConflictItem>> ConflictReview::open()
{
    auto account = SyncJournal(m_db).account();
    if (!account)
        return account.error();
    if (!account.value().isEnrolled())
        return Error{tr("This device is not connected to a server yet."), {}};
    SyncTransport transport(account.value(), m_token);
    // A list cut or damaged on the way, or a busy server, is asked for again (reading changes nothing).
    auto damaged = [](const HttpResult &r) {
        return r.status == 200 && !QJsonDocument::fromJson(r.body).object().value(QStringLiteral("conflicts")).isArray();
    };
    const HttpResult answer = SyncTransport::askAgainWhileTransient([&] { return transport.get(QStringLiteral("/v1/conflicts")); }, damaged);
    if (damaged(answer))
        return Error{tr("The server's list of conflicts could not be read."), {}};
    const QJsonDocument listed = QJsonDocument::fromJson(answer.body);
    if (answer.status != 200)
        return Error{refusal(answer), {}};
    QList<ConflictItem> items;
    for (const QJsonValue &v : listed.object().value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject o = v.toObject();
        items.append({qint64(o.value(QStringLiteral("seq")).toDouble()), o.value(QStringLiteral("entity")).toString(),
                      o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("field")).toString(),
                      o.value(QStringLiteral("kept")).toString(), o.value(QStringLiteral("other")).toString(),
                      o.value(QStringLiteral("at")).toString(), o.value(QStringLiteral("posyandu")).toString()});
    }
    return items;
}

Result<void> ConflictReview::decide(qint64 seq, bool useOther)
{
    auto account = SyncJournal(m_db).account();
    if (!account)
        return account.error();
    SyncTransport transport(account.value(), m_token);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("decision"), useOther ? QStringLiteral("use_other") : QStringLiteral("keep")}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult answer = transport.post(QStringLiteral("/v1/conflicts/%1").arg(seq), body);
    if (answer.status != 200)
        return Error{refusal(answer), {}};
    return {};
}

} // namespace Posyandu::Sync

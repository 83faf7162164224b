// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictreview.h"

#include "backoff.h"
#include "syncjournal.h"
#include "synctransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

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
    constexpr int kAttempts = 3;
    constexpr Backoff kBackoff(500, 4000);
    HttpResult answer;
    QJsonDocument listed;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(kBackoff.delayMs(attempt - 1, QRandomGenerator::global()->generate(), answer.retryAfterSeconds));
        answer = transport.get(QStringLiteral("/v1/conflicts"));
        listed = QJsonDocument::fromJson(answer.body);
        const bool damaged = answer.status == 200 && !listed.object().value(QStringLiteral("conflicts")).isArray();
        if (!answer.transient() && !damaged)
            break;
        if (damaged && attempt == kAttempts - 1)
            return Error{tr("The server's list of conflicts could not be read."), {}};
    }
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

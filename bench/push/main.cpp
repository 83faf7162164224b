// SPDX-License-Identifier: GPL-3.0-or-later
// bench_push: how long one push holds the real posyandu-server, for the
// worst batches a careless or hostile device may send (sync robustness,
// "Bounded work per request"). A hand-made client posts each batch to
// /v1/sync/push on 127.0.0.1 and times the answer; every batch is at the
// protocol's limit of 500 mutations:
//
//   inserts      500 new households (the ordinary case, for scale)
//   one record   500 updates of one household by another device, every field
//                in conflict
//   conflicts    updates of 500 households by another device, every field in
//                conflict
//   refused      500 changes the validator refuses (a NUL in a name)
//
// It prints the median and maximum of --runs batches of each kind and the
// conflict rows each kind wrote (at most one a field of a record a batch).
//
// bench_push [--runs 5]
// On PostgreSQL: POSYANDU_TEST_BACKEND=postgres tests/with_postgres.sh build/release/bench/bench_push
#include "hybridlogicalclock.h"
#include "serverprocess.h"
#include "syncfixtures.h"
#include "syncschema.h"
#include "wiremessages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>

using namespace Posyandu;
using namespace Posyandu::Protocol;

namespace {
const QByteArray kPassword("bench-password");

struct Client {
    QString deviceId;
    QString token;
    qint64 opSeq = 0;
};

QNetworkAccessManager *g_network = nullptr;

std::pair<int, QByteArray> post(const QString &url, const QByteArray &body, const QString &token = {})
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = g_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return {status, answer};
}

QString uuid(quint64 n)
{
    return QStringLiteral("0190b000-0000-7000-8000-%1").arg(n, 12, 16, QLatin1Char('0'));
}

QJsonObject stamped(const QJsonObject &fields, const QString &node, qint64 millis)
{
    QJsonObject hlc;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        hlc.insert(it.key(), HlcStamp{millis, 0, node}.toString());
    return hlc;
}

QJsonObject household(const QString &posyanduId, const QString &tag)
{
    return {{QStringLiteral("posyandu_id"), posyanduId},
            {QStringLiteral("kk_number"), QStringLiteral("3578010101900001")},
            {QStringLiteral("head_name"), QStringLiteral("Kepala %1").arg(tag)},
            {QStringLiteral("address"), QStringLiteral("Jl. Melati %1").arg(tag)},
            {QStringLiteral("rt"), QStringLiteral("001")},
            {QStringLiteral("rw"), QStringLiteral("002")},
            {QStringLiteral("dusun"), QStringLiteral("Dusun %1").arg(tag)},
            {QStringLiteral("village_code"), QStringLiteral("3578010001")},
            {QStringLiteral("dasawisma"), QStringLiteral("Dasawisma %1").arg(tag)}};
}

struct Figures {
    QList<double> ms;
    qint64 conflictRows = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager network;
    g_network = &network;
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    Test::ServerProcess server(QStringLiteral(POSYANDU_SERVER));
    for (const char *user : {"benchA", "benchB"})
        if (!server.addUser(QString::fromLatin1(user), QStringLiteral("cadre"), QStringLiteral("PSY-001"), kPassword)) {
            std::fprintf(stderr, "bench_push: cannot add users: %s\n", qPrintable(server.error()));
            return 1;
        }
    if (!server.start()) {
        std::fprintf(stderr, "bench_push: the server did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    auto enrol = [&](const char *user) {
        const auto [status, body] =
            post(server.url() + QStringLiteral("/v1/devices"),
                 QStringLiteral(R"({"user":"%1","password":"%2"})").arg(QLatin1String(user), QLatin1String(kPassword)).toUtf8());
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        return Client{o.value(QStringLiteral("device_id")).toString(), o.value(QStringLiteral("token")).toString()};
    };
    Client a = enrol("benchA");
    Client b = enrol("benchB");
    if (a.token.isEmpty() || b.token.isEmpty()) {
        std::fprintf(stderr, "bench_push: enrolment failed\n");
        return 1;
    }
    const QString posyandu = SyncSchema::registeredPosyanduId(QStringLiteral("PSY-001"));
    quint64 next = 1;
    qint64 clock = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    auto conflictRows = [&] { return Test::serverScalar(server, QStringLiteral("SELECT count(*) FROM conflict")).toLongLong(); };

    auto timed = [&](Client &client, QList<Mutation> mutations, Figures &figures) {
        PushBatch batch{kSchemaVersion, client.deviceId, ++client.opSeq, std::move(mutations)};
        const QByteArray body = WireCodec::encode(batch);
        const qint64 before = conflictRows();
        QElapsedTimer timer;
        timer.start();
        const auto [status, answer] = post(server.url() + QStringLiteral("/v1/sync/push"), body, client.token);
        figures.ms.append(timer.nsecsElapsed() / 1e6);
        figures.conflictRows = std::max(figures.conflictRows, conflictRows() - before);
        if (status != 200)
            std::fprintf(stderr, "bench_push: HTTP %d: %s\n", status, answer.left(200).constData());
    };
    auto insertsOf = [&](int count, QStringList *ids) {
        QList<Mutation> list;
        for (int i = 0; i < count; ++i) {
            const QString id = uuid(next++);
            ids->append(id);
            const QJsonObject fields = household(posyandu, QString::number(i));
            list.append({uuid(next++), QStringLiteral("household"), id, QStringLiteral("insert"), fields, stamped(fields, a.deviceId, ++clock),
                         std::nullopt});
        }
        return list;
    };
    auto conflictingUpdate = [&](const QString &id, int round) {
        const QJsonObject fields = household(posyandu, QStringLiteral("B%1").arg(round));
        return Mutation{uuid(next++), QStringLiteral("household"),          id,          QStringLiteral("update"),
                        fields,       stamped(fields, b.deviceId, ++clock), std::nullopt};
    };

    Figures inserts, oneRecord, conflicts, refused;
    for (int run = 0; run < runs; ++run) {
        QStringList ids;
        timed(a, insertsOf(500, &ids), inserts);
        QList<Mutation> same;
        for (int i = 0; i < 500; ++i)
            same.append(conflictingUpdate(ids.first(), run * 1000 + i));
        timed(b, same, oneRecord);
        QList<Mutation> many;
        for (const QString &id : ids)
            many.append(conflictingUpdate(id, run));
        timed(b, many, conflicts);
        QList<Mutation> bad;
        for (int i = 0; i < 500; ++i) {
            QJsonObject fields = household(posyandu, QString::number(i));
            fields.insert(QStringLiteral("head_name"), QString(QStringLiteral("Bu") + QChar(0) + QStringLiteral("di")));
            bad.append({uuid(next++), QStringLiteral("household"), uuid(next++), QStringLiteral("insert"), fields,
                        stamped(fields, a.deviceId, ++clock), std::nullopt});
        }
        timed(a, bad, refused);
    }
    std::printf("bench_push: one push of 500 mutations, %d runs each, server on %s (round trip on 127.0.0.1)\n", runs,
                qPrintable(Test::ServerProcess::backend()));
    std::printf("%-12s %10s %10s %14s\n", "batch", "median ms", "max ms", "conflict rows");
    for (const auto &[name, f] :
         {std::pair{"inserts", &inserts}, std::pair{"one record", &oneRecord}, std::pair{"conflicts", &conflicts}, std::pair{"refused", &refused}}) {
        QList<double> sorted = f->ms;
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-12s %10.1f %10.1f %14lld\n", name, sorted.at(sorted.size() / 2), sorted.last(), static_cast<long long>(f->conflictRows));
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// posyandu-server as a real process on 127.0.0.1 (a free port): user
// management from the command line, /v1/hello, device enrolment and push
// (applied once under retries, kept to the device's Posyandu, merged by
// HLC), with wrong passwords, tokens and schemas, malformed and oversized
// bodies, and no secret in its logs or its store.
#include "gzip.h"
#include "syncschema.h"
#include "wiremessages.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;

    struct Run {
        int exitCode;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(POSYANDU_SERVER), QStringList{QStringLiteral("--database"), m_db} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }

    struct Reply {
        int status;
        QJsonObject body;
    };
    Reply request(const QString &path, const QByteArray &body = {}, bool post = false, bool gzip = false, const QString &token = {})
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (gzip)
            req.setRawHeader("Content-Encoding", "gzip");
        QNetworkReply *reply = post ? m_network.post(req, gzip ? Posyandu::Protocol::Gzip::compress(body) : body) : m_network.get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        // A cadre's Posyandu must be registered first, in one village; bad registrations are refused.
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kader1"), QStringLiteral("--role"), QStringLiteral("cadre"),
                      QStringLiteral("--posyandu"), QStringLiteral("PSY-07")},
                     "rahasia-123\n")
                     .exitCode,
                 1); // not registered
        const QStringList add{QStringLiteral("posyandu"), QStringLiteral("add"), QStringLiteral("PSY-07")};
        QCOMPARE(run(add + QStringList{QStringLiteral("--village"), QStringLiteral("3578010001")}).exitCode, 2); // no --name
        QCOMPARE(
            run(add + QStringList{QStringLiteral("--village"), QStringLiteral("35780"), QStringLiteral("--name"), QStringLiteral("Melati")}).exitCode,
            1); // not 10 digits
        QCOMPARE(
            run(add
                + QStringList{QStringLiteral("--village"), QStringLiteral("3578010001"), QStringLiteral("--name"), QStringLiteral("Melati\x1b[31m")})
                .exitCode,
            1); // a control character
        QCOMPARE(
            run(add
                + QStringList{QStringLiteral("--village"), QStringLiteral("3578010001"), QStringLiteral("--name"), QString(200, QLatin1Char('x'))})
                .exitCode,
            1); // too long
        QCOMPARE(run(add + QStringList{QStringLiteral("--village"), QStringLiteral("3578010001"), QStringLiteral("--name"), QStringLiteral("Melati")})
                     .exitCode,
                 0);
        QCOMPARE(run(add + QStringList{QStringLiteral("--village"), QStringLiteral("3578010002"), QStringLiteral("--name"), QStringLiteral("Mawar")})
                     .exitCode,
                 1); // registered already
        QCOMPARE(run(add + QStringList{QStringLiteral("--village"), QStringLiteral("3578010001"), QStringLiteral("--name"), QStringLiteral("Mawar")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("posyandu"), QStringLiteral("add"), QStringLiteral("PSY-99"), QStringLiteral("--village"),
                      QStringLiteral("3201010001"), QStringLiteral("--name"), QStringLiteral("Lain")})
                     .exitCode,
                 0);
        {
            QProcess list;
            list.start(QStringLiteral(POSYANDU_SERVER), {QStringLiteral("--database"), m_db, QStringLiteral("posyandu"), QStringLiteral("list")});
            QVERIFY(list.waitForFinished(60000));
            QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()), QStringLiteral("PSY-07 3578010001 Melati\nPSY-99 3201010001 Lain\n"));
        }
        // Users from the command line; the password on standard input.
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kader1"), QStringLiteral("--role"), QStringLiteral("cadre"),
                      QStringLiteral("--posyandu"), QStringLiteral("PSY-07")},
                     "rahasia-123\n")
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kader1"), QStringLiteral("--role"), QStringLiteral("cadre"),
                      QStringLiteral("--posyandu"), QStringLiteral("PSY-07")},
                     "lain-lain-123\n")
                     .exitCode,
                 1); // exists
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kader2"), QStringLiteral("--role"), QStringLiteral("cadre"),
                      QStringLiteral("--posyandu"), QStringLiteral("PSY-07")},
                     "pendek\n")
                     .exitCode,
                 1); // password too short
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kader3"), QStringLiteral("--role"), QStringLiteral("cadre")},
                     "rahasia-123\n")
                     .exitCode,
                 1); // a cadre needs a Posyandu
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("king")},
                     "rahasia-123\n")
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--listen"), QStringLiteral("nowhere")}).exitCode, 2);

        m_server.start(QStringLiteral(POSYANDU_SERVER),
                       {QStringLiteral("--database"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on 127.0.0.1:")), qPrintable(line));
        m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(m_port > 0);
    }

    void hello()
    {
        const Reply r = request(QStringLiteral("/v1/hello"));
        QCOMPARE(r.status, 200);
        QVERIFY(qAbs(qint64(r.body.value(QStringLiteral("server_time_ms")).toDouble()) - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QVERIFY(r.body.value(QStringLiteral("schema_versions")).toArray().contains(Posyandu::Protocol::kSchemaVersion));
        QCOMPARE(request(QStringLiteral("/v1/nothing")).status, 404);
    }

    void pushAppliesOnceAndKeepsToItsScope()
    {
        using namespace Posyandu::Protocol;
        const Reply enrolled = request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"rahasia-123"})", true);
        QVERIFY2(enrolled.status == 201, qPrintable(QString::number(enrolled.status) + QJsonDocument(enrolled.body).toJson()));
        const QString token = enrolled.body.value(QStringLiteral("token")).toString();
        const QString device = enrolled.body.value(QStringLiteral("device_id")).toString();
        auto uuid = [](int n) { return QStringLiteral("0190a000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); };
        auto stamp = [&](int n) {
            return QStringLiteral("%1-00000-%2").arg(QDateTime::currentMSecsSinceEpoch() - 60000 + n, 18, 10, QLatin1Char('0')).arg(device);
        };
        // Whole records: every field the synced schema requires on insert.
        auto posyandu = [](const QString &code) {
            return QJsonObject{{QStringLiteral("code"), code},
                               {QStringLiteral("name"), QStringLiteral("Melati")},
                               {QStringLiteral("village_code"), QStringLiteral("3578010001")}};
        };
        auto household = [](const QString &posyanduId) {
            return QJsonObject{{QStringLiteral("posyandu_id"), posyanduId},
                               {QStringLiteral("head_name"), QStringLiteral("Budi")},
                               {QStringLiteral("rt"), QStringLiteral("003")},
                               {QStringLiteral("rw"), QStringLiteral("001")},
                               {QStringLiteral("village_code"), QStringLiteral("3578010001")}};
        };
        auto member = [](const QString &householdId) {
            return QJsonObject{{QStringLiteral("household_id"), householdId},
                               {QStringLiteral("name"), QStringLiteral("Ahmad")},
                               {QStringLiteral("sex"), QStringLiteral("L")},
                               {QStringLiteral("birth_date"), QStringLiteral("2024-05-01")},
                               {QStringLiteral("relationship"), QStringLiteral("anak")}};
        };
        auto insert = [&](int op, const QString &entity, int id, const QJsonObject &fields) {
            QJsonObject hlc;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                hlc.insert(it.key(), stamp(op));
            return Mutation{uuid(op), entity, uuid(id), QStringLiteral("insert"), fields, hlc, std::nullopt};
        };
        PushBatch first{kSchemaVersion,
                        device,
                        1,
                        {insert(101, QStringLiteral("posyandu"), 1, posyandu(QStringLiteral("PSY-07"))),
                         insert(102, QStringLiteral("household"), 2, household(uuid(1))), insert(103, QStringLiteral("member"), 3, member(uuid(2)))}};
        auto post = [&](const PushBatch &batch, const QString &bearer) {
            return request(QStringLiteral("/v1/sync/push"), WireCodec::encode(batch), true, true, bearer);
        };
        const Reply applied = post(first, token);
        QCOMPARE(applied.status, 200);
        const QJsonArray acks = applied.body.value(QStringLiteral("acks")).toArray();
        QCOMPARE(acks.size(), 3);
        for (const QJsonValue &a : acks)
            QCOMPARE(a.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(acks.at(2).toObject().value(QStringLiteral("server_ver")).toInt()
                > acks.at(0).toObject().value(QStringLiteral("server_ver")).toInt());
        // The same batch again (a lost response, a retry): the same acks, nothing applied twice.
        const Reply replay = post(first, token);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, applied.body);

        // Another Posyandu's records, and a member of a household the server never saw: refused, each with its reason.
        PushBatch second{kSchemaVersion,
                         device,
                         2,
                         {insert(201, QStringLiteral("posyandu"), 9, posyandu(QStringLiteral("PSY-99"))),
                          insert(202, QStringLiteral("member"), 10, member(uuid(77)))}};
        const QJsonArray refused = post(second, token).body.value(QStringLiteral("acks")).toArray();
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(refused.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("Posyandu")));
        QVERIFY(refused.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("unknown")));

        // An edit made elsewhere (another node's stamp) without seeing the server's version of the field: merged by HLC, logged.
        // (The same device's own older stamp would simply be dropped: it saw its own later write.)
        Mutation edit{uuid(301),
                      QStringLiteral("household"),
                      uuid(2),
                      QStringLiteral("update"),
                      {{QStringLiteral("rt"), QStringLiteral("004")}},
                      {{QStringLiteral("rt"), QString(stamp(1)).replace(device, uuid(900))}},
                      std::nullopt};
        const QJsonArray merged = post(PushBatch{kSchemaVersion, device, 3, {edit}}, token).body.value(QStringLiteral("acks")).toArray();
        QCOMPARE(merged.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("merged"));

        // Pull: pages of the device's Posyandu in server order, resumable from each page's cursor.
        auto pull = [&](const QString &query, const QString &bearer) {
            QNetworkRequest pr(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/sync/pull?%2").arg(m_port).arg(query)));
            pr.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
            QNetworkReply *reply = m_network.get(pr);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const auto page = WireCodec::decodePullPage(reply->readAll());
            reply->deleteLater();
            return std::pair{status, page};
        };
        // The pushing device holds all of it already (its own changes, taken whole): its pull skips them, the cursor moves
        // on. It gets only the registered Posyandu (version 1; PSY-99's registration is version 2, another scope).
        const QString registered = SyncSchema::registeredPosyanduId(QStringLiteral("PSY-07"));
        auto [ownStatus, ownPage] = pull(QStringLiteral("since=0&limit=2"), token);
        QCOMPARE(ownStatus, 200);
        QCOMPARE(std::get<PullPage>(ownPage).changes.size(), 1);
        QCOMPARE(std::get<PullPage>(ownPage).changes.first().id, registered);
        QVERIFY(!std::get<PullPage>(ownPage).hasMore);
        QCOMPARE(std::get<PullPage>(ownPage).nextCursor, QStringLiteral("5"));
        // A second laptop of the same Posyandu gets everything.
        const QString reader = request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"rahasia-123"})", true)
                                   .body.value(QStringLiteral("token"))
                                   .toString();
        auto [status, firstPage] = pull(QStringLiteral("since=0&limit=3"), reader);
        QCOMPARE(status, 200);
        QVERIFY(std::holds_alternative<PullPage>(firstPage));
        const PullPage &one = std::get<PullPage>(firstPage);
        QCOMPARE(one.changes.size(), 3);
        QVERIFY(one.hasMore);
        QCOMPARE(one.changes.at(0).id, registered);
        QCOMPARE(one.changes.at(1).entity, QStringLiteral("posyandu"));
        auto [status2, secondPage] = pull(QStringLiteral("since=") + one.nextCursor + QStringLiteral("&limit=2"), reader);
        QCOMPARE(status2, 200);
        const PullPage &two = std::get<PullPage>(secondPage);
        QCOMPARE(two.changes.size(), 1);
        QVERIFY(!two.hasMore);
        QCOMPARE(two.changes.first().entity, QStringLiteral("member"));
        // The late edit lost to the newer stored value (logged, no new version): the household still says 003.
        QCOMPARE(one.changes.at(2).fields.value(QStringLiteral("rt")).toString(), QStringLiteral("003"));
        // A cadre of another Posyandu sees none of it.
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kader9"), QStringLiteral("--role"), QStringLiteral("cadre"),
                      QStringLiteral("--posyandu"), QStringLiteral("PSY-99")},
                     "rahasia-999\n")
                     .exitCode,
                 0);
        const QString other = request(QStringLiteral("/v1/devices"), R"({"user":"kader9","password":"rahasia-999"})", true)
                                  .body.value(QStringLiteral("token"))
                                  .toString();
        auto [status3, foreign] = pull(QStringLiteral("since=0"), other);
        QCOMPARE(status3, 200);
        QCOMPARE(std::get<PullPage>(foreign).changes.size(), 1); // its own registered Posyandu only
        QCOMPARE(std::get<PullPage>(foreign).changes.first().id, SyncSchema::registeredPosyanduId(QStringLiteral("PSY-99")));
        QCOMPARE(pull(QStringLiteral("since=abc"), token).first, 400);
        QCOMPARE(pull(QStringLiteral("since=0&limit=0"), token).first, 400);
        QCOMPARE(pull(QStringLiteral("since=0"), QStringLiteral("nope")).first, 401);

        // Bad requests: no token, another device's batch, an old schema, a malformed body.
        QCOMPARE(post(PushBatch{kSchemaVersion, device, 4, {}}, QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(post(PushBatch{kSchemaVersion, uuid(5), 4, {}}, token).status, 403);
        QCOMPARE(post(PushBatch{kSchemaVersion - 1, device, 4, {}}, token).status, 426);
        QCOMPARE(request(QStringLiteral("/v1/sync/push"), "{", true, false, token).status, 400);

        // A careless or hostile device (docs/sync-protocol.md, "Field limits"): each bad change is refused with its
        // code, and the good changes of the same batch are applied.
        auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        auto update = [&](int op, const QString &entity, int id, const QJsonObject &fields) {
            Mutation m = insert(op, entity, id, fields);
            m.op = QStringLiteral("update");
            return m;
        };
        const QString nfd = QStringLiteral("Jose") + QChar(0x0301); // "José" with a combining accent
        const QList<std::pair<Mutation, QString>> hostile = {
            {insert(401, QStringLiteral("household"), 501, household(uuid(1))), QStringLiteral("applied")},
            {insert(402, QStringLiteral("secret_table"), 502, household(uuid(1))), QStringLiteral("unknown_entity")},
            {insert(403, QStringLiteral("household"), 503, with(household(uuid(1)), QStringLiteral("is_admin"), 1)), QStringLiteral("unknown_field")},
            {insert(404, QStringLiteral("household"), 504,
                    with(household(uuid(1)), QStringLiteral("head_name"), QJsonObject{{QStringLiteral("x"), 1}})),
             QStringLiteral("wrong_type")},
            {insert(405, QStringLiteral("household"), 505, with(household(uuid(1)), QStringLiteral("head_name"), QString(101, QLatin1Char('a')))),
             QStringLiteral("too_long")},
            {insert(406, QStringLiteral("household"), 506,
                    with(household(uuid(1)), QStringLiteral("head_name"), QString(QStringLiteral("Bu") + QChar(0) + QStringLiteral("di")))),
             QStringLiteral("control_character")},
            {insert(407, QStringLiteral("household"), 507, with(household(uuid(1)), QStringLiteral("rw"), QJsonValue(QJsonValue::Undefined))),
             QStringLiteral("missing_required")},
            {insert(408, QStringLiteral("member"), 508, with(member(uuid(2)), QStringLiteral("sex"), QStringLiteral("X"))),
             QStringLiteral("not_in_code_list")},
            {insert(409, QStringLiteral("member"), 509, with(member(uuid(2)), QStringLiteral("birth_date"), QStringLiteral("2024-02-30"))),
             QStringLiteral("bad_date")},
            {update(410, QStringLiteral("household"), 2, {{QStringLiteral("address"), QJsonValue::Null}}), QStringLiteral("missing_required")},
            {insert(411, QStringLiteral("household"), 511, with(household(uuid(1)), QStringLiteral("head_name"), QString(70000, QLatin1Char('b')))),
             QStringLiteral("record_too_big")},
            {insert(412, QStringLiteral("member"), 512, with(member(uuid(2)), QStringLiteral("name"), nfd)), QStringLiteral("applied")},
        };
        PushBatch hostileBatch{kSchemaVersion, device, 4, {}};
        for (const auto &[m, expected] : hostile)
            hostileBatch.mutations.append(m);
        const Reply answered = post(hostileBatch, token);
        QCOMPARE(answered.status, 200);
        const QJsonArray hostileAcks = answered.body.value(QStringLiteral("acks")).toArray();
        QCOMPARE(hostileAcks.size(), hostile.size());
        for (int i = 0; i < hostile.size(); ++i) {
            const QJsonObject ack = hostileAcks.at(i).toObject();
            const QString &expected = hostile.at(i).second;
            if (expected == QLatin1String("applied")) {
                QCOMPARE(ack.value(QStringLiteral("status")).toString(), expected);
            } else {
                QCOMPARE(ack.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
                const QString reason = ack.value(QStringLiteral("reason")).toString();
                QVERIFY2(reason.startsWith(expected + QLatin1Char(':')), qPrintable(expected + QStringLiteral(" expected, got: ") + reason));
                QVERIFY2(reason.size() < 300, qPrintable(reason.left(300))); // never the value itself
            }
        }
        // What was applied reaches the other laptop, its text in NFC; what was refused does not.
        auto [status4, all] = pull(QStringLiteral("since=0&limit=500"), reader);
        QCOMPARE(status4, 200);
        QStringList ids;
        for (const Change &c : std::get<PullPage>(all).changes) {
            ids.append(c.id);
            if (c.id == uuid(512))
                QCOMPARE(c.fields.value(QStringLiteral("name")).toString(), nfd.normalized(QString::NormalizationForm_C));
            if (c.id == uuid(2))
                QVERIFY(!c.fields.value(QStringLiteral("address")).isNull());
        }
        QVERIFY(ids.contains(uuid(501)));
        QVERIFY(ids.contains(uuid(512)));
        for (int id : {502, 503, 504, 505, 506, 507, 508, 509, 511})
            QVERIFY2(!ids.contains(uuid(id)), qPrintable(QString::number(id)));

        // The cadre's device cannot move its Posyandu (docs/sync-protocol.md, "Scope"): a new village code or code
        // on the registered record, or on its own second record, is answered with the registry's values, stamped
        // after the device's, so its laptop takes them back; the registered record cannot be deleted; its name can change.
        auto changeOf = [&](int op, const QString &id, const QJsonObject &fields) {
            QJsonObject hlc;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                hlc.insert(it.key(), stamp(op));
            return Mutation{uuid(op), QStringLiteral("posyandu"), id, QStringLiteral("update"), fields, hlc, std::nullopt};
        };
        Mutation removal = changeOf(604, registered, {{QString(), QString()}});
        removal.op = QStringLiteral("delete");
        removal.fields = {};
        removal.hlc = {{QString(), stamp(604)}};
        Mutation rename = changeOf(603, registered, {{QStringLiteral("name"), QStringLiteral("Posyandu Melati Baru")}});
        rename.hlc = {
            {QStringLiteral("name"), QStringLiteral("%1-00000-%2").arg(QDateTime::currentMSecsSinceEpoch(), 18, 10, QLatin1Char('0')).arg(device)}};
        PushBatch moving{
            kSchemaVersion,
            device,
            5,
            {changeOf(601, registered, {{QStringLiteral("village_code"), QStringLiteral("3201010001")}}),
             changeOf(602, uuid(1), {{QStringLiteral("code"), QStringLiteral("PSY-99")}, {QStringLiteral("name"), QStringLiteral("Dipindah")}}),
             rename, removal}};
        const QJsonArray movingAcks = post(moving, token).body.value(QStringLiteral("acks")).toArray();
        QCOMPARE(movingAcks.size(), 4);
        for (int i : {0, 1}) {
            QCOMPARE(movingAcks.at(i).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
            QVERIFY(movingAcks.at(i).toObject().value(QStringLiteral("reason")).toString().startsWith(QLatin1String("registered_field:")));
            QVERIFY(!movingAcks.at(i).toObject().value(QStringLiteral("current")).toBool()); // the device must pull the registry's value
        }
        QVERIFY(movingAcks.at(2).toObject().value(QStringLiteral("reason")).toString().isEmpty()); // a new name is the cadre's to give
        QVERIFY(movingAcks.at(3).toObject().value(QStringLiteral("reason")).toString().startsWith(QLatin1String("registered_posyandu:")));
        auto [ownStatus2, corrected] = pull(QStringLiteral("since=5&limit=500"), token);
        QCOMPARE(ownStatus2, 200);
        QHash<QString, Change> posyanduNow;
        for (const Change &c : std::get<PullPage>(corrected).changes)
            if (c.entity == QLatin1String("posyandu"))
                posyanduNow.insert(c.id, c);
        QCOMPARE(posyanduNow.value(registered).fields.value(QStringLiteral("village_code")).toString(), QStringLiteral("3578010001"));
        QVERIFY(posyanduNow.value(registered).hlc.value(QStringLiteral("village_code")).toString().endsWith(QLatin1String("-server")));
        QVERIFY(!posyanduNow.value(registered).deleted);
        QCOMPARE(posyanduNow.value(registered).fields.value(QStringLiteral("name")).toString(), QStringLiteral("Posyandu Melati Baru"));
        QCOMPARE(posyanduNow.value(uuid(1)).fields.value(QStringLiteral("code")).toString(), QStringLiteral("PSY-07"));
        QCOMPARE(posyanduNow.value(uuid(1)).fields.value(QStringLiteral("name")).toString(), QStringLiteral("Dipindah"));
        // PSY-99's cadre still sees nothing of PSY-07.
        auto [status5, stillForeign] = pull(QStringLiteral("since=0"), other);
        QCOMPARE(status5, 200);
        for (const Change &c : std::get<PullPage>(stillForeign).changes)
            QCOMPARE(c.fields.value(QStringLiteral("code")).toString(), QStringLiteral("PSY-99"));
    }

    void enrolment()
    {
        const Reply wrong = request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"salah-salah"})", true);
        QCOMPARE(wrong.status, 401);
        const Reply unknown = request(QStringLiteral("/v1/devices"), R"({"user":"siapa","password":"rahasia-123"})", true);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.body.value(QStringLiteral("error")), wrong.body.value(QStringLiteral("error"))); // names are not revealed
        QCOMPARE(request(QStringLiteral("/v1/devices"), "not json", true).status, 400);
        QCOMPARE(request(QStringLiteral("/v1/devices"), R"({"user":"kader1"})", true).status, 400);
        QCOMPARE(request(QStringLiteral("/v1/devices"), QByteArray("\x1f\x8b garbage"), true, false).status, 400);
        QCOMPARE(request(QStringLiteral("/v1/devices"), QByteArray(2 * 1024 * 1024, 'x'), true).status, 413);

        const Reply ok = request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"rahasia-123","device_name":"laptop"})", true, true);
        QCOMPARE(ok.status, 201); // a gzip body, as the client sends them
        const QString token = ok.body.value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(ok.body.value(QStringLiteral("scope")).toString(), QStringLiteral("PSY-07"));
        QCOMPARE(ok.body.value(QStringLiteral("role")).toString(), QStringLiteral("cadre"));
        const Reply second = request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"rahasia-123"})", true); // no device name
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body.value(QStringLiteral("token")).toString().size(), 43);
        QVERIFY(second.body.value(QStringLiteral("token")).toString() != token);

        // One device or none (docs/sync-protocol.md, "Enrolment and tokens"): a laptop that records another
        // Posyandu is refused before any device exists; the same request resent (its answer lost) gets the same
        // device with a new token, the first token no longer works; an enrolment id is not a user's to reuse.
        auto devices = [&] {
            QProcess list;
            list.start(QStringLiteral(POSYANDU_SERVER), {QStringLiteral("--database"), m_db, QStringLiteral("device"), QStringLiteral("list")});
            list.waitForFinished(60000);
            return QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        const qsizetype before = devices().size();
        const Reply elsewhere =
            request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"rahasia-123","posyandu_codes":["PSY-01","PSY-02"]})", true);
        QCOMPARE(elsewhere.status, 403);
        QCOMPARE(elsewhere.body.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_posyandu"));
        QCOMPARE(elsewhere.body.value(QStringLiteral("scope")).toString(), QStringLiteral("PSY-07"));
        QCOMPARE(devices().size(), before);
        const QByteArray once = QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("kader1")},
                                                          {QStringLiteral("password"), QStringLiteral("rahasia-123")},
                                                          {QStringLiteral("device_name"), QStringLiteral("Laptop\n\x1b[31mpalsu\"x")},
                                                          {QStringLiteral("posyandu_codes"), QJsonArray{QStringLiteral("PSY-07")}},
                                                          {QStringLiteral("enrolment_id"), QStringLiteral("0190a000-0000-7000-8000-0000000000ee")}})
                                    .toJson();
        const Reply lost = request(QStringLiteral("/v1/devices"), once, true);
        const Reply resent = request(QStringLiteral("/v1/devices"), once, true);
        QCOMPARE(lost.status, 201);
        QCOMPARE(resent.status, 201);
        QCOMPARE(resent.body.value(QStringLiteral("device_id")), lost.body.value(QStringLiteral("device_id")));
        QCOMPARE(devices().size(), before + 1);
        const QString resentToken = resent.body.value(QStringLiteral("token")).toString();
        QVERIFY(resentToken != lost.body.value(QStringLiteral("token")).toString());
        QCOMPARE(request(QStringLiteral("/v1/sync/pull?since=0"), {}, false, false, lost.body.value(QStringLiteral("token")).toString()).status, 401);
        QCOMPARE(request(QStringLiteral("/v1/sync/pull?since=0"), {}, false, false, resentToken).status, 200);
        const Reply stolen = request(QStringLiteral("/v1/devices"),
                                     R"({"user":"kader9","password":"rahasia-999","enrolment_id":"0190a000-0000-7000-8000-0000000000ee"})", true);
        QCOMPARE(stolen.status, 409);
        QCOMPARE(request(QStringLiteral("/v1/devices"), R"({"user":"kader1","password":"rahasia-123","enrolment_id":"not-a-uuid"})", true).status,
                 400);
        QCOMPARE(devices().size(), before + 1);
        // device list: one line a device, its name escaped (no forged line, no colour), enrolled and last seen.
        const QStringList listed = devices();
        const QString line = listed.filter(lost.body.value(QStringLiteral("device_id")).toString()).value(0);
        QVERIFY2(line.contains(QLatin1String(" kader1 \"Laptop\\x0a\\x1b[31mpalsu\\\"x\" enrolled 20")), qPrintable(line));
        QVERIFY2(QRegularExpression(QStringLiteral(" last-seen 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ revoked -$")).match(line).hasMatch(),
                 qPrintable(line));
        for (const QString &l : listed)
            QVERIFY2(!l.contains(QChar(0x1b)), qPrintable(l));

        // Secrets appear neither in the store's file nor in the server's log.
        m_server.kill();
        m_server.waitForFinished(10000);
        QFile store(m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY(store.open(QIODevice::ReadOnly));
        QByteArray bytes = store.readAll();
        QFile wal(m_dir.filePath(QStringLiteral("server.sqlite-wal")));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains("rahasia-123"));
        QVERIFY(bytes.contains("$argon2id$"));
        const QByteArray log = m_server.readAllStandardError();
        QVERIFY(log.contains("method=POST path=/v1/devices status=201"));
        QVERIFY(!log.contains(token.toUtf8()));
        QVERIFY(!log.contains("rahasia"));
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"

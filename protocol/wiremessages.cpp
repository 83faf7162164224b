// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiremessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Posyandu::Protocol {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> parseObject(const QByteArray &json, QString &error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        error = QStringLiteral("not a JSON object (%1)").arg(parse.errorString());
        return std::nullopt;
    }
    return doc.object();
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

// Stamps on the wire: most changes stamp every field alike (one save), so the
// object collapses to one string; a decoder expands it again. Either form is
// valid from any peer.
QJsonValue packStamps(const QJsonObject &stamps)
{
    if (stamps.isEmpty())
        return stamps;
    const QJsonValue first = *stamps.constBegin();
    for (const QJsonValue &v : stamps)
        if (v != first)
            return stamps;
    return first;
}

QJsonObject unpackStamps(const QJsonValue &wire, const QJsonObject &fields)
{
    if (!wire.isString())
        return wire.toObject();
    QJsonObject stamps;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        stamps.insert(it.key(), wire);
    return stamps;
}

// A whole number carried as a JSON number (doubles hold integers up to 2^53 exactly).
std::optional<qint64> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < 0 || d > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}
} // namespace

bool WireCodec::isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QByteArray WireCodec::encode(const PushBatch &batch)
{
    QJsonArray mutations;
    for (const Mutation &m : batch.mutations) {
        QJsonObject o{{QStringLiteral("op_id"), m.opId}, {QStringLiteral("entity"), m.entity}, {QStringLiteral("id"), m.id},
                      {QStringLiteral("op"), m.op},      {QStringLiteral("fields"), m.fields}, {QStringLiteral("hlc"), packStamps(m.hlc)}};
        if (m.base)
            o.insert(QStringLiteral("base"), double(*m.base));
        mutations.append(o);
    }
    return compact({{QStringLiteral("schema_version"), batch.schemaVersion},
                    {QStringLiteral("device_id"), batch.deviceId},
                    {QStringLiteral("op_seq"), double(batch.opSeq)},
                    {QStringLiteral("mutations"), mutations}});
}

Decoded<PushBatch> WireCodec::decodePushBatch(const QByteArray &json)
{
    QString error;
    const auto root = parseObject(json, error);
    if (!root)
        return error;
    PushBatch batch;
    const auto schema = integer(root->value(QStringLiteral("schema_version")));
    const auto seq = integer(root->value(QStringLiteral("op_seq")));
    if (!schema)
        return QStringLiteral("schema_version is missing or not a whole number");
    if (!seq || *seq < 1)
        return QStringLiteral("op_seq must be a whole number from 1");
    batch.schemaVersion = int(*schema);
    batch.opSeq = *seq;
    batch.deviceId = root->value(QStringLiteral("device_id")).toString();
    if (!isUuid(batch.deviceId))
        return QStringLiteral("device_id is not a UUID");
    const QJsonValue list = root->value(QStringLiteral("mutations"));
    if (!list.isArray())
        return QStringLiteral("mutations must be a list");
    if (list.toArray().size() > kMaxMutationsPerBatch)
        return QStringLiteral("at most %1 mutations per batch").arg(kMaxMutationsPerBatch);
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Mutation m{o.value(QStringLiteral("op_id")).toString(),
                   o.value(QStringLiteral("entity")).toString(),
                   o.value(QStringLiteral("id")).toString(),
                   o.value(QStringLiteral("op")).toString(),
                   o.value(QStringLiteral("fields")).toObject(),
                   unpackStamps(o.value(QStringLiteral("hlc")), o.value(QStringLiteral("fields")).toObject()),
                   std::nullopt};
        const QString where = QStringLiteral("mutation %1: ").arg(index++);
        if (!v.isObject())
            return where + QStringLiteral("not an object");
        if (!isUuid(m.opId) || !isUuid(m.id))
            return where + QStringLiteral("op_id and id must be UUIDs");
        if (!isIdentifier(m.entity))
            return where + QStringLiteral("bad entity name");
        if (m.op != QLatin1String("insert") && m.op != QLatin1String("update") && m.op != QLatin1String("delete"))
            return where + QStringLiteral("op must be insert, update or delete");
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            if (!isIdentifier(it.key()))
                return where + QStringLiteral("bad field name %1").arg(it.key());
            if (!m.hlc.value(it.key()).isString())
                return where + QStringLiteral("field %1 has no HLC stamp").arg(it.key());
        }
        if (o.contains(QStringLiteral("base"))) {
            m.base = integer(o.value(QStringLiteral("base")));
            if (!m.base)
                return where + QStringLiteral("base must be a whole number");
        }
        batch.mutations.append(m);
    }
    return batch;
}

QByteArray WireCodec::encode(const PushResponse &response)
{
    QJsonArray acks;
    for (const Ack &a : response.acks) {
        QJsonObject o{
            {QStringLiteral("op_id"), a.opId}, {QStringLiteral("status"), a.status}, {QStringLiteral("server_ver"), double(a.serverVersion)}};
        if (!a.reason.isEmpty())
            o.insert(QStringLiteral("reason"), a.reason);
        if (a.current)
            o.insert(QStringLiteral("current"), true);
        acks.append(o);
    }
    return compact({{QStringLiteral("high_water"), double(response.highWater)}, {QStringLiteral("acks"), acks}});
}

Decoded<PushResponse> WireCodec::decodePushResponse(const QByteArray &json)
{
    QString error;
    const auto root = parseObject(json, error);
    if (!root)
        return error;
    PushResponse response;
    const auto highWater = integer(root->value(QStringLiteral("high_water")));
    if (!highWater || !root->value(QStringLiteral("acks")).isArray())
        return QStringLiteral("high_water and acks are required");
    response.highWater = *highWater;
    static const QStringList statuses = {QStringLiteral("applied"), QStringLiteral("merged"), QStringLiteral("conflict"), QStringLiteral("rejected")};
    for (const QJsonValue &v : root->value(QStringLiteral("acks")).toArray()) {
        const QJsonObject o = v.toObject();
        Ack a{o.value(QStringLiteral("op_id")).toString(), o.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("reason")).toString(),
              integer(o.value(QStringLiteral("server_ver"))).value_or(-1), o.value(QStringLiteral("current")).toBool()};
        if (!isUuid(a.opId) || !statuses.contains(a.status) || a.serverVersion < 0)
            return QStringLiteral("an ack lacks op_id, status or server_ver");
        response.acks.append(a);
    }
    return response;
}

QByteArray WireCodec::encode(const PullPage &page)
{
    QByteArray out;
    for (const Change &c : page.changes) {
        out += compact({{QStringLiteral("seq"), double(c.seq)},
                        {QStringLiteral("entity"), c.entity},
                        {QStringLiteral("id"), c.id},
                        {QStringLiteral("fields"), c.fields},
                        {QStringLiteral("hlc"), packStamps(c.hlc)},
                        {QStringLiteral("deleted"), c.deleted}});
        out += '\n';
    }
    out += compact({{QStringLiteral("next_cursor"), page.nextCursor}, {QStringLiteral("has_more"), page.hasMore}});
    out += '\n';
    return out;
}

Decoded<PullPage> WireCodec::decodePullPage(const QByteArray &ndjson)
{
    PullPage page;
    const QList<QByteArray> lines = ndjson.split('\n');
    // The last non-empty line must be the cursor: a page cut short on a bad link has none and is refused whole.
    qsizetype last = lines.size() - 1;
    while (last >= 0 && lines.at(last).trimmed().isEmpty())
        --last;
    if (last < 0)
        return QStringLiteral("empty page");
    QString error;
    const auto tail = parseObject(lines.at(last), error);
    if (!tail || !tail->contains(QStringLiteral("next_cursor")) || !tail->value(QStringLiteral("has_more")).isBool())
        return QStringLiteral("the page does not end with its cursor (cut short?)");
    page.nextCursor = tail->value(QStringLiteral("next_cursor")).toString();
    page.hasMore = tail->value(QStringLiteral("has_more")).toBool();
    qint64 previous = 0;
    for (qsizetype i = 0; i < last; ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const auto o = parseObject(lines.at(i), error);
        if (!o)
            return QStringLiteral("line %1: %2").arg(i + 1).arg(error);
        Change c{integer(o->value(QStringLiteral("seq"))).value_or(0),
                 o->value(QStringLiteral("entity")).toString(),
                 o->value(QStringLiteral("id")).toString(),
                 o->value(QStringLiteral("fields")).toObject(),
                 unpackStamps(o->value(QStringLiteral("hlc")), o->value(QStringLiteral("fields")).toObject()),
                 o->value(QStringLiteral("deleted")).toBool()};
        if (c.seq <= previous)
            return QStringLiteral("line %1: changes must come in increasing seq").arg(i + 1);
        if (!isIdentifier(c.entity) || !isUuid(c.id))
            return QStringLiteral("line %1: bad entity or id").arg(i + 1);
        previous = c.seq;
        page.changes.append(c);
    }
    return page;
}

} // namespace Posyandu::Protocol

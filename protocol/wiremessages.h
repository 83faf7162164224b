// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Posyandu::Protocol {

// The sync protocol's messages (docs/sync-protocol.md, "Messages") and their JSON / NDJSON forms.
// Decoding checks every field a peer could get wrong and says which, so a
// server answers a bad request in words and a client never applies half a
// page. Messages are decoded whole or not at all.

constexpr int kMaxMutationsPerBatch = 500;
// A pull page stops before its records pass this many bytes (and always
// holds at least one): with at most 64 KB a record (ChangeValidator) a page
// stays far below the 64 MB a device accepts of one answer.
constexpr qsizetype kMaxPullPageBytes = 4 * 1024 * 1024;
// The data schema both sides speak: the synced schema (protocol/syncschema.h)
// as of the store's schema 4. Later migrations that add only tables of the
// device's own (5: sync_set_aside) leave it as it is; a change to what syncs
// raises it. A push with another one is answered 426 and the device keeps its
// outbox.
constexpr int kSchemaVersion = 4;

struct Mutation {
    QString opId;               // UUIDv7 of this change (the outbox row)
    QString entity;             // table name, e.g. "household"
    QString id;                 // the record's UUIDv7
    QString op;                 // "insert", "update" or "delete"
    QJsonObject fields;         // field -> new value (empty for delete)
    QJsonObject hlc;            // field -> HLC stamp text; for delete: {"": stamp}
    std::optional<qint64> base; // server version the edit was made on
};

struct PushBatch {
    int schemaVersion = 0;
    QString deviceId;
    qint64 opSeq = 0; // increasing per device; a replay of <= the high-water mark gets the stored acks
    QList<Mutation> mutations;
};

struct Ack {
    QString opId;
    QString status; // "applied", "merged", "conflict" or "rejected"
    QString reason; // words, for rejected
    qint64 serverVersion = 0;
    // The device's copy of the record is now exactly the server's version
    // `serverVersion` (its change was taken whole and nobody else's is in
    // it): the device records that version, and its pulls skip the row.
    bool current = false;
};

struct PushResponse {
    qint64 highWater = 0;
    QList<Ack> acks;
};

struct Change {
    qint64 seq = 0; // server sequence
    QString entity;
    QString id;
    QJsonObject fields;
    QJsonObject hlc;
    bool deleted = false;
};

struct PullPage {
    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
};

// Either the decoded message or what is wrong with the bytes.
template <typename T> using Decoded = std::variant<T, QString>;

class WireCodec
{
public:
    static QByteArray encode(const PushBatch &batch);
    static Decoded<PushBatch> decodePushBatch(const QByteArray &json);
    static QByteArray encode(const PushResponse &response);
    static Decoded<PushResponse> decodePushResponse(const QByteArray &json);
    // NDJSON: one change a line, then one line {"next_cursor": .., "has_more": ..}.
    static QByteArray encode(const PullPage &page);
    static Decoded<PullPage> decodePullPage(const QByteArray &ndjson);

    static bool isUuid(const QString &text);
};

} // namespace Posyandu::Protocol

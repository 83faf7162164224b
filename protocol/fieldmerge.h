// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hybridlogicalclock.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Posyandu::Protocol {

// What the server holds of one record, field by field.
struct FieldState {
    QJsonValue value;
    HlcStamp stamp;
    qint64 changedAtVersion = 0; // server sequence of the field's last change
};

struct ServerRecord {
    QHash<QString, FieldState> fields;
    bool deleted = false;
    qint64 deletedAtVersion = 0;
};

// One change from a device, as it left the outbox.
struct IncomingChange {
    enum class Op { Insert, Update, Delete };
    Op op = Op::Update;
    QHash<QString, std::pair<QJsonValue, HlcStamp>> fields; // field -> (value, stamp)
    std::optional<qint64> baseVersion;                      // the server version the edit was made on; empty: new row
    HlcStamp deleteStamp;                                   // Delete only
};

// A field changed on both sides: both values are kept for review.
struct FieldConflict {
    QString field; // empty: the record itself (edit against delete)
    QJsonValue serverValue;
    HlcStamp serverStamp;
    QJsonValue deviceValue;
    HlcStamp deviceStamp;
    bool deviceWon = false;
};

struct MergeOutcome {
    enum class Status { Applied, Merged };
    Status status = Status::Applied;
    QHash<QString, FieldState> write; // fields to store (value, stamp); changedAtVersion left to the caller
    std::optional<bool> deleted;      // set: the record's new tombstone state
    QList<FieldConflict> conflicts;
    int clampedStamps = 0; // stamps pulled back from a clock too far ahead
};

// The per-field merge rule (docs/sync-protocol.md, "Merge rule"), as a pure function the server runs
// for every mutation (and tests run on tables of cases):
//  - a field changed only on the device since its base version is taken;
//  - a field changed on both sides goes to the greater HLC stamp (node id
//    breaks ties; the same stamp from the same device is a replay of its own
//    later edit and wins), and the conflict is logged with both values;
//  - an edit against a delete restores the record, and a delete against
//    edits made since its base keeps the record; both are logged;
//  - stamps more than `maxAheadMs` ahead of the server clock are clamped to
//    that limit, so one laptop with a wrong clock cannot win every conflict
//    for days.
class FieldMerge
{
public:
    static constexpr qint64 kMaxAheadMs = 5 * 60 * 1000;

    static MergeOutcome merge(const std::optional<ServerRecord> &server, IncomingChange change, qint64 serverNowMs, qint64 maxAheadMs = kMaxAheadMs);
};

} // namespace Posyandu::Protocol

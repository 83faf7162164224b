// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmerge.h"

namespace Posyandu::Protocol {

namespace {
bool clamp(HlcStamp &stamp, qint64 limit)
{
    if (stamp.millis <= limit)
        return false;
    stamp.millis = limit;
    return true;
}
} // namespace

MergeOutcome FieldMerge::merge(const std::optional<ServerRecord> &server, IncomingChange change, qint64 serverNowMs, qint64 maxAheadMs)
{
    MergeOutcome out;
    const qint64 limit = serverNowMs + maxAheadMs;
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
        out.clampedStamps += clamp(it->second, limit);
    out.clampedStamps += clamp(change.deleteStamp, limit);

    // A new row (or an insert the server has never seen) is taken whole.
    if (!server) {
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            out.write.insert(it.key(), {it->first, it->second, 0});
        if (change.op == IncomingChange::Op::Delete)
            out.deleted = true;
        return out;
    }

    // Changed on the server since the device's base? No base: everything on the server counts as changed.
    const qint64 base = change.baseVersion.value_or(0);
    // A field last written by this same device is not a change "on the other
    // side": the device made it and saw it (its insert, then an edit before it
    // ever pulled a version). Its HLC is monotonic, so its later stamp wins.
    auto changedOnServer = [&](const FieldState &field, const HlcStamp &incoming) {
        return field.changedAtVersion > base && field.stamp.node != incoming.node;
    };

    if (change.op == IncomingChange::Op::Delete) {
        QList<FieldConflict> edits;
        for (auto it = server->fields.cbegin(); it != server->fields.cend(); ++it)
            if (changedOnServer(*it, change.deleteStamp))
                edits.append({it.key(), it->value, it->stamp, QJsonValue(), change.deleteStamp, false});
        if (server->deleted)
            return out; // already a tombstone: nothing to do
        if (!edits.isEmpty()) {
            // Someone edited what this device deleted: keep the record, log the delete.
            out.status = MergeOutcome::Status::Merged;
            out.conflicts.append({QString(), QJsonValue(), HlcStamp(), QJsonValue(QStringLiteral("deleted")), change.deleteStamp, false});
            return out;
        }
        out.deleted = true;
        return out;
    }

    if (server->deleted) {
        // An edit against a delete (made after the edit's base, or a row the device never saw deleted) restores the record.
        out.deleted = false;
        out.status = MergeOutcome::Status::Merged;
        out.conflicts.append({QString(), QJsonValue(QStringLiteral("deleted")), HlcStamp(), QJsonValue(), HlcStamp(), true});
    }
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const QString &name = it.key();
        const QJsonValue &value = it->first;
        const HlcStamp &stamp = it->second;
        const auto current = server->fields.constFind(name);
        if (current == server->fields.cend() || !changedOnServer(*current, stamp)) {
            // An older stamp of the same device (a late duplicate) never overwrites its newer one.
            if (current == server->fields.cend() || stamp >= current->stamp || current->stamp.node != stamp.node)
                out.write.insert(name, {value, stamp, 0});
            continue;
        }
        if (current->value == value) {
            // Both sides made the same change: nothing to decide, keep the later stamp.
            if (stamp > current->stamp)
                out.write.insert(name, {value, stamp, 0});
            continue;
        }
        const bool deviceWins = stamp >= current->stamp;
        out.conflicts.append({name, current->value, current->stamp, value, stamp, deviceWins});
        out.status = MergeOutcome::Status::Merged;
        if (deviceWins)
            out.write.insert(name, {value, stamp, 0});
    }
    return out;
}

} // namespace Posyandu::Protocol

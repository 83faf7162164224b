// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Posyandu::Protocol {

// Why a change was refused: a stable code for programs and words for people.
struct ChangeRefusal {
    QString code;  // unknown_entity, unknown_field, wrong_type, missing_required, too_long, control_character,
                   // not_in_code_list, bad_date, record_too_big, bad_op
    QString field; // the field concerned; empty for the record as a whole
    QString words;
    // How an ack carries it: "code: words" (docs/sync-protocol.md, "Refused changes").
    QString text() const { return code + QStringLiteral(": ") + words; }
};

// The one check of a change against the synced schema (protocol/syncschema.h),
// made by the laptop before it queues a change (its own user learns at once)
// and by the server before it applies one (a careless or hostile device).
// The rules are written in docs/sync-protocol.md, "Field limits".
class ChangeValidator
{
    Q_DECLARE_TR_FUNCTIONS(ChangeValidator)
public:
    // The largest record a change may carry: its fields as compact JSON.
    static constexpr qsizetype kMaxRecordBytes = 64 * 1024;

    // `op` is insert, update or delete. Every text of `fields` is put in
    // Unicode NFC in place, so both sides store the same characters.
    static std::optional<ChangeRefusal> check(const QString &entity, const QString &op, QJsonObject &fields);
};

} // namespace Posyandu::Protocol

// SPDX-License-Identifier: GPL-3.0-or-later
#include "changevalidator.h"

#include "syncschema.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Posyandu::Protocol {

namespace {

// Control characters: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). A
// free note keeps its line breaks and tabs.
bool hasControlCharacter(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (multiLine && (u == u'\n' || u == u'\t' || u == u'\r'))
            continue;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return true;
    }
    return false;
}

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

// Whole numbers a double carries exactly.
constexpr double kLargestWholeNumber = 9007199254740991.0; // 2^53 - 1

} // namespace

std::optional<ChangeRefusal> ChangeValidator::check(const QString &entity, const QString &op, QJsonObject &fields)
{
    const EntitySpec *spec = SyncSchema::entity(entity);
    if (!spec)
        return ChangeRefusal{QStringLiteral("unknown_entity"), {}, tr("%1 is not a kind of record that syncs.").arg(entity.left(40))};
    const bool insert = op == QLatin1String("insert");
    if (!insert && op != QLatin1String("update") && op != QLatin1String("delete"))
        return ChangeRefusal{QStringLiteral("bad_op"), {}, tr("A change must insert, update or delete a record.")};
    if (QJsonDocument(fields).toJson(QJsonDocument::Compact).size() > kMaxRecordBytes)
        return ChangeRefusal{QStringLiteral("record_too_big"), {}, tr("The record is larger than %1 KB.").arg(kMaxRecordBytes / 1024)};

    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue value = it.value();
        // A tombstone is the one bookkeeping column a change carries: a moment, or null for a restore.
        if (name == QLatin1String("deleted_at")) {
            if (!value.isNull() && (!value.isString() || value.toString().size() > 40 || hasControlCharacter(value.toString(), false)))
                return ChangeRefusal{QStringLiteral("wrong_type"), name, tr("deleted_at must be a moment in time or empty.")};
            continue;
        }
        const FieldSpec *field = spec->field(name);
        if (!field)
            return ChangeRefusal{QStringLiteral("unknown_field"), name.left(64), tr("%1 has no field %2.").arg(entity, name.left(64))};
        if (value.isNull()) {
            if (field->notNull)
                return ChangeRefusal{QStringLiteral("missing_required"), name, tr("%1 of %2 must be filled in.").arg(name, entity)};
            continue;
        }
        switch (field->type) {
        case FieldType::Integer:
        case FieldType::Flag: {
            const double d = value.toDouble();
            const bool whole = value.isDouble() && std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kLargestWholeNumber;
            const bool flag = value.isBool() || (whole && (d == 0 || d == 1));
            if (field->type == FieldType::Flag ? !flag : !whole)
                return ChangeRefusal{QStringLiteral("wrong_type"), name,
                                     field->type == FieldType::Flag ? tr("%1 must be 0 or 1.").arg(name)
                                                                    : tr("%1 must be a whole number.").arg(name)};
            continue;
        }
        case FieldType::Real:
            if (!value.isDouble() || !std::isfinite(value.toDouble()))
                return ChangeRefusal{QStringLiteral("wrong_type"), name, tr("%1 must be a number.").arg(name)};
            continue;
        case FieldType::Text:
        case FieldType::Date:
        case FieldType::Json:
            break;
        }
        if (!value.isString())
            return ChangeRefusal{QStringLiteral("wrong_type"), name, tr("%1 must be text.").arg(name)};
        const QString text = value.toString().normalized(QString::NormalizationForm_C);
        if (hasControlCharacter(text, field->multiLine))
            return ChangeRefusal{QStringLiteral("control_character"), name, tr("%1 holds a control character.").arg(name)};
        if (text.size() > field->maxLength)
            return ChangeRefusal{QStringLiteral("too_long"), name,
                                 tr("%1 has %2 characters; at most %3.").arg(name).arg(text.size()).arg(field->maxLength)};
        if (field->type == FieldType::Date && !isDate(text))
            return ChangeRefusal{QStringLiteral("bad_date"), name, tr("%1 must be a date written YYYY-MM-DD.").arg(name)};
        if (field->type == FieldType::Json && QJsonDocument::fromJson(text.toUtf8()).isNull())
            return ChangeRefusal{QStringLiteral("wrong_type"), name, tr("%1 must be JSON text.").arg(name)};
        if (!field->allowed.isEmpty() && !field->allowed.contains(text))
            return ChangeRefusal{QStringLiteral("not_in_code_list"), name,
                                 tr("%1 must be one of %2.").arg(name, field->allowed.join(QStringLiteral(", ")))};
        if (text != value.toString())
            it.value() = text;
    }
    if (insert) {
        for (const FieldSpec &field : spec->fields)
            if (field.requiredOnInsert && !fields.contains(field.name))
                return ChangeRefusal{QStringLiteral("missing_required"), field.name, tr("%1 of %2 must be filled in.").arg(field.name, entity)};
    }
    return std::nullopt;
}

} // namespace Posyandu::Protocol

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Posyandu::Protocol {

// The one description of what syncs: every synced entity, parents before
// children, its parent, and each of its fields. The device's store
// (models/migrations), its write path, the practice generator, the sync
// journal and the server all read it; tests/protocol/tst_syncschema.cpp
// checks it against the migrated store and the server. docs/sync-protocol.md
// explains it in words.
//
// Invariants: entity names and field names are [a-z_] SQL identifiers; an
// entity's parent comes earlier in entities(); the bookkeeping columns are
// not fields.
enum class FieldType {
    Text,    // free text or a code
    Date,    // 'YYYY-MM-DD'
    Integer, // whole number
    Real,    // number
    Flag,    // 0 or 1
    Json,    // JSON text
};

struct FieldSpec {
    QString name;
    FieldType type = FieldType::Text;
    bool requiredOnInsert = false; // NOT NULL in the store and no default
    int maxLength = 0;             // characters, for Text/Date/Json; 0 for numbers
    QString references;            // entity (or reference table, "indicator") this field points to; empty: none
    QStringList allowed;           // the store's code list (its CHECK constraint); empty: any text
    bool multiLine = false;        // a free note: line breaks and tabs are text, not control characters
    bool notNull = false;          // NOT NULL in the store (with or without a default): never set to null
};

struct EntitySpec {
    QString name;
    QString parentField;  // the field naming the record this one belongs to; empty for a Posyandu
    QString parentEntity; // that record's entity
    QList<FieldSpec> fields;

    const FieldSpec *field(const QString &fieldName) const;
    QStringList fieldNames() const;
};

class SyncSchema
{
public:
    // Parent-first: inserting in this order never meets a missing parent;
    // deleting in the reverse order never leaves an orphan.
    static const QList<EntitySpec> &entities();
    static const QStringList &entityNames();
    static const EntitySpec *entity(const QString &name);
    static bool isSynced(const QString &name) { return entity(name) != nullptr; }
    // The longest text a field takes (characters); 0 for an unknown field or a number.
    static int maxLength(const QString &entity, const QString &field);

    // Columns every synced table has that are the store's bookkeeping, not
    // data: never sent as fields, never taken from the server, never hashed.
    static const QStringList &bookkeepingColumns();
    static bool isBookkeeping(const QString &column);

    // The id of the Posyandu record the server's registry holds for `code`
    // (posyandu-server posyandu add; a laptop set up with that code makes the
    // same one): a UUIDv7 of millisecond 0 whose other bits are the code's
    // hash. It sorts before every id a device makes, so the settlement of two
    // records with one code (the smaller id stays, sync/posyandusettlement.h)
    // always keeps the registered one.
    static QString registeredPosyanduId(const QString &code);

    // The practice village (models/demo, posyandu-server --demo): its
    // Posyandu are DEMO-01, DEMO-02, ... in one village of one district.
    static QString practicePosyanduCode(int number); // 1-based
    static QString practicePosyanduName(int number); // "Posyandu Melati 1", ...
    static bool isPracticePosyanduCode(const QString &code);
    static QString practiceVillageCode();
    static QString practiceAreaCode();
};

} // namespace Posyandu::Protocol

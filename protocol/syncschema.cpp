// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncschema.h"
#include "uuidv7.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace Posyandu::Protocol {

namespace {

// Maximum lengths, in characters. A person's or place's name, a code of a
// code list, an address line, a free note, a Posyandu's JSON list of dusun.
constexpr int kId = 36;
constexpr int kDate = 10;
constexpr int kCode = 40;
constexpr int kNik = 16;
constexpr int kName = 100;
constexpr int kAddress = 200;
constexpr int kAnswer = 500; // an observation's value: a free-text answer of the catalog
constexpr int kNote = 2000;
constexpr int kJsonList = 4000;

FieldSpec spec(const char *name, FieldType type, bool required, int maxLength, const char *references = "")
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = type;
    f.requiredOnInsert = required;
    f.maxLength = maxLength;
    f.references = QString::fromLatin1(references);
    return f;
}
FieldSpec text(const char *name, int maxLength, bool required = false)
{
    return spec(name, FieldType::Text, required, maxLength);
}
FieldSpec date(const char *name, bool required = false)
{
    return spec(name, FieldType::Date, required, kDate);
}
FieldSpec codes(const char *name, QStringList allowed, bool required = false)
{
    FieldSpec f = spec(name, FieldType::Text, required, kCode);
    f.allowed = std::move(allowed);
    return f;
}
FieldSpec note(const char *name)
{
    FieldSpec f = spec(name, FieldType::Text, false, kNote);
    f.multiLine = true;
    return f;
}
FieldSpec integer(const char *name)
{
    return spec(name, FieldType::Integer, false, 0);
}
FieldSpec real(const char *name)
{
    return spec(name, FieldType::Real, false, 0);
}
FieldSpec flag(const char *name)
{
    return spec(name, FieldType::Flag, false, 0);
}
FieldSpec ref(const char *name, const char *entity, bool required = false)
{
    return spec(name, FieldType::Text, required, kId, entity);
}

EntitySpec belongsTo(const char *name, const char *parentField, const char *parentEntity, QList<FieldSpec> fields)
{
    fields.prepend(ref(parentField, parentEntity, true));
    return {QString::fromLatin1(name), QString::fromLatin1(parentField), QString::fromLatin1(parentEntity), std::move(fields)};
}

QList<EntitySpec> build()
{
    const bool required = true;
    QList<EntitySpec> list;
    list.append({QStringLiteral("posyandu"),
                 {},
                 {},
                 {text("code", kCode, required), text("name", kName, required), text("village_code", kCode, required),
                  spec("dusun_list", FieldType::Json, false, kJsonList)}});
    list.append(belongsTo("household", "posyandu_id", "posyandu",
                          {text("kk_number", kNik), text("head_name", kName, required), text("address", kAddress), text("rt", kCode, required),
                           text("rw", kCode, required), text("dusun", kName), text("village_code", kCode, required), text("dasawisma", kName),
                           text("import_ref", kCode)}));
    list.append(belongsTo("member", "household_id", "household",
                          {text("nik", kNik), text("name", kName, required), codes("sex", {QStringLiteral("L"), QStringLiteral("P")}, required),
                           date("birth_date", required), flag("birth_date_estimated"), text("relationship", kCode, required),
                           text("father_name", kName), text("mother_name", kName), text("education", kCode), text("occupation", kCode),
                           text("disability", kCode), codes("status", {QStringLiteral("alive"), QStringLiteral("died"), QStringLiteral("moved")}),
                           date("status_date"), text("import_ref", kCode)}));
    list.append(belongsTo("session", "posyandu_id", "posyandu", {date("session_date", required), note("notes")}));
    list.append(
        belongsTo("observation", "household_id", "household",
                  {ref("session_id", "session"), ref("member_id", "member"), spec("indicator_code", FieldType::Text, required, kCode, "indicator"),
                   date("observed_on", required), text("value", kAnswer, required), text("referral_to", kCode), note("notes")}));
    list.append(
        belongsTo("anthropometry", "member_id", "member",
                  {ref("session_id", "session"), date("measured_on", required), real("weight_kg"), real("lenhei_cm"),
                   codes("position", {QStringLiteral("lying"), QStringLiteral("standing")}), real("muac_cm"), real("head_circ_cm"), flag("oedema")}));
    list.append(
        belongsTo("immunisation", "member_id", "member",
                  {ref("session_id", "session"), text("vaccine_code", kCode, required), date("given_on", required), text("given_at", kCode)}));
    list.append(belongsTo(
        "vitamin_a", "member_id", "member",
        {ref("session_id", "session"), date("given_on", required), codes("capsule", {QStringLiteral("blue"), QStringLiteral("red")}, required)}));
    list.append(
        belongsTo("pregnancy", "member_id", "member",
                  {date("lmp_date"), date("edd"), integer("gravida"), integer("parity"),
                   codes("status", {QStringLiteral("ongoing"), QStringLiteral("delivered"), QStringLiteral("ended")}), date("outcome_date")}));
    list.append(belongsTo("anc_visit", "pregnancy_id", "pregnancy",
                          {ref("session_id", "session"), date("visit_date", required), integer("gestational_weeks"), real("weight_kg"),
                           real("muac_cm"), integer("systolic"), integer("diastolic"), integer("iron_tablets"), text("referral_to", kCode)}));
    list.append(belongsTo("adult_screening", "member_id", "member",
                          {ref("session_id", "session"), date("screened_on", required), real("weight_kg"), real("height_cm"), real("waist_cm"),
                           integer("systolic"), integer("diastolic"), real("glucose_mg_dl"),
                           codes("glucose_kind", {QStringLiteral("fasting"), QStringLiteral("random"), QStringLiteral("post_meal")}),
                           flag("tb_symptoms"), flag("smoker"), text("referral_to", kCode)}));
    list.append(belongsTo("incident", "posyandu_id", "posyandu",
                          {date("occurred_on", required), text("incident_type", kCode, required), integer("families_affected"),
                           integer("people_affected"), integer("people_displaced"), note("notes")}));
    list.append(belongsTo("referral", "household_id", "household",
                          {ref("member_id", "member"), ref("session_id", "session"), date("referred_on", required),
                           text("destination", kCode, required), note("reason")}));
    // The columns the store lets be NULL; every other one is NOT NULL (with a
    // default where it is not required on insert).
    const QHash<QString, QStringList> nullable = {
        {QStringLiteral("household"), {QStringLiteral("kk_number"), QStringLiteral("import_ref")}},
        {QStringLiteral("member"), {QStringLiteral("nik"), QStringLiteral("status_date"), QStringLiteral("import_ref")}},
        {QStringLiteral("observation"), {QStringLiteral("session_id"), QStringLiteral("member_id")}},
        {QStringLiteral("anthropometry"),
         {QStringLiteral("session_id"), QStringLiteral("weight_kg"), QStringLiteral("lenhei_cm"), QStringLiteral("muac_cm"),
          QStringLiteral("head_circ_cm")}},
        {QStringLiteral("immunisation"), {QStringLiteral("session_id")}},
        {QStringLiteral("vitamin_a"), {QStringLiteral("session_id")}},
        {QStringLiteral("pregnancy"),
         {QStringLiteral("lmp_date"), QStringLiteral("edd"), QStringLiteral("gravida"), QStringLiteral("parity"), QStringLiteral("outcome_date")}},
        {QStringLiteral("anc_visit"),
         {QStringLiteral("session_id"), QStringLiteral("gestational_weeks"), QStringLiteral("weight_kg"), QStringLiteral("muac_cm"),
          QStringLiteral("systolic"), QStringLiteral("diastolic")}},
        {QStringLiteral("adult_screening"),
         {QStringLiteral("session_id"), QStringLiteral("weight_kg"), QStringLiteral("height_cm"), QStringLiteral("waist_cm"),
          QStringLiteral("systolic"), QStringLiteral("diastolic"), QStringLiteral("glucose_mg_dl"), QStringLiteral("glucose_kind")}},
        {QStringLiteral("referral"), {QStringLiteral("member_id"), QStringLiteral("session_id")}},
    };
    for (EntitySpec &e : list)
        for (FieldSpec &f : e.fields)
            f.notNull = !nullable.value(e.name).contains(f.name);
    return list;
}

} // namespace

const FieldSpec *EntitySpec::field(const QString &fieldName) const
{
    for (const FieldSpec &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

QStringList EntitySpec::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : fields)
        names.append(f.name);
    return names;
}

const QList<EntitySpec> &SyncSchema::entities()
{
    static const QList<EntitySpec> list = build();
    return list;
}

const QStringList &SyncSchema::entityNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const EntitySpec &e : entities())
            n.append(e.name);
        return n;
    }();
    return names;
}

const EntitySpec *SyncSchema::entity(const QString &name)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < entities().size(); ++i)
            h.insert(entities().at(i).name, i);
        return h;
    }();
    const auto it = index.constFind(name);
    return it == index.cend() ? nullptr : &entities().at(*it);
}

int SyncSchema::maxLength(const QString &entityName, const QString &fieldName)
{
    const EntitySpec *e = entity(entityName);
    const FieldSpec *f = e ? e->field(fieldName) : nullptr;
    return f ? f->maxLength : 0;
}

const QStringList &SyncSchema::bookkeepingColumns()
{
    static const QStringList columns = {QStringLiteral("id"),         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                        QStringLiteral("updated_by"), QStringLiteral("row_hlc"),    QStringLiteral("field_hlc"),
                                        QStringLiteral("server_ver"), QStringLiteral("deleted_at")};
    return columns;
}

bool SyncSchema::isBookkeeping(const QString &column)
{
    return bookkeepingColumns().contains(column);
}

QString SyncSchema::registeredPosyanduId(const QString &code)
{
    const QByteArray hash = QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256);
    quint64 random = 0;
    for (int i = 0; i < 8; ++i)
        random = (random << 8) | uchar(hash.at(2 + i));
    return uuidV7From(0, quint16((uchar(hash.at(0)) << 8) | uchar(hash.at(1))), random);
}

QString SyncSchema::practicePosyanduCode(int number)
{
    return QStringLiteral("DEMO-%1").arg(number, 2, 10, QLatin1Char('0'));
}

bool SyncSchema::isPracticePosyanduCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^DEMO-[0-9]{2,}$"));
    return pattern.match(code).hasMatch();
}

QString SyncSchema::practicePosyanduName(int number)
{
    static const QStringList flowers = {QStringLiteral("Melati"), QStringLiteral("Mawar"), QStringLiteral("Anggrek"), QStringLiteral("Kenanga"),
                                        QStringLiteral("Dahlia")};
    const int index = number - 1;
    return QStringLiteral("Posyandu %1 %2").arg(flowers.at(index % flowers.size())).arg(index / flowers.size() + 1);
}

QString SyncSchema::practiceVillageCode()
{
    return QStringLiteral("3578010001");
}

QString SyncSchema::practiceAreaCode()
{
    return QStringLiteral("357801");
}

} // namespace Posyandu::Protocol

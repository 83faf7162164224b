// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerimport.h"

#include "anthropometry.h"
#include "changewriter.h"
#include "codes.h"
#include "database.h"
#include "household.h"
#include "ids.h"
#include "indicator.h"
#include "member.h"
#include "sql.h"
#include "transaction.h"
#include "userdate.h"

namespace Posyandu::Io {

namespace {
constexpr int kProgressEvery = 250;

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString sexCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("l") || t == QLatin1String("laki-laki") || t == QLatin1String("lk"))
        return QStringLiteral("L");
    if (t == QLatin1String("p") || t == QLatin1String("perempuan") || t == QLatin1String("pr"))
        return QStringLiteral("P");
    return {};
}

// "anak", "Anak", "kepala keluarga" or the stored code "kepala_keluarga".
QString relationshipCode(const QString &text)
{
    const QString t = text.simplified().toLower();
    for (const QString &code : Codes::relationships()) {
        if (t == code || t == QString(code).replace(QLatin1Char('_'), QLatin1Char(' ')) || t == Codes::relationshipLabel(code).toLower())
            return code;
    }
    return {};
}

std::optional<double> optionalNumber(const QString &text, bool &bad)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto value = parseDecimal(text);
    if (!value)
        bad = true;
    return value;
}
} // namespace

std::optional<RegisterImport::Kind> RegisterImport::kindFromName(const QString &name)
{
    if (name == QLatin1String("households"))
        return Kind::Households;
    if (name == QLatin1String("members"))
        return Kind::Members;
    if (name == QLatin1String("measurements"))
        return Kind::Measurements;
    return std::nullopt;
}

QStringList RegisterImport::requiredColumns(Kind kind)
{
    switch (kind) {
    case Kind::Households:
        return {QStringLiteral("head_name"), QStringLiteral("rt"), QStringLiteral("rw")};
    case Kind::Members:
        return {QStringLiteral("household_ref"), QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                QStringLiteral("relationship")};
    case Kind::Measurements:
        return {QStringLiteral("visit_date")};
    }
    return {};
}

int RegisterImport::count(Verdict verdict) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [verdict](const Row &r) { return r.verdict == verdict; }));
}

QString RegisterImport::cell(int index, const char *column) const
{
    const int c = m_table.column(QLatin1String(column));
    return c < 0 ? QString() : m_table.rows.at(index).at(c).trimmed();
}

Result<QString> RegisterImport::lookup(const QString &sql, const QVariantList &values) const
{
    auto r = Storage::Sql::run(m_db->sql(), sql, values);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toString() : QString();
}

void RegisterImport::bad(int index, const QString &message)
{
    m_rows[index].verdict = Verdict::Bad;
    m_rows[index].message = m_rows[index].message.isEmpty() ? message : m_rows[index].message + QStringLiteral(" ") + message;
}

Result<RegisterImport> RegisterImport::prepare(Storage::Database &db, Kind kind, const QString &path, const QString &posyanduId,
                                               const QString &villageCode, const QDate &today, const Progress &progress)
{
    auto table = CsvTable::readFile(path);
    if (!table)
        return table.error();
    return prepare(db, kind, table.value(), posyanduId, villageCode, today, progress);
}

Result<RegisterImport> RegisterImport::prepare(Storage::Database &db, Kind kind, const CsvTable &table, const QString &posyanduId,
                                               const QString &villageCode, const QDate &today, const Progress &progress)
{
    QStringList missing;
    for (const QString &column : requiredColumns(kind))
        if (table.column(column) < 0)
            missing << column;
    if (kind == Kind::Measurements && table.column(QStringLiteral("nik")) < 0 && table.column(QStringLiteral("member_ref")) < 0)
        missing << QStringLiteral("nik / member_ref");
    if (!missing.isEmpty())
        return Error{
            tr("The file lacks the column(s) %1. The first line must name the columns (see README).").arg(missing.join(QStringLiteral(", "))), {}};
    if (table.rows.isEmpty())
        return Error{tr("The file has no rows below its header."), {}};

    RegisterImport import;
    import.m_db = &db;
    import.m_kind = kind;
    import.m_table = table;
    for (int i = 0; i < table.rows.size(); ++i) {
        import.m_rows.append(Row{i + 2, Verdict::Good, {}});
        import.m_pending.append(std::nullopt);
    }
    for (int i = 0; i < table.rows.size(); ++i) {
        switch (kind) {
        case Kind::Households:
            import.checkHousehold(i, posyanduId, villageCode);
            break;
        case Kind::Members:
            import.checkMember(i, today);
            break;
        case Kind::Measurements:
            import.checkMeasurement(i, today);
            break;
        }
        if (!import.m_storeError.isEmpty())
            return Error{import.m_storeError, {}};
        if (progress && (i + 1) % kProgressEvery == 0 && !progress(i + 1, int(table.rows.size())))
            return Error{tr("Checking was cancelled; nothing was written."), {}};
    }
    return import;
}

void RegisterImport::checkHousehold(int i, const QString &posyanduId, const QString &villageCode)
{
    Household h;
    h.posyanduId = posyanduId;
    h.headName = cell(i, "head_name");
    h.kkNumber = cell(i, "kk_number");
    h.address = cell(i, "address");
    h.rt = cell(i, "rt");
    h.rw = cell(i, "rw");
    h.dusun = cell(i, "dusun");
    h.dasawisma = cell(i, "dasawisma");
    h.villageCode = cell(i, "village_code").isEmpty() ? villageCode : cell(i, "village_code");
    h = h.normalized();
    const QString ref = cell(i, "ref");
    const ValidationReport report = h.validate();
    for (const ValidationIssue &issue : report.issues())
        if (issue.severity == ValidationIssue::Severity::Error)
            bad(i, issue.message);
    if (!ref.isEmpty()) {
        if (const int first = m_seen.value(QStringLiteral("ref:") + ref); first)
            bad(i, tr("The ref %1 is used twice in the file (also on line %2).").arg(ref).arg(first));
        m_seen.insert(QStringLiteral("ref:") + ref, m_rows[i].line);
        auto existing = lookup(QStringLiteral("SELECT id FROM household WHERE import_ref = ? AND deleted_at IS NULL"), {ref});
        if (!existing)
            return void(m_storeError = existing.error().message);
        if (!existing.value().isEmpty() && m_rows[i].verdict == Verdict::Good) {
            m_rows[i] = {m_rows[i].line, Verdict::AlreadyImported, tr("Already imported earlier (ref %1).").arg(ref)};
            return;
        }
    }
    if (!h.kkNumber.isEmpty()) {
        if (const int first = m_seen.value(QStringLiteral("kk:") + h.kkNumber); first)
            bad(i, tr("KK %1 appears twice in the file (also on line %2).").arg(h.kkNumber).arg(first));
        m_seen.insert(QStringLiteral("kk:") + h.kkNumber, m_rows[i].line);
        auto existing = lookup(QStringLiteral("SELECT head_name FROM household WHERE kk_number = ? AND deleted_at IS NULL"), {h.kkNumber});
        if (!existing)
            return void(m_storeError = existing.error().message);
        if (!existing.value().isEmpty())
            bad(i, tr("KK %1 is already registered (household of %2).").arg(h.kkNumber, existing.value()));
    }
    if (m_rows[i].verdict == Verdict::Good)
        m_pending[i] = Pending{QStringLiteral("household"),
                               {{QStringLiteral("posyandu_id"), h.posyanduId},
                                {QStringLiteral("kk_number"), nullIfEmpty(h.kkNumber)},
                                {QStringLiteral("head_name"), h.headName},
                                {QStringLiteral("address"), h.address},
                                {QStringLiteral("rt"), h.rt},
                                {QStringLiteral("rw"), h.rw},
                                {QStringLiteral("dusun"), h.dusun},
                                {QStringLiteral("village_code"), h.villageCode},
                                {QStringLiteral("dasawisma"), h.dasawisma},
                                {QStringLiteral("import_ref"), nullIfEmpty(ref)}}};
}

void RegisterImport::checkMember(int i, const QDate &today)
{
    Member m;
    const QString householdRef = cell(i, "household_ref");
    m.name = cell(i, "name");
    m.nik = cell(i, "nik");
    m.sex = sexCode(cell(i, "sex"));
    m.birthDate = parseUserDate(cell(i, "birth_date"));
    m.relationship = relationshipCode(cell(i, "relationship"));
    m.fatherName = cell(i, "father_name");
    m.motherName = cell(i, "mother_name");
    m.education = cell(i, "education");
    m.occupation = cell(i, "occupation");
    const QString ref = cell(i, "ref");

    // The ref given by a households import wins over a KK number that happens to match.
    auto household = lookup(QStringLiteral("SELECT id FROM household WHERE (import_ref = ? OR kk_number = ?) AND deleted_at IS NULL "
                                           "ORDER BY import_ref = ? DESC LIMIT 1"),
                            {householdRef, householdRef, householdRef});
    if (!household)
        return void(m_storeError = household.error().message);
    m.householdId = household.value();
    if (householdRef.isEmpty())
        bad(i, tr("household_ref is empty: name the household by its ref or KK number."));
    else if (m.householdId.isEmpty())
        bad(i, tr("No household with ref or KK %1: import the households first.").arg(householdRef));
    if (!cell(i, "sex").isEmpty() && m.sex.isEmpty())
        bad(i, tr("Sex must be L or P, not \"%1\".").arg(cell(i, "sex")));
    if (!cell(i, "birth_date").isEmpty() && !m.birthDate.isValid())
        bad(i, tr("The birth date \"%1\" is not a real date (write DD-MM-YYYY or YYYY-MM-DD).").arg(cell(i, "birth_date")));
    if (!cell(i, "relationship").isEmpty() && m.relationship.isEmpty())
        bad(i, tr("Unknown relationship \"%1\" (use the family-card words, e.g. Anak, Istri).").arg(cell(i, "relationship")));
    m = m.normalized();
    const ValidationReport report = m.validate(today);
    for (const ValidationIssue &issue : report.issues())
        if (issue.severity == ValidationIssue::Severity::Error && !(issue.field == QLatin1String("household_id") && m.householdId.isEmpty()))
            bad(i, issue.message);

    if (!ref.isEmpty()) {
        if (const int first = m_seen.value(QStringLiteral("ref:") + ref); first)
            bad(i, tr("The ref %1 is used twice in the file (also on line %2).").arg(ref).arg(first));
        m_seen.insert(QStringLiteral("ref:") + ref, m_rows[i].line);
        auto existing = lookup(QStringLiteral("SELECT id FROM member WHERE import_ref = ? AND deleted_at IS NULL"), {ref});
        if (!existing)
            return void(m_storeError = existing.error().message);
        if (!existing.value().isEmpty() && m_rows[i].verdict == Verdict::Good) {
            m_rows[i] = {m_rows[i].line, Verdict::AlreadyImported, tr("Already imported earlier (ref %1).").arg(ref)};
            return;
        }
    }
    if (!m.nik.isEmpty()) {
        if (const int first = m_seen.value(QStringLiteral("nik:") + m.nik); first)
            bad(i, tr("NIK %1 appears twice in the file (also on line %2).").arg(m.nik).arg(first));
        m_seen.insert(QStringLiteral("nik:") + m.nik, m_rows[i].line);
    }
    if (m.birthDate.isValid() && !m.name.isEmpty()) {
        const QString key = QStringLiteral("person:") + m.name.toLower() + m.birthDate.toString(Qt::ISODate);
        if (const int first = m_seen.value(key); first)
            bad(i, tr("%1, born %2, appears twice in the file (also on line %3).").arg(m.name, formatUserDate(m.birthDate)).arg(first));
        m_seen.insert(key, m_rows[i].line);
    }
    auto registered = lookup(QStringLiteral("SELECT name FROM member WHERE deleted_at IS NULL AND ((nik IS NOT NULL AND nik = ?) "
                                            "OR (lower(name) = lower(?) AND birth_date = ?)) LIMIT 1"),
                             {nullIfEmpty(m.nik), m.name, m.birthDate});
    if (!registered)
        return void(m_storeError = registered.error().message);
    if (!registered.value().isEmpty())
        bad(i, tr("Already registered as %1 (same NIK, or same name and birth date).").arg(registered.value()));

    if (m_rows[i].verdict == Verdict::Good)
        m_pending[i] = Pending{QStringLiteral("member"),
                               {{QStringLiteral("household_id"), m.householdId},
                                {QStringLiteral("nik"), nullIfEmpty(m.nik)},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("sex"), m.sex},
                                {QStringLiteral("birth_date"), m.birthDate},
                                {QStringLiteral("relationship"), m.relationship},
                                {QStringLiteral("father_name"), m.fatherName},
                                {QStringLiteral("mother_name"), m.motherName},
                                {QStringLiteral("education"), m.education},
                                {QStringLiteral("occupation"), m.occupation},
                                {QStringLiteral("import_ref"), nullIfEmpty(ref)}}};
}

void RegisterImport::checkMeasurement(int i, const QDate &today)
{
    const QString nik = cell(i, "nik");
    const QString memberRef = cell(i, "member_ref");
    Result<QString> member = QString();
    if (!memberRef.isEmpty())
        member = lookup(QStringLiteral("SELECT id FROM member WHERE import_ref = ? AND deleted_at IS NULL"), {memberRef});
    else if (!nik.isEmpty())
        member = lookup(QStringLiteral("SELECT id FROM member WHERE nik = ? AND deleted_at IS NULL ORDER BY id LIMIT 1"), {nik});
    if (!member)
        return void(m_storeError = member.error().message);
    auto birth = lookup(QStringLiteral("SELECT birth_date FROM member WHERE id = ?"), {member.value()});
    if (!birth)
        return void(m_storeError = birth.error().message);

    Anthropometry a;
    a.memberId = member.value();
    a.measuredOn = parseUserDate(cell(i, "visit_date"));
    bool badNumber = false;
    a.weightKg = optionalNumber(cell(i, "weight_kg"), badNumber);
    a.lenheiCm = optionalNumber(cell(i, "lenhei_cm"), badNumber);
    a.muacCm = optionalNumber(cell(i, "lila_cm"), badNumber);
    a.headCircCm = optionalNumber(cell(i, "head_circ_cm"), badNumber);
    const QString oedema = cell(i, "oedema").toLower();
    a.oedema = oedema == QLatin1String("y") || oedema == QLatin1String("ya") || oedema == QLatin1String("1");
    const QDate birthDate = QDate::fromString(birth.value(), Qt::ISODate);
    const QString measured = cell(i, "measured");
    if (measured.isEmpty())
        a.position = birthDate.isValid() ? Anthropometry::standardPosition(int(birthDate.daysTo(a.measuredOn))) : Anthropometry::Position::Lying;
    else if (const auto p = Anthropometry::positionFromCode(measured))
        a.position = *p;
    else
        bad(i, tr("measured must be lying or standing, not \"%1\".").arg(measured));

    if (nik.isEmpty() && memberRef.isEmpty())
        bad(i, tr("Name the person by nik or member_ref."));
    else if (a.memberId.isEmpty())
        bad(i,
            tr("No registered person with %1: import the members first.")
                .arg(memberRef.isEmpty() ? QStringLiteral("NIK ") + nik : QStringLiteral("ref ") + memberRef));
    if (!cell(i, "visit_date").isEmpty() && !a.measuredOn.isValid())
        bad(i, tr("The visit date \"%1\" is not a real date (write DD-MM-YYYY or YYYY-MM-DD).").arg(cell(i, "visit_date")));
    if (badNumber)
        bad(i, tr("A measurement is not a number (write 9,5 or 9.5)."));
    const ValidationReport report = a.validate(birthDate, today);
    for (const ValidationIssue &issue : report.issues())
        if (issue.severity == ValidationIssue::Severity::Error && !(issue.field == QLatin1String("member_id") && !m_rows[i].message.isEmpty()))
            bad(i, issue.message);
    if (m_rows[i].verdict != Verdict::Good)
        return;

    const QString key = a.memberId + a.measuredOn.toString(Qt::ISODate);
    if (const int first = m_seen.value(key); first)
        return bad(i,
                   tr("This person's measurement of %1 appears twice in the file (also on line %2).").arg(formatUserDate(a.measuredOn)).arg(first));
    m_seen.insert(key, m_rows[i].line);
    auto existing = lookup(QStringLiteral("SELECT id FROM anthropometry WHERE member_id = ? AND measured_on = ? AND deleted_at IS NULL"),
                           {a.memberId, a.measuredOn});
    if (!existing)
        return void(m_storeError = existing.error().message);
    if (!existing.value().isEmpty()) {
        m_rows[i] = {m_rows[i].line, Verdict::AlreadyImported, tr("A measurement of this person on this day is already recorded.")};
        return;
    }
    auto orNull = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    m_pending[i] = Pending{QStringLiteral("anthropometry"),
                           {{QStringLiteral("member_id"), a.memberId},
                            {QStringLiteral("measured_on"), a.measuredOn},
                            {QStringLiteral("weight_kg"), orNull(a.weightKg)},
                            {QStringLiteral("lenhei_cm"), orNull(a.lenheiCm)},
                            {QStringLiteral("position"), Anthropometry::positionCode(a.position)},
                            {QStringLiteral("muac_cm"), orNull(a.muacCm)},
                            {QStringLiteral("head_circ_cm"), orNull(a.headCircCm)},
                            {QStringLiteral("oedema"), a.oedema}}};
}

Result<int> RegisterImport::apply(bool skipBadRows, const Progress &progress)
{
    const int badRows = count(Verdict::Bad);
    if (badRows > 0 && !skipBadRows)
        return Error{tr("%n row(s) have errors; nothing was imported. Correct them, or choose to import only the good rows.", nullptr, badRows), {}};
    const int total = count(Verdict::Good);
    if (total == 0)
        return 0;
    Storage::Transaction tx(m_db->sql());
    if (!tx.isOpen())
        return tx.beginError();
    Storage::ChangeWriter writer(*m_db);
    int done = 0;
    for (const std::optional<Pending> &p : std::as_const(m_pending)) {
        if (!p)
            continue;
        if (auto r = writer.insert(p->entity, Ids::newUuidV7(), p->fields); !r)
            return r.error();
        ++done;
        if (progress && done % kProgressEvery == 0 && !progress(done, total))
            return Error{tr("The import was cancelled; nothing was written."), {}};
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    // The rows are in the store now: a second apply must not write them again.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_pending.at(i)) {
            m_pending[i].reset();
            m_rows[i].verdict = Verdict::AlreadyImported;
            m_rows[i].message = tr("Imported.");
        }
    }
    return done;
}

} // namespace Posyandu::Io

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionentryrepository.h"

#include "age.h"
#include "anthropometry.h"
#include "changewriter.h"
#include "database.h"
#include "dosecheck.h"
#include "ids.h"
#include "pregnancywindow.h"
#include "referraldestination.h"
#include "sql.h"
#include "transaction.h"
#include "userdate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>

namespace Posyandu::Storage {

namespace {
const QString kAnthropometry = QStringLiteral("anthropometry");
const QString kAncVisit = QStringLiteral("anc_visit");
const QString kScreening = QStringLiteral("adult_screening");
const QString kMember = QStringLiteral("member");

// The typed value of a canonical answer, as the typed table stores it.
QVariant typedValue(const Indicator &indicator, const QString &canonical)
{
    if (indicator.valueType == QLatin1String("number"))
        return canonical.toDouble();
    if (indicator.valueType == QLatin1String("integer"))
        return canonical.toLongLong();
    if (indicator.valueType == QLatin1String("boolean"))
        return canonical == QLatin1String("true") ? 1 : 0;
    return canonical;
}

std::optional<double> optionalDouble(const QVariantMap &map, const QString &key)
{
    return map.contains(key) ? std::optional<double>(map.value(key).toDouble()) : std::nullopt;
}

QVariant orNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// A stored value as the form's input holds it: the inverse of typedValue() and Indicator::canonicalValue().
QString answerText(const Indicator &indicator, const QVariant &stored)
{
    if (stored.isNull() || stored.toString().isEmpty())
        return {};
    if (indicator.valueType == QLatin1String("number"))
        return QLocale().toString(stored.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (indicator.valueType == QLatin1String("integer"))
        return QString::number(stored.toLongLong());
    if (indicator.valueType == QLatin1String("boolean"))
        return stored.toString() == QLatin1String("true") || stored.toString() == QLatin1String("1") ? QStringLiteral("true")
                                                                                                     : QStringLiteral("false");
    if (indicator.valueType == QLatin1String("date"))
        return formatUserDate(QDate::fromString(stored.toString(), Qt::ISODate));
    return stored.toString();
}

// The first month day of `date`'s month: household answers count once a month.
QDate monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}
} // namespace

Result<SessionEntry> SessionEntryRepository::savedEntry(const PersonContext &person, const QDate &date) const
{
    SessionEntry entry;
    entry.memberId = person.memberId;
    entry.date = date;
    // The typed record of that day, one row each (the latest, should an older version have left two).
    const QList<std::pair<QString, std::pair<QString, QVariantList>>> typed = {
        {kAnthropometry, {QStringLiteral("member_id = ? AND measured_on = ?"), {person.memberId, date}}},
        {kScreening, {QStringLiteral("member_id = ? AND screened_on = ?"), {person.memberId, date}}},
        {kAncVisit,
         {QStringLiteral("pregnancy_id IN (SELECT id FROM pregnancy WHERE member_id = ? AND deleted_at IS NULL) AND visit_date = ?"),
          {person.memberId, date}}},
    };
    for (const auto &[table, where] : typed) {
        auto r =
            Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM %1 WHERE %2 AND deleted_at IS NULL ORDER BY id DESC LIMIT 1").arg(table, where.first),
                     where.second);
        if (!r)
            return r.error();
        QSqlQuery q = std::move(r).value();
        if (!q.next())
            continue;
        // A column never written holds its default (a screening's TB flag 0), not an answer: only the fields
        // the record's writes stamped (field_hlc) are shown again, so "—" does not come back as "No".
        const QJsonObject written = QJsonDocument::fromJson(q.value(QStringLiteral("field_hlc")).toString().toUtf8()).object();
        for (const Indicator &i : m_catalog.all()) {
            if (i.typedTarget.section(QLatin1Char('.'), 0, 0) != table || !written.contains(i.typedTarget.section(QLatin1Char('.'), 1)))
                continue;
            const int column = q.record().indexOf(i.typedTarget.section(QLatin1Char('.'), 1));
            if (const QString text = column < 0 ? QString() : answerText(i, q.value(column)); !text.isEmpty())
                entry.answers.insert(i.code, text);
        }
    }
    // Observations: the person's of that day; the household's latest of the month. Both within the household,
    // so the lookup rides the (household_id, member_id, ...) index instead of scanning every observation.
    auto o = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT indicator_code, value FROM observation WHERE deleted_at IS NULL AND household_id = ? AND "
                                     "((member_id = ? AND observed_on = ?) OR (member_id IS NULL AND observed_on >= ? AND observed_on <= ?)) "
                                     "ORDER BY observed_on, id"),
                      {person.householdId, person.memberId, date, monthStart(date), date});
    if (!o)
        return o.error();
    for (QSqlQuery q = std::move(o).value(); q.next();)
        if (const Indicator *i = m_catalog.find(q.value(0).toString()))
            if (const QString text = answerText(*i, q.value(1)); !text.isEmpty())
                entry.answers.insert(i->code, text); // later rows win
    auto v = Sql::run(m_db.sql(), QStringLiteral("SELECT vaccine_code FROM immunisation WHERE member_id = ? AND given_on = ? AND deleted_at IS NULL"),
                      {person.memberId, date});
    if (!v)
        return v.error();
    for (QSqlQuery q = std::move(v).value(); q.next();)
        entry.vaccinesGiven << q.value(0).toString();
    auto f = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT destination, reason FROM referral WHERE member_id = ? AND referred_on = ? AND deleted_at IS NULL "
                                     "ORDER BY id DESC LIMIT 1"),
                      {person.memberId, date});
    if (!f)
        return f.error();
    if (QSqlQuery q = std::move(f).value(); q.next()) {
        entry.referralTo = q.value(0).toString();
        entry.referralReason = q.value(1).toString();
    }
    return entry;
}

Result<std::optional<PersonContext>> SessionEntryRepository::context(const QString &memberId, const QDate &date) const
{
    auto r = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT m.household_id, m.name, h.head_name, m.sex, m.birth_date FROM member m "
                                     "JOIN household h ON h.id = m.household_id WHERE m.id = ? AND m.deleted_at IS NULL"),
                      {memberId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return std::optional<PersonContext>();
    PersonContext p;
    p.memberId = memberId;
    p.householdId = q.value(0).toString();
    p.name = q.value(1).toString();
    p.headName = q.value(2).toString();
    p.sex = q.value(3).toString();
    p.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    q.finish();

    auto w = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT measured_on, weight_kg FROM anthropometry WHERE member_id = ? AND deleted_at IS NULL "
                                     "AND weight_kg IS NOT NULL AND measured_on < ? ORDER BY measured_on"),
                      {memberId, date});
    if (!w)
        return w.error();
    for (QSqlQuery wq = std::move(w).value(); wq.next();)
        p.weights.append({QDate::fromString(wq.value(0).toString(), Qt::ISODate), wq.value(1).toDouble()});

    auto v = Sql::run(m_db.sql(), QStringLiteral("SELECT vaccine_code FROM immunisation WHERE member_id = ? AND deleted_at IS NULL"), {memberId});
    if (!v)
        return v.error();
    for (QSqlQuery vq = std::move(v).value(); vq.next();)
        p.vaccinesGiven.insert(vq.value(0).toString());

    auto a = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT count(*) FROM vitamin_a WHERE member_id = ? AND deleted_at IS NULL AND given_on >= ? AND given_on <= ?"),
                      {memberId, QDate(date.year(), date.month(), 1), date});
    if (!a)
        return a.error();
    if (QSqlQuery aq = std::move(a).value(); aq.next())
        p.vitaminAThisMonth = aq.value(0).toInt() > 0;

    auto preg = Sql::run(m_db.sql(),
                         QStringLiteral("SELECT p.id, p.lmp_date FROM pregnancy p WHERE p.member_id = ? AND p.deleted_at IS NULL AND ")
                             + PregnancyWindow::ongoingSql() + QStringLiteral(" ORDER BY p.id DESC LIMIT 1"),
                         QVariantList{memberId} + PregnancyWindow::valuesOn(date));
    if (!preg)
        return preg.error();
    if (QSqlQuery pq = std::move(preg).value(); pq.next()) {
        p.pregnancyId = pq.value(0).toString();
        p.pregnancyLmp = QDate::fromString(pq.value(1).toString(), Qt::ISODate);
        pq.finish();
        auto visits =
            Sql::run(m_db.sql(), QStringLiteral("SELECT count(*) FROM anc_visit WHERE pregnancy_id = ? AND visit_date < ? AND deleted_at IS NULL"),
                     {p.pregnancyId, date});
        if (!visits)
            return visits.error();
        if (QSqlQuery vq = std::move(visits).value(); vq.next())
            p.ancVisitsBefore = vq.value(0).toInt();
    }
    return std::optional<PersonContext>(p);
}

QList<Indicator> SessionEntryRepository::formIndicators(const PersonContext &person, const QDate &date, bool pregnant) const
{
    QList<Indicator> memberQuestions, householdQuestions;
    const int months = ageInMonths(person.birthDate, date);
    for (const Indicator &i : m_catalog.all()) {
        const QString table = i.typedTarget.section(QLatin1Char('.'), 0, 0);
        if (table == QLatin1String("immunisation") || table == QLatin1String("incident"))
            continue;
        if (i.subject == QLatin1String("household")) {
            if (i.isActiveOn(date))
                householdQuestions.append(i);
            continue;
        }
        if (!i.appliesTo(months, person.sex, date))
            continue;
        if (table == kAncVisit && !pregnant)
            continue;
        if (table == QLatin1String("vitamin_a") && (!m_rules.isVitaminAMonth(date) || person.vitaminAThisMonth))
            continue;
        memberQuestions.append(i);
    }
    return memberQuestions + householdQuestions;
}

Result<Saved> SessionEntryRepository::save(const SessionEntry &entry, const QDate &today)
{
    auto found = context(entry.memberId, entry.date.isValid() ? entry.date : today);
    if (!found)
        return found.error();
    ValidationReport report;
    if (!found.value())
        return Error{tr("This person is not in the register."), {}};
    const PersonContext &person = *found.value();
    if (!entry.date.isValid() || entry.date > today)
        report.addError(QStringLiteral("date"), tr("The session date cannot be in the future."));
    else if (entry.date < person.birthDate)
        report.addError(QStringLiteral("date"), tr("The date cannot be before the birth date."));
    const int months = ageInMonths(person.birthDate, entry.date);

    // Sort every answer into the table that stores it.
    QMap<QString, QVariantMap> typed; // table -> column -> value
    QList<std::pair<const Indicator *, QString>> observations;
    QVariantMap memberUpdate;
    QString vitaminACapsule;
    // A question asked only after another answer (catalog ask_if) is judged on this entry's answers, as the form shows them.
    const bool pregnantNow = !person.pregnancyId.isEmpty() || entry.newPregnancyLmp.isValid();
    auto canonicalAnswer = [this, &entry](const QString &code) {
        const Indicator *other = m_catalog.find(code);
        ValidationReport ignored;
        return other && entry.answers.contains(code) ? other->canonicalValue(entry.answers.value(code), ignored).value_or(QString()) : QString();
    };
    for (auto it = entry.answers.cbegin(); it != entry.answers.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        const Indicator *indicator = m_catalog.find(it.key());
        if (!indicator) {
            report.addError(it.key(), tr("Unknown indicator %1.").arg(it.key()));
            continue;
        }
        if (indicator->subject == QLatin1String("member") && !indicator->appliesTo(months, person.sex, entry.date)) {
            report.addError(it.key(), tr("This question does not apply to this person's age or sex."));
            continue;
        }
        if (!indicator->isAsked(canonicalAnswer, pregnantNow)) {
            const Indicator *other = m_catalog.find(indicator->askIfAnswer());
            report.addError(it.key(),
                            other ? tr("Not asked with this answer to “%1”.").arg(other->label())
                                  : tr("Not asked during a pregnancy: the pregnancy visit records it."));
            continue;
        }
        const auto canonical = indicator->canonicalValue(it.value(), report, it.key());
        if (!canonical)
            continue;
        const QString table = indicator->typedTarget.section(QLatin1Char('.'), 0, 0);
        const QString column = indicator->typedTarget.section(QLatin1Char('.'), 1);
        if (table.isEmpty())
            observations.append({indicator, *canonical});
        else if (table == QLatin1String("vitamin_a"))
            vitaminACapsule = *canonical;
        else if (table == kMember)
            memberUpdate.insert(column, *canonical);
        else if (table == kAnthropometry || table == kAncVisit || table == kScreening)
            typed[table].insert(column, typedValue(*indicator, *canonical));
        else
            report.addError(it.key(), tr("%1 is entered in its own form, not here.").arg(indicator->code));
    }

    // Anthropometry goes through the record's own rules (ranges, dates).
    Anthropometry child;
    if (typed.contains(kAnthropometry)) {
        const QVariantMap &m = typed[kAnthropometry];
        child.memberId = person.memberId;
        child.sessionId = entry.sessionId;
        child.measuredOn = entry.date;
        child.weightKg = optionalDouble(m, QStringLiteral("weight_kg"));
        child.lenheiCm = optionalDouble(m, QStringLiteral("lenhei_cm"));
        child.muacCm = optionalDouble(m, QStringLiteral("muac_cm"));
        child.headCircCm = optionalDouble(m, QStringLiteral("head_circ_cm"));
        child.oedema = m.value(QStringLiteral("oedema")).toInt() == 1;
        // Without an answer the position is WHO's standard one for the age.
        const QString position = m.value(QStringLiteral("position")).toString();
        child.position = position.isEmpty() ? Anthropometry::standardPosition(int(person.birthDate.daysTo(entry.date)))
                                            : Anthropometry::positionFromCode(position).value_or(Anthropometry::Position::Lying);
        const ValidationReport childReport = child.validate(person.birthDate, today);
        for (const ValidationIssue &issue : childReport.issues()) {
            const Indicator *owner = nullptr;
            for (const Indicator &i : m_catalog.all())
                if (i.typedTarget == kAnthropometry + QLatin1Char('.') + issue.field)
                    owner = &i;
            report.append({{owner ? owner->code : issue.field, issue.severity, issue.message}});
        }
    }
    if (typed.contains(kScreening)) {
        const QVariantMap &s = typed[kScreening];
        if (s.contains(QStringLiteral("systolic")) != s.contains(QStringLiteral("diastolic")))
            report.addError(s.contains(QStringLiteral("systolic")) ? QStringLiteral("kes_diastolic") : QStringLiteral("kes_systolic"),
                            tr("Enter both blood pressure numbers, for example 120 and 80."));
        else if (s.contains(QStringLiteral("systolic"))
                 && s.value(QStringLiteral("systolic")).toInt() <= s.value(QStringLiteral("diastolic")).toInt())
            report.addError(QStringLiteral("kes_diastolic"), tr("The lower blood pressure number must be smaller than the upper one (120/80)."));
    }

    // A new pregnancy, registered now, carries today's visit.
    const bool registersPregnancy = entry.newPregnancyLmp.isValid() && person.pregnancyId.isEmpty();
    if (registersPregnancy) {
        if (!PregnancyWindow::mayBecomePregnant(person.sex, months))
            report.addError(QStringLiteral("new_pregnancy_lmp"), tr("A pregnancy can only be registered for a woman aged 10 to 55."));
        else if (entry.newPregnancyLmp > entry.date)
            report.addError(QStringLiteral("new_pregnancy_lmp"), tr("The first day of the last period cannot be in the future."));
        else if (entry.newPregnancyLmp < entry.date.addDays(-PregnancyWindow::kLongestDays))
            report.addError(QStringLiteral("new_pregnancy_lmp"), tr("That period was more than 44 weeks ago; check the date."));
    }
    const bool recordsDelivery = entry.deliveredOn.isValid();
    if (recordsDelivery) {
        if (person.pregnancyId.isEmpty())
            report.addError(QStringLiteral("delivered_on"), tr("There is no ongoing pregnancy to end."));
        else if (entry.deliveredOn > today)
            report.addError(QStringLiteral("delivered_on"), tr("The delivery date cannot be in the future."));
        else if (person.pregnancyLmp.isValid() && entry.deliveredOn <= person.pregnancyLmp)
            report.addError(QStringLiteral("delivered_on"), tr("The delivery date must be after the first day of the last period."));
    }
    if (typed.contains(kAncVisit) && person.pregnancyId.isEmpty() && !registersPregnancy)
        report.addError(QStringLiteral("new_pregnancy_lmp"), tr("Register the pregnancy first (first day of the last period)."));
    // With a known HPHT the gestational age is worked out, not typed: a typed number must agree with it.
    if (const QDate lmp = registersPregnancy ? entry.newPregnancyLmp : person.pregnancyLmp; typed.contains(kAncVisit) && lmp.isValid()) {
        const int weeks = PregnancyWindow::gestationalDays(lmp, entry.date) / 7;
        QVariantMap &visit = typed[kAncVisit];
        if (visit.contains(QStringLiteral("gestational_weeks")) && visit.value(QStringLiteral("gestational_weeks")).toInt() != weeks)
            report.addError(QStringLiteral("kes_anc_gestational_weeks"),
                            tr("From the first day of the last period (%1) the pregnancy is %2 weeks.").arg(formatUserDate(lmp)).arg(weeks));
        visit.insert(QStringLiteral("gestational_weeks"), weeks);
    }

    // Doses recorded on this day already (the entry saved again) are kept, not given twice.
    QSet<QString> recordedToday;
    {
        auto r =
            Sql::run(m_db.sql(), QStringLiteral("SELECT vaccine_code FROM immunisation WHERE member_id = ? AND given_on = ? AND deleted_at IS NULL"),
                     {person.memberId, entry.date});
        if (!r)
            return r.error();
        for (QSqlQuery q = std::move(r).value(); q.next();)
            recordedToday.insert(q.value(0).toString());
    }
    const QStringList newDoses = DoseCheck(m_rules).newDoses(person, entry, recordedToday, report);
    if (!vitaminACapsule.isEmpty() && person.vitaminAThisMonth)
        report.addError(QStringLiteral("kes_vitamin_a"), tr("Vitamin A was already given this month."));
    if (!entry.referralTo.isEmpty() && !ReferralDestination::isKnown(entry.referralTo))
        report.addError(QStringLiteral("referral_to"), tr("Choose where the person is referred to."));
    else if (entry.referralTo == ReferralDestination::declined() && entry.referralReason.simplified().isEmpty())
        report.addError(QStringLiteral("referral_reason"), tr("Write why the person is not referred."));

    const bool nothing = typed.isEmpty() && observations.isEmpty() && memberUpdate.isEmpty() && vitaminACapsule.isEmpty() && newDoses.isEmpty()
        && entry.earlierDoses.isEmpty() && entry.referralTo.isEmpty() && !registersPregnancy && !recordsDelivery;
    if (nothing && !report.hasErrors())
        report.addError(QStringLiteral("entry"), tr("Nothing is filled in yet."));
    if (report.hasErrors())
        return Error{report.firstError(), report.issues()};

    Transaction tx(m_db.sql());
    if (!tx.isOpen())
        return tx.beginError();
    ChangeSet changes;
    ChangeWriter writer(m_db, &changes);
    const QVariant session = entry.sessionId.isEmpty() ? QVariant() : QVariant(entry.sessionId);
    QString firstId;
    auto insert = [&](const QString &entity, QVariantMap fields) -> Result<void> {
        const QString id = Ids::newUuidV7();
        if (firstId.isEmpty())
            firstId = id;
        return writer.insert(entity, id, fields);
    };
    // The record this entry saved before (found by `where`) is corrected; there is a new one only when there was none.
    auto upsert = [&](const QString &entity, const QString &where, const QVariantList &values, const QVariantMap &fields) -> Result<void> {
        auto found = Sql::run(
            m_db.sql(), QStringLiteral("SELECT id FROM %1 WHERE %2 AND deleted_at IS NULL ORDER BY id DESC LIMIT 1").arg(entity, where), values);
        if (!found)
            return found.error();
        QSqlQuery q = std::move(found).value();
        if (!q.next())
            return insert(entity, fields);
        const QString id = q.value(0).toString();
        q.finish();
        if (firstId.isEmpty())
            firstId = id;
        return writer.update(entity, id, fields);
    };

    if (typed.contains(kAnthropometry)) {
        if (auto r = upsert(kAnthropometry, QStringLiteral("member_id = ? AND measured_on = ?"), {person.memberId, entry.date},
                            {{QStringLiteral("member_id"), person.memberId},
                             {QStringLiteral("session_id"), session},
                             {QStringLiteral("measured_on"), entry.date},
                             {QStringLiteral("weight_kg"), orNull(child.weightKg)},
                             {QStringLiteral("lenhei_cm"), orNull(child.lenheiCm)},
                             {QStringLiteral("position"), Anthropometry::positionCode(child.position)},
                             {QStringLiteral("muac_cm"), orNull(child.muacCm)},
                             {QStringLiteral("head_circ_cm"), orNull(child.headCircCm)},
                             {QStringLiteral("oedema"), child.oedema}});
            !r)
            return r.error();
    }
    QString pregnancyId = person.pregnancyId;
    if (registersPregnancy) {
        pregnancyId = Ids::newUuidV7();
        if (auto r = writer.insert(QStringLiteral("pregnancy"), pregnancyId,
                                   {{QStringLiteral("member_id"), person.memberId},
                                    {QStringLiteral("lmp_date"), entry.newPregnancyLmp},
                                    {QStringLiteral("edd"), PregnancyWindow::dueDate(entry.newPregnancyLmp)},
                                    {QStringLiteral("status"), QStringLiteral("ongoing")}});
            !r)
            return r.error();
    }
    if (typed.contains(kAncVisit)) {
        QVariantMap fields = typed[kAncVisit];
        fields.insert(QStringLiteral("pregnancy_id"), pregnancyId);
        fields.insert(QStringLiteral("session_id"), session);
        fields.insert(QStringLiteral("visit_date"), entry.date);
        if (auto r = upsert(kAncVisit, QStringLiteral("pregnancy_id = ? AND visit_date = ?"), {pregnancyId, entry.date}, fields); !r)
            return r.error();
    }
    if (typed.contains(kScreening)) {
        QVariantMap fields = typed[kScreening];
        fields.insert(QStringLiteral("member_id"), person.memberId);
        fields.insert(QStringLiteral("session_id"), session);
        fields.insert(QStringLiteral("screened_on"), entry.date);
        if (auto r = upsert(kScreening, QStringLiteral("member_id = ? AND screened_on = ?"), {person.memberId, entry.date}, fields); !r)
            return r.error();
    }
    for (const auto &[indicator, value] : observations) {
        const bool aboutMember = indicator->subject == QLatin1String("member");
        // The person's answer of the day; the household's of the month, whichever member's form gave it.
        const QString where = aboutMember ? QStringLiteral("member_id = ? AND indicator_code = ? AND observed_on = ?")
                                          : QStringLiteral("household_id = ? AND member_id IS NULL AND indicator_code = ? AND observed_on >= ? "
                                                           "AND observed_on <= ?");
        const QVariantList values = aboutMember ? QVariantList{person.memberId, indicator->code, entry.date}
                                                : QVariantList{person.householdId, indicator->code, monthStart(entry.date), entry.date};
        if (auto r = upsert(QStringLiteral("observation"), where, values,
                            {{QStringLiteral("session_id"), session},
                             {QStringLiteral("household_id"), person.householdId},
                             {QStringLiteral("member_id"), aboutMember ? QVariant(person.memberId) : QVariant()},
                             {QStringLiteral("indicator_code"), indicator->code},
                             {QStringLiteral("observed_on"), entry.date},
                             {QStringLiteral("value"), value}});
            !r)
            return r.error();
    }
    for (const QString &code : std::as_const(newDoses)) {
        if (auto r = insert(QStringLiteral("immunisation"),
                            {{QStringLiteral("member_id"), person.memberId},
                             {QStringLiteral("session_id"), session},
                             {QStringLiteral("vaccine_code"), code},
                             {QStringLiteral("given_on"), entry.date}});
            !r)
            return r.error();
    }
    for (auto it = entry.earlierDoses.cbegin(); it != entry.earlierDoses.cend(); ++it) {
        if (auto r = insert(QStringLiteral("immunisation"),
                            {{QStringLiteral("member_id"), person.memberId},
                             {QStringLiteral("session_id"), QVariant()}, // not given at this session
                             {QStringLiteral("vaccine_code"), it.key()},
                             {QStringLiteral("given_on"), it.value()},
                             {QStringLiteral("given_at"), QStringLiteral("elsewhere")}});
            !r)
            return r.error();
    }
    if (!vitaminACapsule.isEmpty()) {
        if (auto r = insert(QStringLiteral("vitamin_a"),
                            {{QStringLiteral("member_id"), person.memberId},
                             {QStringLiteral("session_id"), session},
                             {QStringLiteral("given_on"), entry.date},
                             {QStringLiteral("capsule"), vitaminACapsule}});
            !r)
            return r.error();
    }
    if (!memberUpdate.isEmpty()) {
        if (auto r = writer.update(kMember, person.memberId, memberUpdate); !r)
            return r.error();
    }
    if (recordsDelivery) {
        if (auto r = writer.update(QStringLiteral("pregnancy"), person.pregnancyId,
                                   {{QStringLiteral("status"), QStringLiteral("delivered")}, {QStringLiteral("outcome_date"), entry.deliveredOn}});
            !r)
            return r.error();
    }
    if (!entry.referralTo.isEmpty()) {
        if (auto r = upsert(QStringLiteral("referral"), QStringLiteral("member_id = ? AND referred_on = ?"), {person.memberId, entry.date},
                            {{QStringLiteral("household_id"), person.householdId},
                             {QStringLiteral("member_id"), person.memberId},
                             {QStringLiteral("session_id"), session},
                             {QStringLiteral("referred_on"), entry.date},
                             {QStringLiteral("destination"), entry.referralTo},
                             {QStringLiteral("reason"), entry.referralReason.simplified()}});
            !r)
            return r.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    QList<ValidationIssue> warnings;
    for (const ValidationIssue &issue : report.issues())
        if (issue.severity == ValidationIssue::Severity::Warning)
            warnings.append(issue);
    return Saved{firstId.isEmpty() ? pregnancyId : firstId, warnings, changes};
}

} // namespace Posyandu::Storage

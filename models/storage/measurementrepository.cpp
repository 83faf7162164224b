// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementrepository.h"

#include "age.h"
#include "repositorysupport.h"
#include "sql.h"

namespace Posyandu::Storage {

namespace {
QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
} // namespace

Result<std::optional<MeasurementRepository::Person>> MeasurementRepository::person(const QString &memberId) const
{
    auto r = Sql::run(m_db.sql(), QStringLiteral("SELECT birth_date, sex, household_id FROM member WHERE id = ? AND deleted_at IS NULL"), {memberId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return std::optional<Person>();
    return std::optional<Person>(Person{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()});
}

Result<Saved> MeasurementRepository::saveAnthropometry(const Anthropometry &a, const QDate &today)
{
    auto who = person(a.memberId);
    if (!who)
        return who.error();
    ValidationReport report;
    if (!a.memberId.isEmpty() && !who.value())
        report.addError(QStringLiteral("member_id"), tr("This person is not in the register."));
    report.append(a.validate(who.value() ? who.value()->birthDate : QDate(), today).issues());
    return saveValidated(m_db, QStringLiteral("anthropometry"), a.id, report,
                         {{QStringLiteral("member_id"), a.memberId},
                          {QStringLiteral("session_id"), nullIfEmpty(a.sessionId)},
                          {QStringLiteral("measured_on"), a.measuredOn},
                          {QStringLiteral("weight_kg"), optionalValue(a.weightKg)},
                          {QStringLiteral("lenhei_cm"), optionalValue(a.lenheiCm)},
                          {QStringLiteral("position"), Anthropometry::positionCode(a.position)},
                          {QStringLiteral("muac_cm"), optionalValue(a.muacCm)},
                          {QStringLiteral("head_circ_cm"), optionalValue(a.headCircCm)},
                          {QStringLiteral("oedema"), a.oedema}});
}

Result<Saved> MeasurementRepository::saveObservation(const Observation &o, const QDate &today)
{
    ValidationReport report;
    QString canonical;
    const Indicator *indicator = m_catalog.find(o.indicatorCode);
    if (!o.observedOn.isValid())
        report.addError(QStringLiteral("observed_on"), tr("Fill in the date."));
    else if (o.observedOn > today)
        report.addError(QStringLiteral("observed_on"), tr("The date cannot be in the future."));
    if (!indicator) {
        report.addError(QStringLiteral("indicator_code"), tr("Unknown indicator %1.").arg(o.indicatorCode));
    } else if (!indicator->typedTarget.isEmpty()) {
        report.addError(QStringLiteral("indicator_code"), tr("%1 is entered in its own form, not as an observation.").arg(indicator->code));
    } else {
        if (const auto value = indicator->canonicalValue(o.value, report))
            canonical = *value;
        if (indicator->subject == QLatin1String("member") && o.memberId.isEmpty())
            report.addError(QStringLiteral("member_id"), tr("Choose the person this answer is about."));
    }
    if (o.householdId.isEmpty())
        report.addError(QStringLiteral("household_id"), tr("Choose the household."));

    if (!o.memberId.isEmpty()) {
        auto who = person(o.memberId);
        if (!who)
            return who.error();
        if (!who.value()) {
            report.addError(QStringLiteral("member_id"), tr("This person is not in the register."));
        } else if (who.value()->householdId != o.householdId) {
            report.addError(QStringLiteral("member_id"), tr("This person does not belong to the chosen household."));
        } else if (o.observedOn.isValid() && o.observedOn < who.value()->birthDate) {
            report.addError(QStringLiteral("observed_on"), tr("The date cannot be before the birth date."));
        } else if (indicator && o.observedOn.isValid()
                   && !indicator->appliesTo(ageInMonths(who.value()->birthDate, o.observedOn), who.value()->sex, o.observedOn)) {
            report.addError(QStringLiteral("indicator_code"), tr("This question does not apply to this person's age or sex."));
        }
    }
    return saveValidated(m_db, QStringLiteral("observation"), o.id, report,
                         {{QStringLiteral("session_id"), nullIfEmpty(o.sessionId)},
                          {QStringLiteral("household_id"), o.householdId},
                          {QStringLiteral("member_id"), nullIfEmpty(o.memberId)},
                          {QStringLiteral("indicator_code"), o.indicatorCode},
                          {QStringLiteral("observed_on"), o.observedOn},
                          {QStringLiteral("value"), canonical},
                          {QStringLiteral("referral_to"), o.referralTo.simplified()},
                          {QStringLiteral("notes"), o.notes.simplified()}});
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerules.h"

#include "age.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Posyandu {

Result<ScheduleRules> ScheduleRules::fromResources()
{
    QFile file(QStringLiteral(":/schedule/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The schedule rules are missing from the application."), {}};
    return fromJson(file.readAll());
}

Result<ScheduleRules> ScheduleRules::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    const Error damaged{tr("The schedule rules are damaged (%1).").arg(parseError.errorString()), {}};
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("version")).toInt() < 1)
        return damaged;

    ScheduleRules rules;
    for (const QJsonValue &v : root.value(QStringLiteral("immunisation")).toArray()) {
        const QJsonObject o = v.toObject();
        VaccineRule rule{o.value(QStringLiteral("code")).toString(),       o.value(QStringLiteral("label")).toString(),
                         o.value(QStringLiteral("due_months")).toInt(-1),  o.value(QStringLiteral("complete_basic")).toBool(),
                         o.value(QStringLiteral("endemic_only")).toBool(), o.value(QStringLiteral("after")).toString(),
                         o.value(QStringLiteral("latest_days")).toInt(-1)};
        if (rule.code.isEmpty() || rule.dueMonths < 0 || (!rule.after.isEmpty() && !rules.vaccine(rule.after)))
            return damaged; // a series' earlier dose comes earlier in the file
        rules.m_vaccines.append(rule);
    }
    const QJsonObject vitaminA = root.value(QStringLiteral("vitamin_a")).toObject();
    for (const QJsonValue &m : vitaminA.value(QStringLiteral("months")).toArray())
        rules.m_vitaminAMonths.append(m.toInt());
    for (const QJsonValue &v : vitaminA.value(QStringLiteral("capsules")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray band = o.value(QStringLiteral("age_months")).toArray();
        rules.m_capsules.append({o.value(QStringLiteral("capsule")).toString(), band.at(0).toInt(), band.at(1).toInt()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("kbm_grams")).toArray()) {
        const QJsonObject o = v.toObject();
        rules.m_kbmGrams.insert(o.value(QStringLiteral("age_months")).toInt(), o.value(QStringLiteral("grams")).toInt());
    }
    if (rules.m_vaccines.isEmpty() || rules.m_vitaminAMonths.isEmpty() || rules.m_kbmGrams.isEmpty())
        return damaged;
    return rules;
}

const VaccineRule *ScheduleRules::vaccine(const QString &code) const
{
    for (const VaccineRule &rule : m_vaccines)
        if (rule.code == code)
            return &rule;
    return nullptr;
}

QList<VaccineRule> ScheduleRules::dueVaccines(const QDate &birth, const QSet<QString> &given, const QDate &on, bool includeEndemic) const
{
    QList<VaccineRule> due;
    if (!birth.isValid() || on < birth)
        return due;
    const int age = ageInMonths(birth, on);
    if (age >= 60)
        return due; // the infant schedule ends with the under-five years
    for (const VaccineRule &rule : m_vaccines) {
        if (rule.dueMonths <= age && !given.contains(rule.code) && (includeEndemic || !rule.endemicOnly) && whyNot(rule, birth, given, on).isEmpty())
            due.append(rule);
    }
    return due;
}

QString ScheduleRules::whyNot(const VaccineRule &rule, const QDate &birth, const QSet<QString> &given, const QDate &on) const
{
    if (!rule.after.isEmpty() && !given.contains(rule.after)) {
        const VaccineRule *before = vaccine(rule.after);
        return tr("%1 comes after %2, which this child has not had: give or record %2 first.").arg(rule.label, before ? before->label : rule.after);
    }
    if (rule.latestDays >= 0 && birth.isValid() && birth.daysTo(on) > rule.latestDays)
        return tr("%1 is given only up to the age of %n day(s); this child is older.", nullptr, rule.latestDays).arg(rule.label);
    return {};
}

QString ScheduleRules::vitaminACapsule(const QDate &birth, const QDate &on) const
{
    if (!isVitaminAMonth(on) || !birth.isValid() || on < birth)
        return {};
    const int age = ageInMonths(birth, on);
    for (const CapsuleBand &band : m_capsules)
        if (age >= band.minMonths && age <= band.maxMonths)
            return band.capsule;
    return {};
}

std::optional<int> ScheduleRules::minimumGainGrams(int ageMonths) const
{
    if (ageMonths < m_kbmGrams.firstKey() || ageMonths >= 60)
        return std::nullopt;
    auto it = m_kbmGrams.upperBound(ageMonths);
    return std::prev(it).value();
}

} // namespace Posyandu

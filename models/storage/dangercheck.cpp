// SPDX-License-Identifier: GPL-3.0-or-later
#include "dangercheck.h"

#include "age.h"
#include "anthropometry.h"
#include "weighttrend.h"

namespace Posyandu::Storage {

namespace {
constexpr int kUnderFiveMonths = 60;
}

Growth::GrowthInput DangerCheck::growthInput(const PersonContext &person, const QDate &date, std::optional<double> weightKg,
                                             std::optional<double> lenheiCm, const QString &positionCode, bool oedema)
{
    Growth::GrowthInput in;
    in.sex = person.sex == QLatin1String("P") ? 2 : 1;
    in.ageDays = int(person.birthDate.daysTo(date));
    in.weightKg = weightKg;
    in.lenheiCm = lenheiCm;
    in.measuredLying = positionCode.isEmpty() ? Anthropometry::measuredLyingByStandard(in.ageDays) : positionCode == QLatin1String("lying");
    in.oedema = oedema;
    return in;
}

int DangerCheck::monthsNotWeighed(const PersonContext &person, const QDate &date)
{
    std::optional<QDate> last;
    for (const Growth::WeightOnDate &w : person.weights)
        if (w.date < date && (!last || w.date > *last))
            last = w.date;
    if (!last)
        return 0;
    const int months = (date.year() - last->year()) * 12 + date.month() - last->month();
    return std::max(0, months - 1);
}

Result<QList<DangerSign>> DangerCheck::savedSigns(const SessionEntryRepository &repository, const QString &memberId, const QDate &date) const
{
    auto person = repository.context(memberId, date);
    if (!person)
        return person.error();
    if (!person.value())
        return QList<DangerSign>();
    auto saved = repository.savedEntry(*person.value(), date);
    if (!saved)
        return saved.error();
    return signs(*person.value(), date, saved.value().answers);
}

QList<DangerSign> DangerCheck::signs(const PersonContext &person, const QDate &date, const QMap<QString, QString> &answers) const
{
    DangerFacts facts;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Indicator *indicator = m_catalog.find(it.key());
        ValidationReport ignored;
        if (indicator && !it.value().trimmed().isEmpty())
            if (const auto canonical = indicator->canonicalValue(it.value(), ignored))
                facts.answers.insert(it.key(), *canonical);
    }
    if (ageInMonths(person.birthDate, date) < kUnderFiveMonths) {
        facts.monthsNotWeighed = monthsNotWeighed(person, date);
        const auto weight = parseDecimal(facts.answers.value(QStringLiteral("kes_weight")));
        const auto lenhei = parseDecimal(facts.answers.value(QStringLiteral("kes_lenhei")));
        if (weight)
            facts.twiceNotUp = Growth::WeightTrend::assess(person.birthDate, person.weights, date, *weight, m_rules).twiceNotUp;
        if (m_calculator && (weight || lenhei)) {
            const Growth::GrowthResult r =
                m_calculator->compute(growthInput(person, date, weight, lenhei, facts.answers.value(QStringLiteral("kes_position")),
                                                  facts.answers.value(QStringLiteral("kes_oedema")) == QLatin1String("true")));
            auto keep = [&facts](const char *name, const Growth::IndexResult &index) {
                if (index.z && !index.implausible)
                    facts.z.insert(QLatin1String(name), *index.z);
            };
            keep("weight_for_age", r.weightForAge);
            keep("length_for_age", r.lengthForAge);
            keep("weight_for_length", r.weightForLength);
        }
    }
    return m_signs.assess(facts);
}

} // namespace Posyandu::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "nutritionreport.h"

namespace Posyandu::Reports {

namespace {
const QString kNotComputed = QStringLiteral("not_computed");

const QStringList kWeightForAge = {QStringLiteral("severely_underweight"), QStringLiteral("underweight"), QStringLiteral("normal"),
                                   QStringLiteral("risk_of_overweight")};
const QStringList kLengthForAge = {QStringLiteral("severely_stunted"), QStringLiteral("stunted"), QStringLiteral("normal"), QStringLiteral("tall")};
const QStringList kWeightForLength = {QStringLiteral("severely_wasted"),    QStringLiteral("wasted"),     QStringLiteral("normal"),
                                      QStringLiteral("risk_of_overweight"), QStringLiteral("overweight"), QStringLiteral("obese")};

void count(QMap<QString, int> &counts, const Growth::IndexResult &index)
{
    counts[index.z ? index.category : kNotComputed] += 1;
}
} // namespace

NutritionReport::Result NutritionReport::compute(const QList<UnderFive> &children, const ReportScope &scope, const Growth::GrowthCalculator &growth,
                                                 const QList<const UnderFive *> &twiceNotUp)
{
    Result r;
    for (const QStringList *codes : {&kWeightForAge, &kLengthForAge, &kWeightForLength}) {
        QMap<QString, int> &target = codes == &kWeightForAge ? r.weightForAge : codes == &kLengthForAge ? r.lengthForAge : r.weightForLength;
        for (const QString &code : *codes)
            target.insert(code, 0);
        target.insert(kNotComputed, 0);
    }
    for (const UnderFive &child : children) {
        const auto w = child.thisMonth(scope);
        QStringList reasons;
        if (w) {
            ++r.weighed;
            Growth::GrowthInput in;
            in.sex = child.sex == QLatin1String("P") ? 2 : 1;
            in.ageDays = int(child.birthDate.daysTo(w->date));
            in.weightKg = w->kg;
            in.lenheiCm = w->lenheiCm;
            in.measuredLying = w->lying;
            in.oedema = w->oedema;
            const Growth::GrowthResult g = growth.compute(in);
            count(r.weightForAge, g.weightForAge);
            count(r.lengthForAge, g.lengthForAge);
            count(r.weightForLength, g.weightForLength);
            if (g.weightForLength.z && *g.weightForLength.z < -2)
                reasons << Growth::GrowthCalculator::categoryLabel(g.weightForLength.category);
            if (g.lengthForAge.z && *g.lengthForAge.z < -2)
                reasons << Growth::GrowthCalculator::categoryLabel(g.lengthForAge.category);
            if (w->oedema)
                reasons << tr("Oedema");
            if (g.weightForAge.implausible || g.lengthForAge.implausible || g.weightForLength.implausible)
                reasons << tr("Unlikely value: check the measurement");
        }
        if (twiceNotUp.contains(&child))
            reasons << tr("Not up two months running (2T)");
        if (!reasons.isEmpty())
            r.referrals.append({&child, reasons});
    }
    return r;
}

QList<ReportTable> NutritionReport::tables(const Result &r, bool withNames)
{
    ReportTable status;
    status.id = QStringLiteral("nutrition_status");
    status.title = tr("Nutrition status of the children weighed this month");
    status.columns = {tr("Index"), tr("Category"), tr("Children"), tr("% of weighed")};
    auto add = [&](const QString &index, const QStringList &codes, const QMap<QString, int> &counts) {
        for (const QString &code : codes + QStringList{kNotComputed}) {
            const int n = counts.value(code);
            status.rows.append(
                {index,
                 code == kNotComputed ? tr("Not computed (no length, oedema or age 60 months)") : Growth::GrowthCalculator::categoryLabel(code), n,
                 percentCell(n, r.weighed)});
        }
    };
    add(tr("Weight-for-age (BB/U)"), kWeightForAge, r.weightForAge);
    add(tr("Length/height-for-age (PB/U, TB/U)"), kLengthForAge, r.lengthForAge);
    add(tr("Weight-for-length/height (BB/PB, BB/TB)"), kWeightForLength, r.weightForLength);
    status.notes << tr("WHO Child Growth Standards 2006 z-scores by the month's last weighing; categories of Permenkes 2/2020.");

    QList<ReportTable> result{status};
    if (withNames) {
        ReportTable refer;
        refer.id = QStringLiteral("nutrition_referrals");
        refer.title = tr("Children to refer or re-measure");
        refer.columns = {tr("Name"), tr("Household"), tr("Sex"), tr("Age (months)"), tr("Why")};
        for (const Referral &ref : r.referrals)
            refer.rows.append({ref.child->name, ref.child->headName, ref.child->sex, ref.child->ageMonths, ref.reasons.join(QStringLiteral("; "))});
        result.append(refer);
    }
    return result;
}

} // namespace Posyandu::Reports

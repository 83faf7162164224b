// SPDX-License-Identifier: GPL-3.0-or-later
#include "skdnreport.h"

#include "growthcalculator.h"

namespace Posyandu::Reports {

void SkdnCounts::add(const SkdnCounts &o)
{
    s += o.s;
    k += o.k;
    d += o.d;
    n += o.n;
    t += o.t;
    t2 += o.t2;
    this->o += o.o;
    b += o.b;
}

int SkdnReport::bandOf(int ageMonths)
{
    if (ageMonths < 6)
        return 0;
    if (ageMonths < 12)
        return 1;
    if (ageMonths < 24)
        return 2;
    if (ageMonths < 36)
        return 3;
    return 4;
}

QString SkdnReport::bandLabel(int band)
{
    static const char *const labels[kBands] = {"0-5", "6-11", "12-23", "24-35", "36-59"};
    return tr("%1 months").arg(QLatin1String(labels[std::clamp(band, 0, kBands - 1)]));
}

SkdnReport::Result SkdnReport::compute(const QList<UnderFive> &children, const ReportScope &scope, const ScheduleRules &rules)
{
    Result result;
    for (int band = 0; band < kBands; ++band)
        for (const QString &sex : {QStringLiteral("L"), QStringLiteral("P")})
            result.byBand.insert({band, sex}, SkdnCounts());
    for (const UnderFive &child : children) {
        SkdnCounts c;
        c.s = 1;
        c.k = child.hasKms ? 1 : 0;
        if (const auto weighed = child.thisMonth(scope)) {
            c.d = 1;
            QList<Growth::WeightOnDate> history;
            for (const Weighing &w : child.weighings)
                history.append({w.date, w.kg});
            const auto trend = Growth::WeightTrend::assess(child.birthDate, history, weighed->date, weighed->kg, rules, child.weighedBefore);
            switch (trend.kind) {
            case Growth::WeightTrend::Kind::Up:
                c.n = 1;
                break;
            case Growth::WeightTrend::Kind::NotUp:
                c.t = 1;
                c.t2 = trend.twiceNotUp ? 1 : 0;
                break;
            case Growth::WeightTrend::Kind::NotWeighedLastMonth:
                c.o = 1;
                break;
            case Growth::WeightTrend::Kind::FirstWeighing:
                c.b = 1;
                break;
            case Growth::WeightTrend::Kind::NotAssessed:
                break;
            }
        }
        if (c.t2)
            result.twiceNotUp.append(&child);
        result.total.add(c);
        result.byBand[{bandOf(child.ageMonths), child.sex}].add(c);
    }
    return result;
}

QList<ReportTable> SkdnReport::tables(const Result &r, bool withNames)
{
    const SkdnCounts &c = r.total;
    ReportTable totals;
    totals.id = QStringLiteral("skdn");
    totals.title = tr("SKDN");
    totals.columns = {tr("Indicator"), tr("Value"), tr("Formula")};
    totals.rows = {
        {tr("S: under-fives in the area"), c.s, QString()},
        {tr("K: with KMS / Buku KIA"), c.k, QString()},
        {tr("D: weighed this month"), c.d, QString()},
        {tr("N: weight up"), c.n, QString()},
        {tr("T: weight not up"), c.t, QString()},
        {tr("2T: not up two months running"), c.t2, QString()},
        {tr("O: not weighed last month"), c.o, QString()},
        {tr("B: weighed for the first time"), c.b, QString()},
        {tr("D′: weighed in both months"), c.dPrime(), QStringLiteral("D − O − B")},
        {tr("Coverage (%)"), percentCell(c.k, c.s), QStringLiteral("K / S × 100")},
        {tr("Participation (%)"), percentCell(c.d, c.s), QStringLiteral("D / S × 100")},
        {tr("Continuity (%)"), percentCell(c.d, c.k), QStringLiteral("D / K × 100")},
        {tr("Result (%)"), percentCell(c.n, c.d), QStringLiteral("N / D × 100")},
        {tr("Result on D′ (%)"), percentCell(c.n, c.dPrime()), QStringLiteral("N / D′ × 100")},
        {tr("Programme success (%)"), percentCell(c.n, c.s), QStringLiteral("N / S × 100")},
    };
    totals.notes << tr("Age in completed months on the last day of the month. A child weighed twice counts once, by the "
                       "month's last weighing. N and T use the KMS minimum monthly gain for the age (resources/schedule/rules.json).");

    ReportTable bands;
    bands.id = QStringLiteral("skdn_by_age_sex");
    bands.title = tr("SKDN by age and sex");
    bands.columns = {tr("Age"),           tr("Sex"),           QStringLiteral("S"), QStringLiteral("K"),
                     QStringLiteral("D"), QStringLiteral("N"), QStringLiteral("T"), QStringLiteral("2T"),
                     QStringLiteral("O"), QStringLiteral("B"), QStringLiteral("D′")};
    for (auto it = r.byBand.cbegin(); it != r.byBand.cend(); ++it) {
        const SkdnCounts &b = it.value();
        bands.rows.append({bandLabel(it.key().first), it.key().second, b.s, b.k, b.d, b.n, b.t, b.t2, b.o, b.b, b.dPrime()});
    }
    bands.rows.append({tr("Total"), QString(), c.s, c.k, c.d, c.n, c.t, c.t2, c.o, c.b, c.dPrime()});

    QList<ReportTable> result{totals, bands};
    if (withNames) {
        ReportTable refer;
        refer.id = QStringLiteral("skdn_2t");
        refer.title = tr("Not up two months running (2T): refer to the Puskesmas");
        refer.columns = {tr("Name"), tr("Household"), tr("Sex"), tr("Age (months)")};
        for (const UnderFive *child : r.twiceNotUp)
            refer.rows.append({child->name, child->headName, child->sex, child->ageMonths});
        result.append(refer);
    }
    return result;
}

} // namespace Posyandu::Reports

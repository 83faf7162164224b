// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlyreport.h"
#include "userdate.h"

#include "clock.h"
#include "csvtable.h"
#include "database.h"
#include "dataqualityreport.h"
#include "growthcalculator.h"
#include "immunisationreport.h"
#include "indicatorcatalog.h"
#include "maternalreport.h"
#include "nutritionreport.h"
#include "schedulerules.h"
#include "skdnreport.h"
#include "spmreport.h"
#include "underfivecohort.h"

#include <QLocale>
#include <QSaveFile>

namespace Posyandu::Reports {

Result<MonthlyReport> MonthlyReport::build(Storage::Database &db, const ReportScope &scope)
{
    auto ids = scope.posyanduIds(db);
    if (!ids)
        return ids.error();
    auto title = scope.title(db);
    if (!title)
        return title.error();
    auto rules = ScheduleRules::fromResources();
    if (!rules)
        return rules.error();
    auto growth = Growth::GrowthCalculator::fromResources();
    if (!growth)
        return Error{tr("The WHO growth tables in the application are damaged."), {}};
    auto children = UnderFiveCohort::load(db, scope, ids.value());
    if (!children)
        return children.error();

    MonthlyReport report;
    report.scope = scope;
    report.scopeTitle = title.value();
    report.generatedAt = Protocol::Clock::nowUtc().toLocalTime();
    report.withNames = scope.namesAllowed(int(ids.value().size()));
    const auto skdn = SkdnReport::compute(children.value(), scope, rules.value());
    report.tables << SkdnReport::tables(skdn, report.withNames);
    const auto nutrition = NutritionReport::compute(children.value(), scope, *growth, skdn.twiceNotUp);
    report.tables << NutritionReport::tables(nutrition, report.withNames);
    auto immunisation = ImmunisationReport::compute(db, scope, children.value(), rules.value());
    if (!immunisation)
        return immunisation.error();
    report.tables << ImmunisationReport::tables(immunisation.value(), rules.value(), report.withNames);
    auto maternal = MaternalReport::compute(db, scope, ids.value());
    if (!maternal)
        return maternal.error();
    report.tables << MaternalReport::tables(maternal.value(), report.withNames);
    auto catalog = Storage::IndicatorCatalog::load(db.sql());
    if (!catalog)
        return catalog.error();
    auto spm = SpmReport::compute(db, scope, ids.value(), catalog.value());
    if (!spm)
        return spm.error();
    report.tables << SpmReport::tables(spm.value());
    auto quality = DataQualityReport::compute(db, scope, ids.value(), report.withNames);
    if (!quality)
        return quality.error();
    report.tables << DataQualityReport::tables(quality.value(), report.withNames);
    return report;
}

QString MonthlyReport::heading() const
{
    return tr("Monthly report %1 — %2").arg(QLocale().toString(scope.firstDay(), QStringLiteral("MMMM yyyy")), scopeTitle);
}

QByteArray ReportCsv::serialize(const MonthlyReport &report)
{
    QByteArray out("\xEF\xBB\xBF");
    const bool decimalComma = QLocale().decimalPoint() == QLatin1String(",");
    auto append = [&out, decimalComma](const QStringList &header, const QList<QStringList> &rows) {
        Io::CsvTable t;
        t.delimiter = decimalComma ? QLatin1Char(';') : QLatin1Char(',');
        t.header = header;
        t.rows = rows;
        out += t.serialize();
    };
    append({report.heading()}, {{tr("Generated %1").arg(formatUserDateTime(report.generatedAt))}});
    for (const ReportTable &table : report.tables) {
        out += "\r\n";
        QList<QStringList> rows{table.columns};
        for (const QVariantList &row : table.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << (v.typeId() == QMetaType::Double
                              ? QString::number(v.toDouble(), 'f', 1).replace(QLatin1Char('.'), decimalComma ? QLatin1Char(',') : QLatin1Char('.'))
                              : v.toString());
            rows << cells;
        }
        for (const QString &note : table.notes)
            rows << QStringList{note};
        append({table.title}, rows);
    }
    return out;
}

Result<void> ReportCsv::write(const MonthlyReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    file.write(serialize(report));
    if (!file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace Posyandu::Reports

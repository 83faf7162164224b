// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthrobatch.h"

#include "anthropometry.h"
#include "indicator.h"

#include <QDate>
#include <QSaveFile>

namespace Posyandu::Io {

namespace {
const QStringList kOutputColumns = {QStringLiteral("zwei"),     QStringLiteral("zlen"),     QStringLiteral("zwfl"),     QStringLiteral("zbmi"),
                                    QStringLiteral("cat_wei"),  QStringLiteral("cat_len"),  QStringLiteral("cat_wfl"),  QStringLiteral("cat_bmi"),
                                    QStringLiteral("flag_wei"), QStringLiteral("flag_len"), QStringLiteral("flag_wfl"), QStringLiteral("flag_bmi"),
                                    QStringLiteral("error")};

std::optional<int> parseSex(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("l") || t == QLatin1String("m") || t == QLatin1String("1") || t == QLatin1String("laki-laki"))
        return 1;
    if (t == QLatin1String("p") || t == QLatin1String("f") || t == QLatin1String("2") || t == QLatin1String("perempuan"))
        return 2;
    return std::nullopt;
}
} // namespace

AnthroBatch::AnthroBatch(std::shared_ptr<const Growth::GrowthCalculator> calculator)
    : m_calculator(std::move(calculator))
{
}

Result<AnthroBatch::Summary> AnthroBatch::process(CsvTable &table) const
{
    QStringList missing;
    if (table.column(QStringLiteral("sex")) < 0)
        missing << QStringLiteral("sex");
    const bool hasDates = table.column(QStringLiteral("birth_date")) >= 0 && table.column(QStringLiteral("visit_date")) >= 0;
    if (!hasDates && table.column(QStringLiteral("age_days")) < 0)
        missing << QStringLiteral("birth_date + visit_date / age_days");
    if (table.column(QStringLiteral("weight_kg")) < 0 && table.column(QStringLiteral("lenhei_cm")) < 0)
        missing << QStringLiteral("weight_kg / lenhei_cm");
    if (!missing.isEmpty())
        return Error{tr("The file lacks required columns: %1.").arg(missing.join(QStringLiteral(", "))), {}};
    for (const QString &column : kOutputColumns)
        if (table.column(column) >= 0)
            return Error{tr("The file already has a column named %1; rename it first.").arg(column), {}};

    Summary summary;
    const qsizetype inputColumns = table.header.size();
    table.header.append(kOutputColumns);
    for (QStringList &row : table.rows) {
        row = row.mid(0, inputColumns); // drop stray cells past the header
        while (row.size() < inputColumns)
            row.append(QString());
        ++summary.rows;
        const QString error = processRow(table, row);
        if (!error.isEmpty()) {
            ++summary.rowsWithErrors;
            while (row.size() < table.header.size() - 1)
                row.append(QString());
            row.append(error);
        }
    }
    return summary;
}

QString AnthroBatch::processRow(const CsvTable &table, QStringList &row) const
{
    auto cell = [&](const char *name) {
        const int c = table.column(QLatin1String(name));
        return c >= 0 ? row.at(c).trimmed() : QString();
    };
    const auto sex = parseSex(cell("sex"));
    if (!sex)
        return tr("sex must be L or P");

    int ageDays = -1;
    if (!cell("age_days").isEmpty()) {
        const auto age = parseDecimal(cell("age_days"));
        if (!age || *age < 0)
            return tr("age_days must be a number of days, 0 or more");
        ageDays = int(std::lround(*age));
    } else {
        const QDate birth = QDate::fromString(cell("birth_date"), Qt::ISODate);
        const QDate visit = QDate::fromString(cell("visit_date"), Qt::ISODate);
        if (!birth.isValid() || !visit.isValid())
            return tr("birth_date and visit_date must be real dates (YYYY-MM-DD), or give age_days");
        if (visit < birth)
            return tr("visit_date is before birth_date");
        ageDays = int(birth.daysTo(visit));
    }
    if (ageDays >= Growth::GrowthCalculator::kMaxAgeDays)
        return tr("60 months or older: WHO child standards do not apply");

    Growth::GrowthInput input;
    input.sex = *sex;
    input.ageDays = ageDays;
    if (!cell("weight_kg").isEmpty()) {
        const auto weight = parseDecimal(cell("weight_kg"));
        if (!weight || *weight <= 0 || *weight > 100)
            return tr("weight_kg must be a weight in kg, e.g. 9.5");
        input.weightKg = weight;
    }
    if (!cell("lenhei_cm").isEmpty()) {
        const auto lenhei = parseDecimal(cell("lenhei_cm"));
        if (!lenhei || *lenhei <= 0 || *lenhei > 200)
            return tr("lenhei_cm must be a length or height in cm, e.g. 75.3");
        input.lenheiCm = lenhei;
    }
    if (!input.weightKg && !input.lenheiCm)
        return tr("no weight_kg or lenhei_cm");
    if (cell("measured").isEmpty()) {
        // WHO's own rule when the position is unknown: assume the standard one for the age.
        input.measuredLying = Anthropometry::measuredLyingByStandard(ageDays);
    } else if (const auto position = Anthropometry::positionFromCode(cell("measured"))) {
        input.measuredLying = *position == Anthropometry::Position::Lying;
    } else {
        return tr("measured must be lying or standing");
    }
    const QString oedema = cell("oedema").toLower();
    if (oedema == QLatin1String("y") || oedema == QLatin1String("ya") || oedema == QLatin1String("yes"))
        input.oedema = true;
    else if (!oedema.isEmpty() && oedema != QLatin1String("n") && oedema != QLatin1String("tidak") && oedema != QLatin1String("no"))
        return tr("oedema must be y or n");

    const Growth::GrowthResult result = m_calculator->compute(input);
    const bool decimalComma = table.delimiter == QLatin1Char(';');
    auto number = [decimalComma](const std::optional<double> &z) {
        if (!z)
            return QString();
        QString text = QString::number(*z, 'f', 2);
        if (text == QLatin1String("-0.00"))
            text = QStringLiteral("0.00");
        if (decimalComma)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return text;
    };
    const Growth::IndexResult *indices[] = {&result.weightForAge, &result.lengthForAge, &result.weightForLength, &result.bmiForAge};
    for (const auto *index : indices)
        row.append(number(index->z));
    for (const auto *index : indices)
        row.append(index->category);
    for (const auto *index : indices)
        row.append(index->z ? (index->implausible ? QStringLiteral("1") : QStringLiteral("0")) : QString());
    row.append(QString()); // no error
    return {};
}

Result<AnthroBatch::Summary> AnthroBatch::processFile(const QString &input, const QString &output) const
{
    auto table = CsvTable::readFile(input);
    if (!table)
        return table.error();
    CsvTable data = std::move(table).value();
    auto summary = process(data);
    if (!summary)
        return summary.error();
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.serialize()) < 0 || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(output, file.errorString()), {}};
    return summary;
}

} // namespace Posyandu::Io

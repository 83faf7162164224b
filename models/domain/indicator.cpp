// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicator.h"

#include "syncschema.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Posyandu {

std::optional<double> parseDecimal(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
    QString t = text.trimmed();
    if (!pattern.match(t).hasMatch())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QStringList Indicator::fields()
{
    return {QStringLiteral("pendidikan"), QStringLiteral("kesehatan"),       QStringLiteral("pekerjaan_umum"),
            QStringLiteral("perumahan"),  QStringLiteral("trantibumlinmas"), QStringLiteral("sosial")};
}

QString Indicator::fieldLabel(const QString &field)
{
    if (field == QLatin1String("pendidikan"))
        return tr("Education");
    if (field == QLatin1String("kesehatan"))
        return tr("Health");
    if (field == QLatin1String("pekerjaan_umum"))
        return tr("Public works (water, sanitation)");
    if (field == QLatin1String("perumahan"))
        return tr("Housing");
    if (field == QLatin1String("trantibumlinmas"))
        return tr("Public order and disaster preparedness");
    if (field == QLatin1String("sosial"))
        return tr("Social affairs");
    return field;
}

QString Indicator::localized(const QString &indonesian, const QString &english)
{
    return QLocale().language() == QLocale::Indonesian ? indonesian : english;
}

bool Indicator::isActiveOn(const QDate &date) const
{
    return (!validFrom.isValid() || date >= validFrom) && (!validTo.isValid() || date <= validTo);
}

bool Indicator::appliesTo(int ageMonths, const QString &personSex, const QDate &date) const
{
    if (!isActiveOn(date))
        return false;
    if (ageMinMonths && ageMonths < *ageMinMonths)
        return false;
    if (ageMaxMonths && ageMonths > *ageMaxMonths)
        return false;
    return sex.isEmpty() || sex == personSex;
}

QString Indicator::askIfAnswer() const
{
    return askIf.value(QStringLiteral("answer")).toString();
}

bool Indicator::isAsked(const std::function<QString(const QString &)> &answerOf, bool pregnant) const
{
    if (askIf.value(QStringLiteral("not_pregnant")).toBool() && pregnant)
        return false;
    const QString other = askIfAnswer();
    if (other.isEmpty())
        return true;
    const QString given = answerOf(other);
    auto listed = [&given](const QJsonValue &list) {
        for (const QJsonValue &v : list.toArray())
            if (v.toString() == given)
                return true;
        return false;
    };
    if (askIf.contains(QStringLiteral("in")) && !listed(askIf.value(QStringLiteral("in"))))
        return false;
    return !listed(askIf.value(QStringLiteral("not_in")));
}

QString Indicator::placeholder() const
{
    if (!example)
        return unit;
    const QString number = QLocale().toString(*example, 'g', 6);
    return unit.isEmpty() ? tr("e.g. %1").arg(number) : tr("e.g. %1 %2").arg(number, unit);
}

std::optional<QString> Indicator::canonicalValue(const QString &raw, ValidationReport &report, const QString &fieldName) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        report.addError(fieldName, tr("Fill in a value."));
        return std::nullopt;
    }
    if (valueType == QLatin1String("boolean")) {
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("ya"), QStringLiteral("y"), QStringLiteral("yes"),
                                        QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("tidak"), QStringLiteral("t"),
                                       QStringLiteral("n"),     QStringLiteral("no"),    QStringLiteral("0")};
        const QString lower = text.toLower();
        if (yes.contains(lower))
            return QStringLiteral("true");
        if (no.contains(lower))
            return QStringLiteral("false");
        report.addError(fieldName, tr("Answer yes (ya) or no (tidak)."));
        return std::nullopt;
    }
    if (valueType == QLatin1String("integer") || valueType == QLatin1String("number")) {
        const auto number = parseDecimal(text);
        if (!number) {
            report.addError(fieldName, tr("Enter a number, for example 9,5."));
            return std::nullopt;
        }
        if (valueType == QLatin1String("integer") && std::floor(*number) != *number) {
            report.addError(fieldName, tr("Enter a whole number."));
            return std::nullopt;
        }
        if ((minValue && *number < *minValue) || (maxValue && *number > *maxValue)) {
            report.addError(fieldName,
                            tr("The value must be between %1 and %2 %3.")
                                .arg(QLocale().toString(minValue.value_or(0)), QLocale().toString(maxValue.value_or(0)), unit)
                                .trimmed());
            return std::nullopt;
        }
        return QString::number(*number, 'g', 12);
    }
    if (valueType == QLatin1String("code")) {
        for (const Code &c : codes)
            if (c.code.compare(text, Qt::CaseInsensitive) == 0)
                return c.code;
        report.addError(fieldName, tr("Choose one of the listed answers."));
        return std::nullopt;
    }
    if (valueType == QLatin1String("date")) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            report.addError(fieldName, tr("Enter a real date (YYYY-MM-DD)."));
            return std::nullopt;
        }
        return date.toString(Qt::ISODate);
    }
    if (const int most = Protocol::SyncSchema::maxLength(QStringLiteral("observation"), QStringLiteral("value")); text.size() > most) {
        report.addError(fieldName, tr("The text is too long (at most %1 characters).").arg(most));
        return std::nullopt;
    }
    return text;
}

} // namespace Posyandu

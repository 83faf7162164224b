// SPDX-License-Identifier: GPL-3.0-or-later
#include "dangersigns.h"

#include "indicator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace Posyandu {

Result<DangerSigns> DangerSigns::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    const QJsonArray signs = root.value(QStringLiteral("signs")).toArray();
    if (parseError.error != QJsonParseError::NoError || signs.isEmpty())
        return Error{tr("The danger signs are damaged (%1).").arg(parseError.errorString()), {}};
    DangerSigns result;
    for (const QJsonValue &value : signs) {
        const QJsonObject o = value.toObject();
        Rule rule;
        rule.code = o.value(QStringLiteral("code")).toString();
        rule.labelId = o.value(QStringLiteral("label_id")).toString();
        rule.labelEn = o.value(QStringLiteral("label_en")).toString();
        rule.referTo = o.value(QStringLiteral("refer_to")).toString();
        const QString answer = o.value(QStringLiteral("answer")).toString();
        const QString z = o.value(QStringLiteral("z")).toString();
        const QJsonValue below = o.value(QStringLiteral("below"));
        const QJsonValue atLeast = o.value(QStringLiteral("at_least"));
        const QJsonValue above = o.value(QStringLiteral("above"));
        const QJsonValue monthsNotWeighed = o.value(QStringLiteral("months_not_weighed_at_least"));
        rule.subject = answer.isEmpty() ? z : answer;
        if (!answer.isEmpty() && below.isDouble())
            rule.kind = Rule::Kind::AnswerBelow, rule.threshold = below.toDouble();
        else if (!answer.isEmpty() && atLeast.isDouble())
            rule.kind = Rule::Kind::AnswerAtLeast, rule.threshold = atLeast.toDouble();
        else if (!answer.isEmpty() && o.value(QStringLiteral("is")).isString())
            rule.kind = Rule::Kind::AnswerIs, rule.value = o.value(QStringLiteral("is")).toString();
        else if (!z.isEmpty() && below.isDouble())
            rule.kind = Rule::Kind::ZBelow, rule.threshold = below.toDouble();
        else if (!z.isEmpty() && above.isDouble())
            rule.kind = Rule::Kind::ZAbove, rule.threshold = above.toDouble();
        else if (o.value(QStringLiteral("two_not_up")).toBool())
            rule.kind = Rule::Kind::TwiceNotUp;
        else if (monthsNotWeighed.isDouble())
            rule.kind = Rule::Kind::MonthsNotWeighed, rule.threshold = monthsNotWeighed.toDouble();
        else
            return Error{tr("Danger sign %1 names no answer, score or threshold.").arg(rule.code), {}};
        if (rule.code.isEmpty() || rule.labelId.isEmpty() || rule.labelEn.isEmpty())
            return Error{tr("A danger sign has no code or no words."), {}};
        result.m_rules.append(rule);
    }
    return result;
}

const DangerSigns &DangerSigns::bundled()
{
    static const DangerSigns signs = [] {
        QFile file(QStringLiteral(":/clinical/danger-signs.json"));
        auto loaded = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : Result<DangerSigns>(Error{file.errorString(), {}});
        if (!loaded) {
            qCritical("danger signs not loaded: %s", qUtf8Printable(loaded.error().message));
            return DangerSigns();
        }
        return std::move(loaded).value();
    }();
    return signs;
}

bool DangerSigns::holds(const Rule &rule, const DangerFacts &facts) const
{
    switch (rule.kind) {
    case Rule::Kind::AnswerBelow:
    case Rule::Kind::AnswerAtLeast: {
        const auto number = parseDecimal(facts.answers.value(rule.subject));
        return number && (rule.kind == Rule::Kind::AnswerBelow ? *number < rule.threshold : *number >= rule.threshold);
    }
    case Rule::Kind::AnswerIs:
        return facts.answers.value(rule.subject) == rule.value;
    case Rule::Kind::ZBelow:
        return facts.z.contains(rule.subject) && facts.z.value(rule.subject) < rule.threshold;
    case Rule::Kind::ZAbove:
        return facts.z.contains(rule.subject) && facts.z.value(rule.subject) > rule.threshold;
    case Rule::Kind::TwiceNotUp:
        return facts.twiceNotUp;
    case Rule::Kind::MonthsNotWeighed:
        return facts.monthsNotWeighed >= rule.threshold;
    }
    return false;
}

QList<DangerSign> DangerSigns::assess(const DangerFacts &facts) const
{
    QList<DangerSign> found;
    for (const Rule &rule : m_rules) {
        const bool already = std::any_of(found.cbegin(), found.cend(), [&rule](const DangerSign &s) { return s.code == rule.code; });
        if (!already && holds(rule, facts))
            found.append({rule.code, Indicator::localized(rule.labelId, rule.labelEn), rule.referTo});
    }
    return found;
}

} // namespace Posyandu

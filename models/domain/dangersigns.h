// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Posyandu {

// One danger sign found: what the cadre reads, and where a referral goes.
struct DangerSign {
    QString code;
    QString label;   // in the interface's language, e.g. "Gizi buruk (BB/TB di bawah −3 SD)"
    QString referTo; // referral destination code; empty = no referral (a home visit)
};

// What is known of a person at one moment, for the signs to be read from.
struct DangerFacts {
    QHash<QString, QString> answers; // indicator code -> canonical answer ("true", "23.0", a code)
    QHash<QString, double> z;        // "weight_for_age", "length_for_age", "weight_for_length" (plausible scores only)
    bool twiceNotUp = false;         // 2T
    int monthsNotWeighed = 0;        // whole calendar months without a weighing since the last one
};

// The danger signs (resources/clinical/danger-signs.json): each names one
// answer, z-score or weighing fact and its threshold. Thresholds are data;
// this class only reads them. A sign listed twice under one code (blood
// pressure: upper or lower number) is found once.
class DangerSigns
{
    Q_DECLARE_TR_FUNCTIONS(DangerSigns)
public:
    static Result<DangerSigns> fromJson(const QByteArray &json);
    // The bundled signs, loaded once; a damaged resource is a build defect and yields none, logged.
    static const DangerSigns &bundled();

    QList<DangerSign> assess(const DangerFacts &facts) const;
    int size() const { return int(m_rules.size()); }

private:
    struct Rule {
        enum class Kind { AnswerBelow, AnswerAtLeast, AnswerIs, ZBelow, ZAbove, TwiceNotUp, MonthsNotWeighed };
        Kind kind = Kind::AnswerIs;
        QString code;
        QString subject; // the answer's indicator code or the z-score's index
        double threshold = 0;
        QString value;
        QString labelId;
        QString labelEn;
        QString referTo;
    };
    bool holds(const Rule &rule, const DangerFacts &facts) const;
    QList<Rule> m_rules;
};

} // namespace Posyandu

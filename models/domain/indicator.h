// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Posyandu {

// One catalog indicator: what is asked, of whom, and which answers are valid.
// The catalog (a versioned resource) decides the forms, not code.
struct Indicator {
    Q_DECLARE_TR_FUNCTIONS(Indicator)
public:
    struct Code {
        QString code;
        QString labelId;
        QString labelEn;
    };
    QString code;
    QString field; // one of the six SPM fields
    QString service;
    QString labelId;
    QString labelEn;
    QString valueType; // boolean integer number code text date
    QString unit;
    std::optional<double> minValue;
    std::optional<double> maxValue;
    QList<Code> codes;
    QString subject; // household or member
    std::optional<int> ageMinMonths;
    std::optional<int> ageMaxMonths;
    QString sex; // empty = both
    QDate validFrom;
    QDate validTo;
    QString typedTarget; // "table.column" when a typed table stores it
    // How the SPM achievement report counts answers: served_if [values|"any"],
    // served_min N, referral_if [values], flag_below N, flag_at_least N,
    // min_m2_per_person N. Empty: not in the SPM report.
    QJsonObject reportMapping;
    // When the question is asked at all, beyond age and sex (catalog "ask_if"):
    // {"answer": CODE, "in": [..]} / {"answer": CODE, "not_in": [..]} on another
    // answer of the same form ("" stands for no answer yet), or
    // {"not_pregnant": true}. Empty: always.
    QJsonObject askIf;
    std::optional<double> example; // the number its placeholder shows

    // The answer askIf looks at; empty when it depends on none.
    QString askIfAnswer() const;
    // Is the question asked, given the form's other answers (canonical text
    // by code) and whether the person is pregnant? The form hides a question
    // that is not asked; the repository refuses an answer to it.
    bool isAsked(const std::function<QString(const QString &)> &answerOf, bool pregnant) const;
    // "e.g. 75,5 cm" in the interface's own decimal sign; the unit alone when there is no example.
    QString placeholder() const;

    static QStringList fields();
    // The SPM field's name, as the forms and the reports head it.
    static QString fieldLabel(const QString &field);
    // The Indonesian or the English text, whichever the interface speaks.
    static QString localized(const QString &indonesian, const QString &english);
    QString label() const { return localized(labelId, labelEn); }
    // Checks a raw answer as typed (decimal comma accepted; ya/tidak for
    // booleans) and returns its canonical text form, or adds an error.
    std::optional<QString> canonicalValue(const QString &raw, ValidationReport &report, const QString &fieldName = QStringLiteral("value")) const;
    // Does this indicator apply to a person of this age and sex on `date`?
    bool appliesTo(int ageMonths, const QString &personSex, const QDate &date) const;
    bool isActiveOn(const QDate &date) const;
};

// Parses a number the way cadres type it: "9,5" or "9.5"; thousands
// separators are not accepted (too ambiguous between the two conventions).
std::optional<double> parseDecimal(const QString &text);

} // namespace Posyandu

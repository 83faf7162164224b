// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

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

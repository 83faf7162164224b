// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace Posyandu {

// One dose of the infant schedule.
struct VaccineRule {
    QString code;               // as stored in immunisation.vaccine_code, e.g. "DPT-HB-Hib1"
    QString label;              // as printed in Buku KIA
    int dueMonths = 0;          // due from this age in completed months
    bool completeBasic = false; // part of "imunisasi dasar lengkap"
    bool endemicOnly = false;   // only where the region says so (JE)
    QString after;              // the dose of its series that must be given first ("" for a first dose)
    int latestDays = -1;        // the oldest age (days) at which it is still given; -1: until the schedule ends
};

// The schedule rules a region may correct without a new build: immunisation
// ages, vitamin A rounds and capsule by age, and the KMS minimum monthly
// weight gain (KBM). Read from the shipped resource :/schedule/rules.json.
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRules)
public:
    static Result<ScheduleRules> fromJson(const QByteArray &json);
    static Result<ScheduleRules> fromResources();

    const QList<VaccineRule> &vaccines() const { return m_vaccines; }
    const VaccineRule *vaccine(const QString &code) const;

    // Why `rule` cannot be given to a child born `birth` on `on` with `given` doses: its series' earlier dose
    // is missing, or the child is past the dose's age; empty when it can. One rule for the offer and the save.
    QString whyNot(const VaccineRule &rule, const QDate &birth, const QSet<QString> &given, const QDate &on) const;
    // Doses whose age has come on `on`, that are not among `given` and that
    // may be given (whyNot), in schedule order. Endemic-only doses are left
    // out unless asked for.
    QList<VaccineRule> dueVaccines(const QDate &birth, const QSet<QString> &given, const QDate &on, bool includeEndemic = false) const;

    bool isVitaminAMonth(const QDate &on) const { return m_vitaminAMonths.contains(on.month()); }
    // "blue" or "red" when `on` is in a vitamin A month and the child's age
    // falls in a capsule's band; empty otherwise.
    QString vitaminACapsule(const QDate &birth, const QDate &on) const;

    // KBM in grams for a child of `ageMonths` completed months (the last row
    // holds for older children); nullopt under one month or from 60 months.
    std::optional<int> minimumGainGrams(int ageMonths) const;

private:
    QList<VaccineRule> m_vaccines;
    QList<int> m_vitaminAMonths;
    struct CapsuleBand {
        QString capsule;
        int minMonths = 0;
        int maxMonths = 0;
    };
    QList<CapsuleBand> m_capsules;
    QMap<int, int> m_kbmGrams; // age in months -> grams
};

} // namespace Posyandu

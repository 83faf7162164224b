// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "indicatorcatalog.h"
#include "result.h"
#include "saved.h"
#include "schedulerules.h"
#include "weighttrend.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSet>

namespace Posyandu::Storage {

class Database;

// What the session screen knows about one person before the cadre types.
struct PersonContext {
    QString memberId;
    QString householdId;
    QString name;
    QString headName;
    QString sex;
    QDate birthDate;
    QList<Growth::WeightOnDate> weights; // every earlier weighing, oldest first
    QSet<QString> vaccinesGiven;
    QString pregnancyId; // ongoing pregnancy, if any
    QDate pregnancyLmp;
    int ancVisitsBefore = 0; // visits of the ongoing pregnancy before the date: today's is K(n + 1)
    bool vitaminAThisMonth = false;
};

// One person's entry at a session, as typed. Answers are keyed by indicator
// code and hold the raw text ("9,5", "ya"); empty answers are not recorded.
struct SessionEntry {
    QString sessionId;
    QString memberId;
    QDate date;
    QMap<QString, QString> answers;
    QStringList vaccinesGiven; // codes given today
    QString referralTo;        // destination code; empty = no referral; ReferralDestination::declined() = a suggested one declined
    QString referralReason;
    QDate newPregnancyLmp;             // registers a pregnancy when valid
    QDate deliveredOn;                 // ends the ongoing pregnancy (delivered) when valid
    QMap<QString, QDate> earlierDoses; // vaccine code -> the date written in the KIA book (given elsewhere, earlier)
};

// Saves a whole session entry (measurements, visits, observations, doses,
// referral) in one transaction with its outbox entries: all of it or none.
// The indicator catalog decides what is asked; its typed_target decides
// where an answer is stored (a typed table's column, or an observation).
class SessionEntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(SessionEntryRepository)
public:
    SessionEntryRepository(Database &db, const IndicatorCatalog &catalog, const ScheduleRules &rules)
        : m_db(db)
        , m_catalog(catalog)
        , m_rules(rules)
    {
    }

    const IndicatorCatalog &catalog() const { return m_catalog; }
    Result<std::optional<PersonContext>> context(const QString &memberId, const QDate &date) const;

    // The catalog's questions for this person on `date`, in catalog order:
    // member indicators for their age and sex (pregnancy visit questions only
    // during a pregnancy), then the household's. Immunisation is asked as a
    // list of due doses, not as one answer, and incidents have their own form.
    QList<Indicator> formIndicators(const PersonContext &person, const QDate &date, bool pregnant) const;

    // What was saved for this person on `date`, as the form shows it again: each answer's text (numbers in the
    // user's locale, "true"/"false", codes), the doses given that day, the referral. Typed records (weighing,
    // ANC visit, screening) and the person's observations are those of that day; a household answer is the
    // latest of the month, given on any member's form (asked once per household per month). Saving the entry
    // again corrects those same records (one weighing a day).
    Result<SessionEntry> savedEntry(const PersonContext &person, const QDate &date) const;

    // Validation issues name the indicator code (or "vaccines", "referral_to",
    // "new_pregnancy_lmp", "delivered_on") so the form can show them at the field.
    Result<Saved> save(const SessionEntry &entry, const QDate &today = Protocol::Clock::today());

private:
    Database &m_db;
    const IndicatorCatalog &m_catalog;
    const ScheduleRules &m_rules;
};

} // namespace Posyandu::Storage

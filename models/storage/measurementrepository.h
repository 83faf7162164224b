// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anthropometry.h"
#include "clock.h"
#include "indicatorcatalog.h"
#include "result.h"
#include "saved.h"

#include <QCoreApplication>

namespace Posyandu::Storage {

class Database;

// A six-field observation against the catalog (one indicator, one value).
struct Observation {
    QString id;
    QString sessionId;
    QString householdId;
    QString memberId; // empty for household indicators
    QString indicatorCode;
    QDate observedOn;
    QString value; // as typed; stored canonical
    QString referralTo;
    QString notes;
};

// Saves what is measured or observed about people and households: checks
// each record against the person it is about (birth date, age and sex
// filters of the catalog) before writing.
class MeasurementRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementRepository)
public:
    MeasurementRepository(Database &db, const IndicatorCatalog &catalog)
        : m_db(db)
        , m_catalog(catalog)
    {
    }

    Result<Saved> saveAnthropometry(const Anthropometry &record, const QDate &today = Protocol::Clock::today());
    Result<Saved> saveObservation(const Observation &observation, const QDate &today = Protocol::Clock::today());

private:
    struct Person {
        QDate birthDate;
        QString sex;
        QString householdId;
    };
    Result<std::optional<Person>> person(const QString &memberId) const;

    Database &m_db;
    const IndicatorCatalog &m_catalog;
};

} // namespace Posyandu::Storage

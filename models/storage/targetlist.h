// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "schedulerules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Posyandu::Storage {

class Database;

// One person the session expects (sasaran).
struct Target {
    enum class Group { UnderFive, Pregnant, Elderly, Other };
    QString memberId;
    QString householdId;
    QString name;
    QString headName; // of the household, to tell namesakes apart
    QString sex;
    QDate birthDate;
    Group group = Group::UnderFive;
    QStringList due; // what is due today, in words ("Timbang", "Imunisasi: BCG, Polio tetes 1", ...)
    bool servedToday = false;
    QStringList dangerSigns; // in words, from what was saved today and the history (DangerCheck); filled by the session page
};

// Who is due at a session of one Posyandu: every living under-five (monthly
// weighing, immunisations whose age has come, vitamin A in February and
// August), every woman with an ongoing pregnancy (ANC), and every person of
// 60 and over (screening). Ordered by group, then name. With `everyone`,
// the other living members follow (group Other): the cadre serves people
// who come without being due, e.g. a woman newly pregnant.
class TargetList
{
    Q_DECLARE_TR_FUNCTIONS(TargetList)
public:
    static Result<QList<Target>> load(Database &db, const QString &posyanduId, const QString &sessionId, const QDate &date,
                                      const ScheduleRules &rules, bool everyone = false);
    static QString groupLabel(Target::Group group);
};

} // namespace Posyandu::Storage

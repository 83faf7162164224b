// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetlist.h"

#include "age.h"
#include "database.h"
#include "pregnancywindow.h"
#include "sql.h"

#include <QHash>
#include <QSet>

namespace Posyandu::Storage {

namespace {
Result<QHash<QString, QSet<QString>>> vaccinesByMember(Database &db, const QString &posyanduId, const QDate &date)
{
    auto r = Sql::run(db.sql(),
                      QStringLiteral("SELECT i.member_id, i.vaccine_code FROM immunisation i "
                                     "JOIN member m ON m.id = i.member_id JOIN household h ON h.id = m.household_id "
                                     "WHERE h.posyandu_id = ? AND i.deleted_at IS NULL AND m.birth_date > ?"),
                      {posyanduId, date.addYears(-5)});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QHash<QString, QSet<QString>> given;
    while (q.next())
        given[q.value(0).toString()].insert(q.value(1).toString());
    return given;
}

Result<QSet<QString>> membersWhere(Database &db, const QString &sql, const QVariantList &values)
{
    auto r = Sql::run(db.sql(), sql, values);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}
} // namespace

QString TargetList::groupLabel(Target::Group group)
{
    switch (group) {
    case Target::Group::UnderFive:
        return tr("Under-five");
    case Target::Group::Pregnant:
        return tr("Pregnant");
    case Target::Group::Elderly:
        return tr("Elderly");
    case Target::Group::Other:
        return tr("Other resident");
    }
    return {};
}

Result<QList<Target>> TargetList::load(Database &db, const QString &posyanduId, const QString &sessionId, const QDate &date,
                                       const ScheduleRules &rules, bool everyone)
{
    auto given = vaccinesByMember(db, posyanduId, date);
    if (!given)
        return given.error();
    auto pregnant =
        membersWhere(db, QStringLiteral("SELECT p.member_id FROM pregnancy p WHERE p.deleted_at IS NULL AND ") + PregnancyWindow::ongoingSql(),
                     PregnancyWindow::valuesOn(date));
    if (!pregnant)
        return pregnant.error();
    auto vitaminA = membersWhere(db, QStringLiteral("SELECT member_id FROM vitamin_a WHERE deleted_at IS NULL AND given_on >= ? AND given_on <= ?"),
                                 {QDate(date.year(), date.month(), 1), date});
    if (!vitaminA)
        return vitaminA.error();
    // Served today: anything recorded for the person in this session.
    auto served =
        membersWhere(db,
                     QStringLiteral("SELECT member_id FROM anthropometry WHERE session_id = ? AND deleted_at IS NULL "
                                    "UNION SELECT member_id FROM observation WHERE session_id = ? AND member_id IS NOT NULL AND deleted_at IS NULL "
                                    "UNION SELECT member_id FROM adult_screening WHERE session_id = ? AND deleted_at IS NULL "
                                    "UNION SELECT member_id FROM immunisation WHERE session_id = ? AND deleted_at IS NULL "
                                    "UNION SELECT member_id FROM vitamin_a WHERE session_id = ? AND deleted_at IS NULL "
                                    "UNION SELECT p.member_id FROM anc_visit a JOIN pregnancy p ON p.id = a.pregnancy_id "
                                    "WHERE a.session_id = ? AND a.deleted_at IS NULL"),
                     QVariantList(6, sessionId));
    if (!served)
        return served.error();

    auto r = Sql::run(db.sql(),
                      QStringLiteral("SELECT m.id, m.household_id, m.name, h.head_name, m.sex, m.birth_date FROM member m "
                                     "JOIN household h ON h.id = m.household_id "
                                     "WHERE h.posyandu_id = ? AND h.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status = 'alive' "
                                     "AND m.birth_date <= ? ORDER BY m.name COLLATE NOCASE"),
                      {posyanduId, date});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<Target> underFives, mothers, elderly, others;
    while (q.next()) {
        Target t;
        t.memberId = q.value(0).toString();
        t.householdId = q.value(1).toString();
        t.name = q.value(2).toString();
        t.headName = q.value(3).toString();
        t.sex = q.value(4).toString();
        t.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        t.servedToday = served.value().contains(t.memberId);
        const int months = ageInMonths(t.birthDate, date);
        if (months < 60) {
            t.group = Target::Group::UnderFive;
            t.due << tr("Weighing");
            QStringList doses;
            for (const VaccineRule &rule : rules.dueVaccines(t.birthDate, given.value().value(t.memberId), date))
                doses << rule.label;
            if (!doses.isEmpty())
                t.due << tr("Immunisation: %1").arg(doses.join(QStringLiteral(", ")));
            if (const QString capsule = rules.vitaminACapsule(t.birthDate, date); !capsule.isEmpty() && !vitaminA.value().contains(t.memberId))
                t.due << (capsule == QLatin1String("blue") ? tr("Vitamin A (blue)") : tr("Vitamin A (red)"));
            underFives.append(t);
        } else if (pregnant.value().contains(t.memberId)) {
            t.group = Target::Group::Pregnant;
            t.due << tr("Pregnancy check (ANC)");
            mothers.append(t);
        } else if (months >= 60 * 12) {
            t.group = Target::Group::Elderly;
            t.due << tr("Screening: blood pressure, blood sugar");
            elderly.append(t);
        } else if (everyone) {
            t.group = Target::Group::Other;
            others.append(t);
        }
    }
    return underFives + mothers + elderly + others;
}

} // namespace Posyandu::Storage

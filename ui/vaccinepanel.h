// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "schedulerules.h"
#include "sessionentryrepository.h"

#include <QGroupBox>
#include <QHash>
#include <QMap>

class QCheckBox;
class QLineEdit;

namespace Posyandu::Ui {

// An under-five's doses on the session form: the doses due today as check
// boxes (by the schedule and the child's history), and, behind a button,
// every dose of the schedule not on record with a date field, for the doses
// written earlier in the KIA book. Named widgets: vaccine_<code>CheckBox,
// earlier_<code>LineEdit, kiaBookButton.
class VaccinePanel : public QGroupBox
{
    Q_OBJECT
public:
    VaccinePanel(const ScheduleRules &rules, const Storage::PersonContext &person, const QDate &date, FieldErrors &errors, QObject *keyFilter,
                 QWidget *parent);

    bool isEmpty() const { return m_today.isEmpty() && m_earlier.isEmpty(); }
    QStringList givenToday() const;
    // The dates typed for earlier doses; a date that is not one goes into `report` at "earlier_doses".
    QMap<QString, QDate> earlierDoses(ValidationReport &report) const;

private:
    QHash<QString, QCheckBox *> m_today;
    QHash<QString, QLineEdit *> m_earlier;
};

} // namespace Posyandu::Ui

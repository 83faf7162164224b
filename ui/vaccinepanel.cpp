// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaccinepanel.h"

#include "age.h"
#include "userdate.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Posyandu::Ui {

namespace {
// A grid, not one row: a child who missed many doses must not widen the form.
constexpr int kColumns = 2;
} // namespace

VaccinePanel::VaccinePanel(const ScheduleRules &rules, const Storage::PersonContext &person, const QDate &date, FieldErrors &errors,
                           QObject *keyFilter, QWidget *parent)
    : QGroupBox(tr("Immunisation given today"), parent)
{
    setObjectName(QStringLiteral("vaccinesGroupBox"));
    auto *column = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    const QList<VaccineRule> due = rules.dueVaccines(person.birthDate, person.vaccinesGiven, date);
    for (int i = 0; i < due.size(); ++i) {
        auto *check = new QCheckBox(due.at(i).label, this);
        check->setObjectName(QStringLiteral("vaccine_%1CheckBox").arg(due.at(i).code));
        check->installEventFilter(keyFilter);
        m_today.insert(due.at(i).code, check);
        grid->addWidget(check, i / kColumns, i % kColumns);
    }
    column->addLayout(grid);
    column->addWidget(errors.labelFor(QStringLiteral("vaccines"), this));

    // Doses from the KIA book: any dose of the schedule whose age has come and that is not on record, in the
    // schedule's order, so a book's page is copied top to bottom. The repository checks order and age windows
    // at each dose's own date.
    const int months = ageInMonths(person.birthDate, date);
    auto *book = new QWidget(this);
    book->setObjectName(QStringLiteral("kiaBookWidget"));
    auto *bookGrid = new QGridLayout(book);
    bookGrid->setContentsMargins(0, 0, 0, 0);
    int n = 0;
    for (const VaccineRule &rule : rules.vaccines()) {
        if (person.vaccinesGiven.contains(rule.code) || rule.dueMonths > months)
            continue;
        auto *edit = new QLineEdit(book);
        edit->setObjectName(QStringLiteral("earlier_%1LineEdit").arg(rule.code));
        edit->setPlaceholderText(tr("DD-MM-YYYY"));
        edit->installEventFilter(keyFilter);
        auto *label = new QLabel(rule.label, book);
        label->setBuddy(edit);
        bookGrid->addWidget(label, n / kColumns, (n % kColumns) * 2);
        bookGrid->addWidget(edit, n / kColumns, (n % kColumns) * 2 + 1);
        m_earlier.insert(rule.code, edit);
        ++n;
    }
    if (m_earlier.isEmpty()) {
        delete book;
        return;
    }
    auto *toggle = new QPushButton(tr("Record &earlier doses from the KIA book…"), this);
    toggle->setObjectName(QStringLiteral("kiaBookButton"));
    toggle->setCheckable(true);
    book->setVisible(false); // kept short until asked for
    connect(toggle, &QPushButton::toggled, book, &QWidget::setVisible);
    column->addWidget(toggle, 0, Qt::AlignLeft);
    column->addWidget(book);
    column->addWidget(errors.labelFor(QStringLiteral("earlier_doses"), this));
}

QStringList VaccinePanel::givenToday() const
{
    QStringList codes;
    for (auto it = m_today.cbegin(); it != m_today.cend(); ++it)
        if (it.value()->isChecked())
            codes << it.key();
    return codes;
}

QMap<QString, QDate> VaccinePanel::earlierDoses(ValidationReport &report) const
{
    QMap<QString, QDate> doses;
    for (auto it = m_earlier.cbegin(); it != m_earlier.cend(); ++it) {
        const QString text = it.value()->text();
        if (text.trimmed().isEmpty())
            continue;
        if (const QString problem = userDateProblem(text); !problem.isEmpty())
            report.addError(QStringLiteral("earlier_doses"), problem);
        else
            doses.insert(it.key(), parseUserDate(text));
    }
    return doses;
}

} // namespace Posyandu::Ui

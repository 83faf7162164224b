// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dangercheck.h"
#include "fielderrors.h"
#include "growthcalculator.h"
#include "sessionentryrepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace Posyandu::Ui {

class GrowthPanel;
class VaccinePanel;

// One person's session form, built from the indicator catalog for their age,
// sex and pregnancy: the catalog decides what is asked, this class only how
// (yes/no and code lists as combo boxes, numbers as text taking "9,5").
// For an under-five, the growth box shows at once, while typing, the
// z-scores with their categories, weight up/not up against last month and
// the KMS chart. Enter in any field asks to save (saveRequested).
class SessionEntryForm : public QWidget
{
    Q_OBJECT
public:
    SessionEntryForm(Storage::SessionEntryRepository &repository, std::shared_ptr<const Growth::GrowthCalculator> calculator,
                     const ScheduleRules &rules, QWidget *parent = nullptr);

    // Builds the form for this person; returns the error in words, or empty.
    QString setPerson(const QString &memberId, const QString &sessionId, const QDate &date);
    void clearPerson();
    const QString &memberId() const { return m_person.memberId; }
    const QString &personName() const { return m_person.name; }
    bool isDirty() const;
    // Validates and writes in one transaction. On failure the errors are
    // shown at their fields and nothing is written.
    Result<Storage::Saved> save();
    void focusFirstField();

Q_SIGNALS:
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    // What was saved for the person today, back in the inputs: the form shows it and a save corrects it.
    void showSaved(const Storage::SessionEntry &saved);
    void revealFirstError(const Error &error);
    QWidget *inputFor(const Indicator &indicator);
    void addQuestion(QVBoxLayout *box, const Indicator &indicator);
    void updateGrowth();
    void updatePregnancyVisibility();
    // Any answer changed: questions asked only after another answer come and go, and the danger signs follow.
    void answerChanged();
    void updateAskedQuestions();
    void updatePregnancyInfo();
    void updateDangerSigns();
    bool isPregnantNow() const;
    bool isAsked(const QString &code) const;
    QMap<QString, QString> shownAnswers() const;
    Storage::SessionEntry collect(ValidationReport &report) const;
    QString answer(const QString &code) const;

    Storage::SessionEntryRepository &m_repository;
    std::shared_ptr<const Growth::GrowthCalculator> m_calculator;
    const ScheduleRules &m_rules;
    Storage::PersonContext m_person;
    QString m_sessionId;
    QDate m_date;
    FieldErrors m_errors;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_danger = nullptr; // the danger signs found, in words and red; hidden when none
    Storage::DangerCheck m_dangerCheck;
    QList<DangerSign> m_signs;
    bool m_referralTouched = false; // the cadre chose the referral herself: a sign no longer changes it
    QLabel *m_pregnancyInfo = nullptr;
    GrowthPanel *m_growth = nullptr;
    QGroupBox *m_pregnancyBox = nullptr;
    QLineEdit *m_lmp = nullptr;
    QLineEdit *m_delivered = nullptr;
    QComboBox *m_referral = nullptr;
    QLineEdit *m_referralReason = nullptr;
    QHash<QString, QWidget *> m_inputs;                   // indicator code -> input
    QHash<QString, Indicator> m_indicators;               // indicator code -> its question (range, type)
    QHash<QString, std::pair<QFormLayout *, int>> m_rows; // indicator code -> its form row, to hide when not asked
    VaccinePanel *m_vaccinePanel = nullptr;               // under-fives: doses today and from the KIA book
    QWidget *m_firstInput = nullptr;
    QString m_cleanFingerprint;
};

} // namespace Posyandu::Ui

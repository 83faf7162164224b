// SPDX-License-Identifier: GPL-3.0-or-later
// Over 550 lines on purpose: one class that builds one person's form from the catalog and reads it back. The
// parts that stand alone are their own classes (GrowthPanel, VaccinePanel, DangerCheck, DoseCheck, FieldErrors);
// what stays is the wiring of each input to its answer, its condition and its message, which shares the
// inputs-by-code table throughout. The next split, if it grows: the pregnancy box (HPHT, HPL, visit number).
#include "sessionentryform.h"

#include "anthropometry.h"
#include "pregnancywindow.h"
#include "referraldestination.h"

#include "age.h"
#include "clock.h"
#include "formstate.h"
#include "growthpanel.h"
#include "memberlistmodel.h"
#include "userdate.h"
#include "vaccinepanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace Posyandu::Ui {

namespace {
QString objectNameFor(const QString &code, const char *suffix)
{
    return code + QLatin1String(suffix);
}

constexpr int kUnderFiveMonths = 60;
} // namespace

SessionEntryForm::SessionEntryForm(Storage::SessionEntryRepository &repository, std::shared_ptr<const Growth::GrowthCalculator> calculator,
                                   const ScheduleRules &rules, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_calculator(std::move(calculator))
    , m_rules(rules)
    , m_dangerCheck(repository.catalog(), rules, m_calculator)
{
    setObjectName(QStringLiteral("sessionEntryForm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("personHeaderLabel"));
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_header->setFont(bold);
    outer->addWidget(m_header);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);
    m_danger = new QLabel(this);
    m_danger->setObjectName(QStringLiteral("dangerSignsLabel"));
    m_danger->setWordWrap(true);
    m_danger->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold; border: 2px solid #b00020; padding: 4px;"));
    m_danger->hide();
    outer->addWidget(m_danger);
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_content, 1);
    clearPerson();
}

void SessionEntryForm::clearPerson()
{
    m_person = {};
    m_header->setText(tr("Choose a person in the list (arrow keys, then Enter)."));
    m_summary->clear();
    rebuild();
}

QString SessionEntryForm::setPerson(const QString &memberId, const QString &sessionId, const QDate &date)
{
    auto context = m_repository.context(memberId, date);
    if (!context || !context.value()) {
        clearPerson();
        return context ? tr("This person is no longer in the register.") : context.error().message;
    }
    m_person = *context.value();
    m_sessionId = sessionId;
    m_date = date;
    m_header->setText(tr("%1 · %2 · %3 · household of %4")
                          .arg(m_person.name, m_person.sex == QLatin1String("P") ? tr("female") : tr("male"),
                               MemberListModel::ageText(m_person.birthDate, date), m_person.headName));
    m_summary->clear();
    rebuild();
    auto saved = m_repository.savedEntry(m_person, date);
    if (!saved)
        return saved.error().message;
    showSaved(saved.value());
    return {};
}

void SessionEntryForm::showSaved(const Storage::SessionEntry &saved)
{
    bool shown = false;          // the person's own records of the day
    bool householdShown = false; // the household's of the month, perhaps from another member's form
    for (auto it = saved.answers.cbegin(); it != saved.answers.cend(); ++it) {
        QWidget *input = m_inputs.value(it.key());
        bool &flag = m_indicators.value(it.key()).subject == QLatin1String("household") ? householdShown : shown;
        if (auto *edit = qobject_cast<QLineEdit *>(input)) {
            edit->setText(it.value());
            flag = true;
        } else if (auto *combo = qobject_cast<QComboBox *>(input); combo && combo->findData(it.value()) >= 0) {
            combo->setCurrentIndex(combo->findData(it.value()));
            flag = true;
        }
    }
    if (m_referral && !saved.referralTo.isEmpty()) {
        // A declined suggestion shows as "not referred" with its reason; either way it was the cadre's choice.
        m_referral->setCurrentIndex(std::max(0, m_referral->findData(saved.referralTo)));
        m_referralReason->setText(saved.referralReason);
        m_referralTouched = true;
        shown = true;
    }
    if (!saved.vaccinesGiven.isEmpty()) {
        QStringList labels;
        for (const QString &code : saved.vaccinesGiven)
            labels << (m_rules.vaccine(code) ? m_rules.vaccine(code)->label : code);
        auto *given = new QLabel(tr("Recorded today: %1.").arg(labels.join(QStringLiteral(", "))), m_content);
        given->setObjectName(QStringLiteral("vaccinesTodayLabel"));
        given->setWordWrap(true);
        m_layout->insertWidget(0, given);
        shown = true;
    }
    m_summary->setStyleSheet(QString());
    if (shown)
        m_summary->setText(tr("Saved today. What you change here corrects those same records."));
    else if (householdShown)
        m_summary->setText(tr("The household's answers of this month are filled in already; change them only if they changed."));
    answerChanged();
    updateGrowth();
    m_cleanFingerprint = formFingerprint(m_content);
}

QWidget *SessionEntryForm::inputFor(const Indicator &indicator)
{
    QWidget *input = nullptr;
    if (indicator.valueType == QLatin1String("boolean") || indicator.valueType == QLatin1String("code")) {
        auto *combo = new QComboBox(m_content);
        combo->setObjectName(objectNameFor(indicator.code, "ComboBox"));
        // Long answer labels must not widen the form past the window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->addItem(tr("—"), QString());
        if (indicator.valueType == QLatin1String("boolean")) {
            combo->addItem(tr("Yes"), QStringLiteral("true"));
            combo->addItem(tr("No"), QStringLiteral("false"));
        } else {
            for (const Indicator::Code &c : indicator.codes)
                combo->addItem(Indicator::localized(c.labelId, c.labelEn), c.code);
        }
        input = combo;
    } else {
        auto *edit = new QLineEdit(m_content);
        edit->setObjectName(objectNameFor(indicator.code, "LineEdit"));
        if (indicator.valueType == QLatin1String("number") || indicator.valueType == QLatin1String("integer"))
            edit->setPlaceholderText(indicator.placeholder()); // its own example and unit: "e.g. 75,5 cm", not one for all
        else if (indicator.valueType == QLatin1String("date"))
            edit->setPlaceholderText(tr("DD-MM-YYYY"));
        input = edit;
    }
    input->installEventFilter(this);
    m_inputs.insert(indicator.code, input);
    m_indicators.insert(indicator.code, indicator);
    if (!m_firstInput)
        m_firstInput = input;
    return input;
}

void SessionEntryForm::addQuestion(QVBoxLayout *box, const Indicator &indicator)
{
    auto *form = qobject_cast<QFormLayout *>(box->itemAt(box->count() - 1)->layout());
    QWidget *input = inputFor(indicator);
    QString label = indicator.label();
    if (!indicator.unit.isEmpty() && indicator.valueType != QLatin1String("code"))
        label += QStringLiteral(" (%1)").arg(indicator.unit);
    m_errors.addRow(form, indicator.code, label, input, m_content);
    m_rows.insert(indicator.code, {form, form->rowCount() - 1});
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textChanged, this, &SessionEntryForm::answerChanged);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, &SessionEntryForm::answerChanged);
}

void SessionEntryForm::rebuild()
{
    // Replace the whole content: a new person may be asked entirely different things.
    m_inputs.clear();
    m_indicators.clear();
    m_rows.clear();
    m_signs.clear();
    m_referralTouched = false;
    m_pregnancyInfo = nullptr;
    m_vaccinePanel = nullptr;
    m_firstInput = nullptr;
    m_growth = nullptr;
    m_pregnancyBox = nullptr;
    m_lmp = nullptr;
    m_delivered = nullptr;
    m_referral = nullptr;
    m_referralReason = nullptr;
    m_errors = FieldErrors();
    delete m_content;
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("entryContentWidget"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_content, 1);
    m_content->show(); // at once, not at the next event loop pass: the form is read right away
    if (m_person.memberId.isEmpty()) {
        m_danger->hide();
        m_cleanFingerprint = formFingerprint(m_content);
        return;
    }

    const int months = ageInMonths(m_person.birthDate, m_date);
    const bool pregnant = !m_person.pregnancyId.isEmpty();
    const bool mayBecomePregnant = PregnancyWindow::mayBecomePregnant(m_person.sex, months);
    const QList<Indicator> questions = m_repository.formIndicators(m_person, m_date, pregnant || mayBecomePregnant);

    auto newBox = [this](const QString &title, const QString &name) {
        auto *group = new QGroupBox(title, m_content);
        group->setObjectName(name);
        auto *column = new QVBoxLayout(group);
        column->addLayout(new QFormLayout);
        m_layout->addWidget(group);
        return std::make_pair(group, column);
    };

    if (months < kUnderFiveMonths)
        m_layout->addWidget(m_growth = new GrowthPanel(m_calculator, m_rules, m_person, m_date, m_content));

    // "New pregnancy" stands right above the visit questions it unlocks and
    // is created there too, so Tab runs down the screen in the order seen.
    auto addNewPregnancyBox = [&] {
        if (!mayBecomePregnant || pregnant || m_lmp)
            return;
        auto [group, column] = newBox(tr("New pregnancy"), QStringLiteral("newPregnancyGroupBox"));
        auto *form = qobject_cast<QFormLayout *>(column->itemAt(0)->layout());
        m_lmp = new QLineEdit(group);
        m_lmp->setObjectName(QStringLiteral("newPregnancyLmpLineEdit"));
        m_lmp->setPlaceholderText(tr("DD-MM-YYYY; empty if not pregnant"));
        m_lmp->installEventFilter(this);
        m_errors.addRow(form, QStringLiteral("new_pregnancy_lmp"), tr("First day of last &period"), m_lmp, group);
        connect(m_lmp, &QLineEdit::textChanged, this, &SessionEntryForm::updatePregnancyVisibility);
        connect(m_lmp, &QLineEdit::textChanged, this, &SessionEntryForm::answerChanged);
    };

    // Member questions by SPM field, in catalog order; the household's last.
    QHash<QString, QVBoxLayout *> fieldBoxes;
    QVBoxLayout *householdBox = nullptr;
    QVBoxLayout *pregnancyBox = nullptr;
    for (const Indicator &i : questions) {
        if (i.subject == QLatin1String("household")) {
            if (!householdBox)
                householdBox = newBox(tr("Household of %1 (all six fields)").arg(m_person.headName), QStringLiteral("householdGroupBox")).second;
            addQuestion(householdBox, i);
        } else if (i.typedTarget.startsWith(QLatin1String("anc_visit."))) {
            if (!pregnancyBox) {
                addNewPregnancyBox();
                auto [group, column] = newBox(tr("Pregnancy"), QStringLiteral("pregnancyGroupBox"));
                m_pregnancyBox = group;
                pregnancyBox = column;
                m_pregnancyInfo = new QLabel(group);
                m_pregnancyInfo->setObjectName(QStringLiteral("pregnancyInfoLabel"));
                m_pregnancyInfo->setWordWrap(true);
                column->insertWidget(0, m_pregnancyInfo);
            }
            addQuestion(pregnancyBox, i);
            if (pregnant && !m_delivered) {
                // The visit that ends the pregnancy: after the birth the mother leaves the pregnant list.
                auto *form = qobject_cast<QFormLayout *>(pregnancyBox->itemAt(pregnancyBox->count() - 1)->layout());
                m_delivered = new QLineEdit(m_content);
                m_delivered->setObjectName(QStringLiteral("deliveredOnLineEdit"));
                m_delivered->setPlaceholderText(tr("DD-MM-YYYY; empty while still pregnant"));
                m_delivered->installEventFilter(this);
                m_errors.addRow(form, QStringLiteral("delivered_on"), tr("&Delivered on"), m_delivered, m_content);
            }
        } else {
            if (!fieldBoxes.contains(i.field))
                fieldBoxes.insert(i.field, newBox(Indicator::fieldLabel(i.field), i.field + QStringLiteral("GroupBox")).second);
            addQuestion(fieldBoxes.value(i.field), i);
        }
        if (months < kUnderFiveMonths && i.field == QLatin1String("kesehatan") && i.typedTarget.startsWith(QLatin1String("anthropometry."))) {
            QWidget *input = m_inputs.value(i.code);
            if (auto *edit = qobject_cast<QLineEdit *>(input))
                connect(edit, &QLineEdit::textChanged, this, &SessionEntryForm::updateGrowth);
            else if (auto *combo = qobject_cast<QComboBox *>(input))
                connect(combo, &QComboBox::currentIndexChanged, this, &SessionEntryForm::updateGrowth);
        }
    }

    addNewPregnancyBox(); // a catalog without visit questions still registers pregnancies

    if (months < kUnderFiveMonths) {
        m_vaccinePanel = new VaccinePanel(m_rules, m_person, m_date, m_errors, this, m_content);
        if (m_vaccinePanel->isEmpty()) {
            delete m_vaccinePanel;
            m_vaccinePanel = nullptr;
        } else {
            m_layout->addWidget(m_vaccinePanel);
        }
    }

    auto [referralGroup, referralColumn] = newBox(tr("Referral"), QStringLiteral("referralGroupBox"));
    auto *referralForm = qobject_cast<QFormLayout *>(referralColumn->itemAt(0)->layout());
    m_referral = new QComboBox(referralGroup);
    m_referral->setObjectName(QStringLiteral("referralComboBox"));
    m_referral->addItem(tr("Not referred"), QString());
    for (const QString &code : ReferralDestination::codes())
        m_referral->addItem(ReferralDestination::label(code), code);
    m_referral->installEventFilter(this);
    connect(m_referral, &QComboBox::activated, this, [this] { // the cadre's own choice, by key or mouse
        m_referralTouched = true;
        updateDangerSigns();
    });
    m_errors.addRow(referralForm, QStringLiteral("referral_to"), tr("&Refer to"), m_referral, referralGroup);
    m_referralReason = new QLineEdit(referralGroup);
    m_referralReason->setObjectName(QStringLiteral("referralReasonLineEdit"));
    m_referralReason->installEventFilter(this);
    m_errors.addRow(referralForm, QStringLiteral("referral_reason"), tr("Reason"), m_referralReason, referralGroup);
    m_layout->addWidget(m_errors.labelFor(QStringLiteral("entry"), m_content));
    m_layout->addStretch(1);

    updatePregnancyVisibility();
    answerChanged();
    updateGrowth();
    m_cleanFingerprint = formFingerprint(m_content);
}

void SessionEntryForm::updatePregnancyVisibility()
{
    if (m_pregnancyBox)
        m_pregnancyBox->setVisible(isPregnantNow());
}

bool SessionEntryForm::isPregnantNow() const
{
    return !m_person.pregnancyId.isEmpty() || (m_lmp && parseUserDate(m_lmp->text()).isValid());
}

bool SessionEntryForm::isAsked(const QString &code) const
{
    const auto indicator = m_indicators.constFind(code);
    if (indicator == m_indicators.cend())
        return false;
    if (code.startsWith(QLatin1String("kes_anc_")) && !isPregnantNow())
        return false; // the visit questions belong to a pregnancy
    return indicator->isAsked([this](const QString &other) { return isAsked(other) ? answer(other) : QString(); }, isPregnantNow());
}

QMap<QString, QString> SessionEntryForm::shownAnswers() const
{
    QMap<QString, QString> answers;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it)
        if (const QString text = answer(it.key()); !text.trimmed().isEmpty() && isAsked(it.key()))
            answers.insert(it.key(), text);
    return answers;
}

void SessionEntryForm::answerChanged()
{
    updateAskedQuestions();
    updatePregnancyInfo();
    updateDangerSigns();
}

void SessionEntryForm::updateAskedQuestions()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        if (!m_indicators.value(it.key()).askIf.isEmpty())
            it.value().first->setRowVisible(it.value().second, isAsked(it.key()));
}

void SessionEntryForm::updatePregnancyInfo()
{
    if (!m_pregnancyInfo)
        return;
    const QDate lmp = !m_person.pregnancyId.isEmpty() ? m_person.pregnancyLmp : (m_lmp ? parseUserDate(m_lmp->text()) : QDate());
    auto *weeks = qobject_cast<QLineEdit *>(m_inputs.value(QStringLiteral("kes_anc_gestational_weeks")));
    const int visit = m_person.pregnancyId.isEmpty() ? 1 : m_person.ancVisitsBefore + 1;
    const int days = PregnancyWindow::gestationalDays(lmp, m_date);
    if (!lmp.isValid() || days < 0) {
        m_pregnancyInfo->setText(tr("This visit: K%1. Without the first day of the last period, type the weeks of pregnancy.").arg(visit));
        if (weeks)
            weeks->setReadOnly(false);
        return;
    }
    // Worked out, not typed: the weeks follow the HPHT (the repository checks the same).
    m_pregnancyInfo->setText(tr("%1 weeks %2 days pregnant (last period began %3) · due date (HPL) %4 · this visit: K%5")
                                 .arg(days / 7)
                                 .arg(days % 7)
                                 .arg(formatUserDate(lmp), formatUserDate(PregnancyWindow::dueDate(lmp)))
                                 .arg(visit));
    if (weeks) {
        weeks->setText(QString::number(days / 7));
        weeks->setReadOnly(true);
    }
}

void SessionEntryForm::updateDangerSigns()
{
    if (m_person.memberId.isEmpty())
        return;
    m_signs = m_dangerCheck.signs(m_person, m_date, shownAnswers());
    QStringList words;
    QString referTo;
    for (const DangerSign &sign : std::as_const(m_signs)) {
        words << sign.label;
        if (referTo.isEmpty())
            referTo = sign.referTo;
    }
    if (!m_referral)
        return;
    // The suggestion follows the signs until the cadre chooses herself.
    if (!m_referralTouched)
        m_referral->setCurrentIndex(std::max(0, m_referral->findData(referTo)));
    const QString chosen = m_referral->currentData().toString();
    const bool declining = !referTo.isEmpty() && chosen.isEmpty();
    m_referralReason->setPlaceholderText(declining ? tr("Why not referred? Required with a danger sign") : QString());

    // The line says what happens on saving, as the referral stands now.
    m_danger->setVisible(!m_signs.isEmpty());
    const QString signs = words.join(QStringLiteral("; "));
    if (m_signs.isEmpty())
        m_danger->clear();
    else if (referTo.isEmpty())
        m_danger->setText(tr("⚠ Danger sign: %1.").arg(signs));
    else if (declining)
        m_danger->setText(tr("⚠ Danger sign: %1. Not referred: write why under Referral.").arg(signs));
    else if (!m_referralTouched)
        m_danger->setText(tr("⚠ Danger sign: %1. Referral to %2 is filled in: save to confirm it, or choose "
                             "\"Not referred\" and write why.")
                              .arg(signs, ReferralDestination::label(chosen)));
    else
        m_danger->setText(tr("⚠ Danger sign: %1. Referred to %2.").arg(signs, ReferralDestination::label(chosen)));
}

QString SessionEntryForm::answer(const QString &code) const
{
    QWidget *input = m_inputs.value(code);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(input))
        return combo->currentData().toString();
    return {};
}

void SessionEntryForm::updateGrowth()
{
    if (!m_growth)
        return;
    // A measurement is checked against its question's range as it is typed, and only a value in range is
    // scored: weight 95 says "outside the range" at once and gives no z-score of 31,77; corrected, the message goes.
    auto measured = [this](const QString &code) -> std::optional<double> {
        const QString raw = answer(code);
        const auto indicator = m_indicators.constFind(code);
        if (raw.trimmed().isEmpty() || indicator == m_indicators.cend()) {
            m_errors.showAt(code, {});
            return std::nullopt;
        }
        ValidationReport report;
        const std::optional<QString> value = indicator->canonicalValue(raw, report, code);
        m_errors.showAt(code, report.issues());
        return value ? parseDecimal(*value) : std::nullopt;
    };
    const auto weight = measured(QStringLiteral("kes_weight"));
    const auto lenhei = measured(QStringLiteral("kes_lenhei"));
    m_growth->showMeasurement(weight, lenhei, answer(QStringLiteral("kes_position")), answer(QStringLiteral("kes_oedema")) == QLatin1String("true"));
}

Storage::SessionEntry SessionEntryForm::collect(ValidationReport &report) const
{
    Storage::SessionEntry e;
    e.sessionId = m_sessionId;
    e.memberId = m_person.memberId;
    e.date = m_date;
    e.answers = shownAnswers(); // a hidden question was not asked: its old text is not saved
    if (m_vaccinePanel) {
        e.vaccinesGiven = m_vaccinePanel->givenToday();
        e.earlierDoses = m_vaccinePanel->earlierDoses(report);
    }
    if (m_lmp && !m_lmp->text().trimmed().isEmpty()) {
        e.newPregnancyLmp = parseUserDate(m_lmp->text());
        if (const QString problem = userDateProblem(m_lmp->text()); !problem.isEmpty())
            report.addError(QStringLiteral("new_pregnancy_lmp"), problem);
    }
    if (m_delivered && !m_delivered->text().trimmed().isEmpty()) {
        e.deliveredOn = parseUserDate(m_delivered->text());
        if (const QString problem = userDateProblem(m_delivered->text()); !problem.isEmpty())
            report.addError(QStringLiteral("delivered_on"), problem);
    }
    if (m_referral) {
        e.referralTo = m_referral->currentData().toString();
        e.referralReason = m_referralReason->text();
        const bool suggested = std::any_of(m_signs.cbegin(), m_signs.cend(), [](const DangerSign &s) { return !s.referTo.isEmpty(); });
        if (suggested && e.referralTo.isEmpty()) {
            e.referralTo = ReferralDestination::declined(); // kept with its reason, which the repository requires
            if (e.referralReason.simplified().isEmpty())
                report.addError(QStringLiteral("referral_reason"), tr("A danger sign was found: refer the person, or write why not."));
        }
    }
    return e;
}

bool SessionEntryForm::isDirty() const
{
    return !m_person.memberId.isEmpty() && formFingerprint(m_content) != m_cleanFingerprint;
}

Result<Storage::Saved> SessionEntryForm::save()
{
    ValidationReport report;
    const Storage::SessionEntry entry = collect(report);
    Result<Storage::Saved> saved = report.hasErrors()
        ? Result<Storage::Saved>(Error{report.firstError(), report.issues()})
        : m_repository.save(entry, Protocol::Clock::today() > m_date ? Protocol::Clock::today() : m_date);
    if (!saved) {
        m_errors.showFailure(saved.error(), m_summary);
        revealFirstError(saved.error());
        return saved;
    }
    m_errors.clear();
    m_summary->clear();
    m_cleanFingerprint = formFingerprint(m_content);
    return saved;
}

void SessionEntryForm::revealFirstError(const Error &error)
{
    const QHash<QString, QWidget *> special = {{QStringLiteral("referral_reason"), m_referralReason},
                                               {QStringLiteral("referral_to"), m_referral},
                                               {QStringLiteral("new_pregnancy_lmp"), m_lmp},
                                               {QStringLiteral("delivered_on"), m_delivered}};
    if (!error.issues.isEmpty()) {
        const QString field = error.issues.first().field;
        m_errors.reveal(field, m_inputs.value(field, special.value(field)));
    }
}

void SessionEntryForm::focusFirstField()
{
    if (m_firstInput)
        m_firstInput->setFocus();
}

bool SessionEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            Q_EMIT saveRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Posyandu::Ui

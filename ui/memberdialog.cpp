// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberdialog.h"

#include "codes.h"
#include "dialogbuttons.h"
#include "memberrepository.h"
#include "userdate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Posyandu::Ui {

namespace {
void selectData(QComboBox *combo, const QString &code)
{
    const int i = combo->findData(code);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace

MemberDialog::MemberDialog(Storage::MemberRepository &repository, Member member, QWidget *parent, Flow flow)
    : FormDialog(parent)
    , m_repository(repository)
    , m_member(std::move(member))
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(m_member.id.isEmpty() ? tr("Add a household member") : tr("Edit household member"));
    auto *layout = new QVBoxLayout(this);
    if (flow == Flow::OneAfterAnother) {
        auto *hint = new QLabel(tr("Add the people of the family card one after another: Enter saves this one and opens an empty form for "
                                   "the next. When everyone is in, press Esc on the empty form."),
                                this);
        hint->setObjectName(QStringLiteral("oneAfterAnotherLabel"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = m_errors.addLineEdit(form, QStringLiteral("name"), tr("&Name"), m_member.name, tr("as on the family card"), this);
    m_nik = m_errors.addLineEdit(form, QStringLiteral("nik"), tr("NI&K"), m_member.nik, tr("16 digits; empty for a baby without one"), this);
    m_nik->setMaxLength(20); // room for a slip, so the message can say what is wrong

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexComboBox"));
    m_sex->addItem(tr("— choose —"), QString());
    for (const QString &code : Codes::sexes())
        m_sex->addItem(QStringLiteral("%1 — %2").arg(code, Codes::sexLabel(code)), code);
    selectData(m_sex, m_member.sex);
    m_errors.addRow(form, QStringLiteral("sex"), tr("&Sex"), m_sex, this);

    m_birthDate = m_errors.addLineEdit(form, QStringLiteral("birth_date"), tr("&Birth date"), formatUserDate(m_member.birthDate),
                                       tr("DD-MM-YYYY, e.g. 12-05-2024"), this);
    m_estimated = new QCheckBox(tr("&Estimated (only the age is known)"), this);
    m_estimated->setObjectName(QStringLiteral("estimatedCheckBox"));
    m_estimated->setChecked(m_member.birthDateEstimated);
    form->addRow(QString(), m_estimated);

    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationshipComboBox"));
    m_relationship->addItem(tr("— choose —"), QString());
    for (const QString &code : Codes::relationships())
        m_relationship->addItem(Codes::relationshipLabel(code), code);
    selectData(m_relationship, m_member.relationship);
    m_errors.addRow(form, QStringLiteral("relationship"), tr("&Relationship to head"), m_relationship, this);

    m_father = m_errors.addLineEdit(form, QStringLiteral("father_name"), tr("&Father's name"), m_member.fatherName, {}, this);
    m_mother = m_errors.addLineEdit(form, QStringLiteral("mother_name"), tr("&Mother's name"), m_member.motherName, {}, this);
    m_education = m_errors.addLineEdit(form, QStringLiteral("education"), tr("Ed&ucation"), m_member.education, {}, this);
    m_occupation = m_errors.addLineEdit(form, QStringLiteral("occupation"), tr("&Occupation"), m_member.occupation, {}, this);

    m_disability = new QComboBox(this);
    m_disability->setObjectName(QStringLiteral("disabilityComboBox"));
    m_disability->addItem(tr("None"), QString());
    m_disability->addItem(tr("Physical"), QStringLiteral("physical"));
    m_disability->addItem(tr("Intellectual"), QStringLiteral("intellectual"));
    m_disability->addItem(tr("Mental"), QStringLiteral("mental"));
    m_disability->addItem(tr("Sensory"), QStringLiteral("sensory"));
    selectData(m_disability, m_member.disability);
    m_errors.addRow(form, QStringLiteral("disability"), tr("&Disability"), m_disability, this);

    // Never a delete: a person who died or moved stays in the register with that status.
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (const QString &code : Codes::memberStatuses())
        m_status->addItem(Codes::memberStatusLabel(code), code);
    selectData(m_status, m_member.status);
    m_errors.addRow(form, QStringLiteral("status"), tr("S&tatus"), m_status, this);
    m_statusDate = m_errors.addLineEdit(form, QStringLiteral("status_date"), tr("Date died or moved"), formatUserDate(m_member.statusDate),
                                        tr("DD-MM-YYYY"), this);
    auto updateStatusDate = [this] { m_statusDate->setEnabled(m_status->currentData().toString() != QLatin1String("alive")); };
    connect(m_status, &QComboBox::currentIndexChanged, this, updateStatusDate);
    updateStatusDate();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    QDialogButtonBox *buttons =
        DialogButtons::saveCancel(this, flow == Flow::OneAfterAnother ? tr("&Save, then the next (Enter)") : tr("&Save (Enter)"), [this] { save(); });
    if (flow == Flow::OneAfterAnother)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Done (Esc)"));
    layout->addWidget(buttons);
    m_name->setFocus();
    markClean();
}

Member MemberDialog::collect(ValidationReport &report) const
{
    Member m = m_member;
    m.name = m_name->text();
    m.nik = m_nik->text();
    m.sex = m_sex->currentData().toString();
    m.birthDate = parseUserDate(m_birthDate->text());
    if (const QString problem = userDateProblem(m_birthDate->text()); !problem.isEmpty())
        report.addError(QStringLiteral("birth_date"), problem);
    m.birthDateEstimated = m_estimated->isChecked();
    m.relationship = m_relationship->currentData().toString();
    m.fatherName = m_father->text();
    m.motherName = m_mother->text();
    m.education = m_education->text();
    m.occupation = m_occupation->text();
    m.disability = m_disability->currentData().toString();
    m.status = m_status->currentData().toString();
    m.statusDate = m.status == QLatin1String("alive") ? QDate() : parseUserDate(m_statusDate->text());
    if (const QString problem = userDateProblem(m_statusDate->text()); m.status != QLatin1String("alive") && !problem.isEmpty())
        report.addError(QStringLiteral("status_date"), problem);
    return m.normalized();
}

QString MemberDialog::fingerprint() const
{
    QStringList parts;
    for (const QLineEdit *e : {m_name, m_nik, m_birthDate, m_father, m_mother, m_education, m_occupation, m_statusDate})
        parts << e->text();
    for (const QComboBox *c : {m_sex, m_relationship, m_disability, m_status})
        parts << c->currentData().toString();
    parts << QString::number(m_estimated->isChecked());
    return parts.join(QChar(0x1F));
}

void MemberDialog::save()
{
    ValidationReport report;
    const Member m = collect(report);
    // Parse errors first (a date that is not a date), then the record's own rules, but not a second word on a
    // field the first already explained ("fill in the birth date" under "31-02-1985 is not on the calendar").
    QStringList explained;
    for (const ValidationIssue &issue : report.issues())
        explained << issue.field;
    const ValidationReport rules = m.validate();
    for (const ValidationIssue &issue : rules.issues())
        if (!explained.contains(issue.field))
            report.append({issue});
    if (!report.hasErrors()) {
        auto duplicates = likelyDuplicateWarnings(m_repository, m);
        if (!duplicates) {
            m_errors.showFailure(duplicates.error(), m_summary);
            return;
        }
        report.append(duplicates.value());
    }
    if (report.hasErrors()) {
        m_errors.showFailure(Error{report.firstError(), report.issues()}, m_summary);
        m_confirmedFingerprint.clear();
        return;
    }
    if (!report.issues().isEmpty() && m_confirmedFingerprint != fingerprint()) {
        m_errors.show(report.issues());
        m_summary->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_summary->setText(tr("Please check the remarks in yellow. Press Enter again to save anyway."));
        m_confirmedFingerprint = fingerprint();
        return;
    }
    auto saved = m_repository.save(m);
    if (!saved) {
        m_errors.showFailure(saved.error(), m_summary);
        return;
    }
    m_savedId = saved.value().id;
    m_savedName = m.name.simplified();
    accepted(std::move(saved).value());
}

Result<QList<ValidationIssue>> MemberDialog::likelyDuplicateWarnings(const Storage::MemberRepository &repository, const Member &member,
                                                                     const QString &nameField)
{
    auto duplicates = repository.likelyDuplicates(member);
    if (!duplicates)
        return duplicates.error();
    const Member m = member.normalized();
    QList<ValidationIssue> warnings;
    for (const Member &d : duplicates.value())
        warnings.append({d.nik == m.nik && !m.nik.isEmpty() ? QStringLiteral("nik") : nameField, ValidationIssue::Severity::Warning,
                         tr("Possibly registered already: %1, born %2%3.")
                             .arg(d.name, formatUserDate(d.birthDate), d.nik.isEmpty() ? QString() : QStringLiteral(", NIK ") + d.nik)});
    return warnings;
}

} // namespace Posyandu::Ui

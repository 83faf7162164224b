// SPDX-License-Identifier: GPL-3.0-or-later
#include "householddialog.h"

#include "codes.h"
#include "dialogbuttons.h"
#include "formstate.h"
#include "householdrepository.h"
#include "memberdialog.h"
#include "memberrepository.h"
#include "userdate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace Posyandu::Ui {

HouseholdDialog::HouseholdDialog(Storage::HouseholdRepository &repository, Storage::MemberRepository &members, Household household, QWidget *parent)
    : FormDialog(parent)
    , m_repository(repository)
    , m_members(members)
    , m_household(std::move(household))
{
    const bool registering = m_household.id.isEmpty();
    setObjectName(QStringLiteral("householdDialog"));
    setWindowTitle(registering ? tr("Register a household") : tr("Edit household"));
    setMinimumWidth(520); // placeholders such as "16 digits; leave empty…" must be readable
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_headName = m_errors.addLineEdit(form, QStringLiteral("head_name"), tr("&Head of household"), m_household.headName, {}, this);
    if (registering) {
        // The head is the household's first member, read off the same family card: their own fields come
        // right under their name. Field names as in the member dialog, so messages land at the same places.
        m_headNik =
            m_errors.addLineEdit(form, QStringLiteral("nik"), tr("Head's &NIK"), QString(), tr("16 digits; leave empty if not at hand"), this);
        m_headNik->setMaxLength(20); // room for a slip, so the message can say what is wrong
        m_headSex = new QComboBox(this);
        m_headSex->setObjectName(QStringLiteral("sexComboBox"));
        m_headSex->addItem(tr("— choose —"), QString());
        for (const QString &code : Codes::sexes())
            m_headSex->addItem(QStringLiteral("%1 — %2").arg(code, Codes::sexLabel(code)), code);
        m_errors.addRow(form, QStringLiteral("sex"), tr("Head's se&x"), m_headSex, this);
        m_headBirthDate =
            m_errors.addLineEdit(form, QStringLiteral("birth_date"), tr("Head's &birth date"), QString(), tr("DD-MM-YYYY, e.g. 12-05-1985"), this);
        m_headEstimated = new QCheckBox(tr("&Estimated (only the age is known)"), this);
        m_headEstimated->setObjectName(QStringLiteral("estimatedCheckBox"));
        form->addRow(QString(), m_headEstimated);
    }
    m_kkNumber = m_errors.addLineEdit(form, QStringLiteral("kk_number"), tr("Family card no. (&KK)"), m_household.kkNumber,
                                      tr("16 digits; leave empty if not at hand"), this);
    m_kkNumber->setMaxLength(16);
    m_address = m_errors.addLineEdit(form, QStringLiteral("address"), tr("&Address"), m_household.address, {}, this);
    m_rt = m_errors.addLineEdit(form, QStringLiteral("rt"), tr("&RT"), m_household.rt, tr("e.g. 3"), this);
    m_rw = m_errors.addLineEdit(form, QStringLiteral("rw"), tr("R&W"), m_household.rw, tr("e.g. 1"), this);
    for (QLineEdit *edit : {m_rt, m_rw})
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,3}")), edit));
    m_dusun = m_errors.addLineEdit(form, QStringLiteral("dusun"), tr("D&usun"), m_household.dusun, {}, this);
    m_villageCode = m_errors.addLineEdit(form, QStringLiteral("village_code"), tr("&Village code"), m_household.villageCode, tr("10 digits"), this);
    m_dasawisma = m_errors.addLineEdit(form, QStringLiteral("dasawisma"), tr("Dasa&wisma"), m_household.dasawisma, {}, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    layout->addWidget(DialogButtons::saveCancel(this, tr("&Save (Enter)"), [this] { save(); }));
    m_headName->setFocus();
    markClean();
}

Household HouseholdDialog::collect() const
{
    Household h = m_household;
    h.headName = m_headName->text();
    h.kkNumber = m_kkNumber->text();
    h.address = m_address->text();
    h.rt = m_rt->text();
    h.rw = m_rw->text();
    h.dusun = m_dusun->text();
    h.villageCode = m_villageCode->text();
    h.dasawisma = m_dasawisma->text();
    return h;
}

void HouseholdDialog::save()
{
    const Household h = collect();
    if (m_household.id.isEmpty()) {
        saveWithHead(h);
        return;
    }
    auto saved = m_repository.save(h);
    if (!saved) {
        m_errors.showFailure(saved.error(), m_summary);
        return;
    }
    m_savedId = saved.value().id;
    m_savedName = h.headName.simplified();
    accepted(std::move(saved).value());
}

void HouseholdDialog::saveWithHead(const Household &h)
{
    Member head;
    head.name = h.headName;
    head.nik = m_headNik->text();
    head.sex = m_headSex->currentData().toString();
    head.birthDate = parseUserDate(m_headBirthDate->text());
    head.birthDateEstimated = m_headEstimated->isChecked();

    // What could not be read as typed first, then both records' rules, but not a second word on a field the
    // first already explained ("fill in the birth date" under "31-02-1985 is not on the calendar").
    ValidationReport report;
    if (const QString problem = userDateProblem(m_headBirthDate->text()); !problem.isEmpty())
        report.addError(QStringLiteral("birth_date"), problem);
    const QList<ValidationIssue> typed = report.issues();
    const ValidationReport rules = Storage::HouseholdRepository::validateWithHead(h, head);
    for (const ValidationIssue &issue : rules.issues()) {
        const bool explained = std::any_of(typed.begin(), typed.end(), [&issue](const ValidationIssue &t) { return t.field == issue.field; });
        if (!explained)
            report.append({issue});
    }
    if (!report.hasErrors()) {
        auto duplicates = MemberDialog::likelyDuplicateWarnings(m_members, head, QStringLiteral("head_name"));
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
    if (!report.issues().isEmpty() && m_confirmedFingerprint != formFingerprint(this)) {
        m_errors.show(report.issues());
        m_summary->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_summary->setText(tr("Please check the remarks in yellow. Press Enter again to save anyway."));
        m_confirmedFingerprint = formFingerprint(this);
        return;
    }
    // The repository checks again and writes the household and its head in one transaction: a refusal
    // there leaves neither written.
    auto saved = m_repository.registerWithHead(h, head);
    if (!saved) {
        m_errors.showFailure(saved.error(), m_summary);
        return;
    }
    m_savedId = saved.value().id;
    m_savedName = h.headName.simplified();
    accepted(std::move(saved).value());
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "formdialog.h"
#include "member.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Posyandu::Storage {
class MemberRepository;
}

namespace Posyandu::Ui {

// Registers or edits one person of a household. Errors block the save and
// appear at their field. Warnings (NIK that disagrees with sex or birth date,
// a likely duplicate) do not block: the first Enter shows them, a second Enter
// on unchanged data saves anyway.
class MemberDialog : public FormDialog
{
    Q_OBJECT
public:
    // OneAfterAnother: one of a row of forms for the people of a family card (after a new household); the
    // buttons say that Enter saves and the next form follows, and Esc ends the row.
    enum class Flow { Single, OneAfterAnother };

    MemberDialog(Storage::MemberRepository &repository, Member member, QWidget *parent = nullptr, Flow flow = Flow::Single);
    const QString &savedId() const { return m_savedId; }
    const QString &savedName() const { return m_savedName; }

    // The registered people `member` probably is, as warnings (at "nik" when the NIK matches, else at
    // `nameField`), for every form that registers a person.
    static Result<QList<ValidationIssue>> likelyDuplicateWarnings(const Storage::MemberRepository &repository, const Member &member,
                                                                  const QString &nameField = QStringLiteral("name"));

private:
    void save() override;
    Member collect(ValidationReport &report) const;
    QString fingerprint() const;

    Storage::MemberRepository &m_repository;
    Member m_member;
    FieldErrors m_errors;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nik = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QCheckBox *m_estimated = nullptr;
    QComboBox *m_relationship = nullptr;
    QLineEdit *m_father = nullptr;
    QLineEdit *m_mother = nullptr;
    QLineEdit *m_education = nullptr;
    QLineEdit *m_occupation = nullptr;
    QComboBox *m_disability = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_statusDate = nullptr;
    QLabel *m_summary = nullptr;
    QString m_confirmedFingerprint; // warnings shown for exactly this content
    QString m_savedId;
    QString m_savedName;
};

} // namespace Posyandu::Ui

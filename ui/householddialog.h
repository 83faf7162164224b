// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "formdialog.h"
#include "household.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Posyandu::Storage {
class HouseholdRepository;
class MemberRepository;
} // namespace Posyandu::Storage

namespace Posyandu::Ui {

// Registers or edits one household. Enter saves; errors appear under the
// field they concern and nothing is written until every error is fixed.
// A new household also registers its head as its first member (NIK, sex and
// birth date under the head's name): both are saved together or neither is.
// Remarks on the head (a NIK that disagrees, a likely duplicate) do not block:
// the first Enter shows them, a second Enter on unchanged data saves anyway.
class HouseholdDialog : public FormDialog
{
    Q_OBJECT
public:
    HouseholdDialog(Storage::HouseholdRepository &repository, Storage::MemberRepository &members, Household household, QWidget *parent = nullptr);

    const QString &savedId() const { return m_savedId; }
    const QString &savedName() const { return m_savedName; }

private:
    void save() override;
    Household collect() const;
    void saveWithHead(const Household &household);

    Storage::HouseholdRepository &m_repository;
    Storage::MemberRepository &m_members;
    Household m_household;
    FieldErrors m_errors;
    QLineEdit *m_headName = nullptr;
    // The head's own fields; only for a new household.
    QLineEdit *m_headNik = nullptr;
    QComboBox *m_headSex = nullptr;
    QLineEdit *m_headBirthDate = nullptr;
    QCheckBox *m_headEstimated = nullptr;
    QLineEdit *m_kkNumber = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_rt = nullptr;
    QLineEdit *m_rw = nullptr;
    QLineEdit *m_dusun = nullptr;
    QLineEdit *m_villageCode = nullptr;
    QLineEdit *m_dasawisma = nullptr;
    QLabel *m_summary = nullptr;
    QString m_confirmedFingerprint; // remarks shown for exactly this content
    QString m_savedId;
    QString m_savedName;
};

} // namespace Posyandu::Ui

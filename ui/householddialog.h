// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "formdialog.h"
#include "household.h"

class QLabel;
class QLineEdit;

namespace Posyandu::Storage {
class HouseholdRepository;
}

namespace Posyandu::Ui {

// Registers or edits one household. Enter saves; errors appear under the
// field they concern and nothing is written until every error is fixed.
class HouseholdDialog : public FormDialog
{
    Q_OBJECT
public:
    HouseholdDialog(Storage::HouseholdRepository &repository, Household household, QWidget *parent = nullptr);

    const QString &savedId() const { return m_savedId; }
    const QString &savedName() const { return m_savedName; }

private:
    void save() override;

    Storage::HouseholdRepository &m_repository;
    Household m_household;
    FieldErrors m_errors;
    QLineEdit *m_headName = nullptr;
    QLineEdit *m_kkNumber = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_rt = nullptr;
    QLineEdit *m_rw = nullptr;
    QLineEdit *m_dusun = nullptr;
    QLineEdit *m_villageCode = nullptr;
    QLineEdit *m_dasawisma = nullptr;
    QLabel *m_summary = nullptr;
    QString m_savedId;
    QString m_savedName;
};

} // namespace Posyandu::Ui

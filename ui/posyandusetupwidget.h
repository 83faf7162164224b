// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"

#include <QWidget>

class QLineEdit;
class QLabel;

namespace Posyandu::Storage {
class PosyanduRepository;
}

namespace Posyandu::Ui {

// First-run step: which Posyandu does this laptop serve? Shown inside the
// empty state until one is saved (later, enrolment with the server fills it).
class PosyanduSetupWidget : public QWidget
{
    Q_OBJECT
public:
    PosyanduSetupWidget(Storage::PosyanduRepository &repository, QWidget *parent = nullptr);
    void focusFirstField();

Q_SIGNALS:
    void saved();

private:
    void save();

    Storage::PosyanduRepository &m_repository;
    FieldErrors m_errors;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_villageCode = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Posyandu::Ui

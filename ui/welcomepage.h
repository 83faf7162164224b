// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Posyandu::Storage {
class PosyanduRepository;
}

namespace Posyandu::Ui {

class PosyanduSetupWidget;

// What a new install shows instead of an empty register, in two steps:
// 1. which Posyandu this laptop serves (the setup form), 2. register the
// first household. The main window says which step applies.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(Storage::PosyanduRepository &posyandus, QWidget *parent = nullptr);

    void showStep(bool needsPosyandu); // and gives that step the keyboard
    void focusSetup();

Q_SIGNALS:
    void posyanduSaved();
    void registerFirstHousehold();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    PosyanduSetupWidget *m_setup = nullptr;
    QPushButton *m_firstHousehold = nullptr;
};

} // namespace Posyandu::Ui

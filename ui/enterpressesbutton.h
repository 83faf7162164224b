// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Posyandu::Ui {

// Enter on a focused push button presses it, in the main window as in a
// dialog (Qt does so only in dialogs; a cadre who tabs to "Register the first
// household" and presses Enter expects it to act). One filter for the whole
// application, installed once.
class EnterPressesButton : public QObject
{
    Q_OBJECT
public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Posyandu::Ui

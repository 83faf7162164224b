// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Posyandu::Ui {

// The mouse wheel never changes an answer the user did not click into: over a
// drop-down, a spin box, a date field or a slider that was not clicked into
// (no focus, or focus from Tab) the wheel scrolls the form around it instead
// (its scroll area gets the event), and such inputs no longer take focus from
// the wheel. Clicked into, the wheel changes them as Qt does. Scroll bars are
// left alone.
// One filter for the whole application, installed once.
class WheelGuard : public QObject
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QSlider>

namespace Posyandu::Ui {

namespace {
// Set on an input while it has focus from a mouse click.
constexpr char kClickedInto[] = "posyanduWheelArmed";

// The input a wheel over `widget` would change: the widget itself or the one it is part of (a spin box's text).
QWidget *valueInput(QWidget *widget)
{
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget())
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QSlider *>(w))
            return w;
    return nullptr;
}
} // namespace

void WheelGuard::install()
{
    static WheelGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish && type != QEvent::FocusIn && type != QEvent::FocusOut)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    QWidget *input = widget ? valueInput(widget) : nullptr;
    if (!input)
        return false;
    // Clicked into: the wheel may change it. Tabbed into (the cadre moving through the form), it may not.
    if (type == QEvent::FocusIn || type == QEvent::FocusOut) {
        const bool clicked = type == QEvent::FocusIn && static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason;
        input->setProperty(kClickedInto, clicked);
        return false;
    }
    if (event->type() == QEvent::Polish) {
        // Qt gives spin boxes WheelFocus: a wheel turn would focus them, and then change them.
        if (input == widget && (input->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            input->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (input->hasFocus() && input->property(kClickedInto).toBool())
        return false;
    // Not clicked into: the form around it scrolls. Sent to the scroll area's viewport itself, since Qt does
    // not pass a wheel event on to parents once it has been sent on by hand; outside a scroll area it is dropped.
    for (QWidget *w = input->parentWidget(); w && !w->isWindow(); w = w->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            break;
        }
    return true;
}

} // namespace Posyandu::Ui

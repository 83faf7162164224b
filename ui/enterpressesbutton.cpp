// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterpressesbutton.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>

namespace Posyandu::Ui {

void EnterPressesButton::install()
{
    static EnterPressesButton *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new EnterPressesButton(qApp);
    qApp->installEventFilter(filter);
}

bool EnterPressesButton::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto *button = qobject_cast<QPushButton *>(watched);
    // Dialogs press their buttons on Enter already (default and auto-default buttons).
    if (!button || !button->isEnabled() || qobject_cast<QDialog *>(button->window()))
        return false;
    button->click();
    return true;
}

} // namespace Posyandu::Ui

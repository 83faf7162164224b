// SPDX-License-Identifier: GPL-3.0-or-later
#include "undolastsave.h"

#include "changereverter.h"
#include "dialogs.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace Posyandu::Ui {

UndoLastSave::UndoLastSave(Storage::Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_action(new QAction(tr("&Undo the last save"), window))
{
    m_action->setObjectName(QStringLiteral("undoAction"));
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &UndoLastSave::undo);
    qApp->installEventFilter(this);
}

bool UndoLastSave::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_action->isEnabled())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!key->matches(QKeySequence::Undo) || !widget || widget->window() != m_window)
        return false;
    // A text field claims Ctrl+Z for its own typing; with nothing typed to undo it lets the save's undo have it.
    bool typingToUndo = true;
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        typingToUndo = line->isUndoAvailable();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        typingToUndo = plain->document()->isUndoAvailable();
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        typingToUndo = rich->document()->isUndoAvailable();
    if (typingToUndo)
        return false;
    event->ignore();
    return true;
}

void UndoLastSave::remember(const Storage::Saved &saved, const QString &description)
{
    if (saved.changes.isEmpty())
        return;
    m_changes = saved.changes;
    m_description = description;
    m_action->setEnabled(true);
    m_action->setText(tr("&Undo: %1").arg(description));
    Q_EMIT remembered();
}

void UndoLastSave::forget()
{
    m_changes.clear();
    m_action->setEnabled(false);
    m_action->setText(tr("&Undo the last save"));
}

void UndoLastSave::undo()
{
    if (m_changes.isEmpty()) {
        Q_EMIT message(tr("There is nothing to undo."));
        return;
    }
    if (Dialogs::ask(m_window, tr("Undo"), tr("Undo the last save (%1)?").arg(m_description), QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto reverted = Storage::ChangeReverter::revert(m_db, m_changes);
    if (!reverted) {
        Q_EMIT message(reverted.error().message);
        return;
    }
    const QString description = m_description;
    forget();
    Q_EMIT undone(description); // views refresh first, then the message stays on the status bar
    Q_EMIT message(tr("Undone: %1.").arg(description));
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saved.h"

#include <QObject>

class QAction;
class QWidget;

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Ui {

// "Undo the last save" (Ctrl+Z): remembers what the last save wrote and,
// after asking, takes it back through ChangeReverter (a new change that
// syncs like any other). Owns its menu action, whose text names the save.
// Ctrl+Z in a text field first undoes the typing in it, as every field
// does; in a field with nothing to undo (where the cursor is after a save)
// it undoes the last save, so the status bar's "Ctrl+Z undoes it" holds.
class UndoLastSave : public QObject
{
    Q_OBJECT
public:
    UndoLastSave(Storage::Database &db, QWidget *window);
    QAction *action() const { return m_action; }

    // A save without changes (nothing was written) is not remembered.
    void remember(const Storage::Saved &saved, const QString &description);
    void forget();
    void undo();

Q_SIGNALS:
    // Every save that wrote something passes through remember(): the one place to hear of it (sync listens).
    void remembered();
    void undone(const QString &description);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Storage::Database &m_db;
    QWidget *m_window;
    QAction *m_action;
    Storage::ChangeSet m_changes;
    QString m_description;
};

} // namespace Posyandu::Ui

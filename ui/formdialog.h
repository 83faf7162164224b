// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saved.h"

#include <QDialog>

namespace Posyandu::Ui {

// A dialog holding one form. Closing it (Esc, Cancel, the window's close
// button) with changes not yet saved asks first: save, discard, or go back.
// A successful save is kept so the main window can offer to undo it.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    const Storage::Saved &lastSaved() const { return m_saved; }
    // True when the save that closed the dialog was the answer to "save the changes?" on leaving it (Esc with
    // typed input): the user wanted to be done, so a row of forms ends there.
    bool savedWhileLeaving() const { return m_savedWhileLeaving; }
    void reject() override;

protected:
    explicit FormDialog(QWidget *parent = nullptr);
    // Call once the form shows the record as loaded.
    void markClean();
    // Validates and writes; calls accepted() on success, shows errors otherwise.
    virtual void save() = 0;
    void accepted(Storage::Saved saved);

private:
    QString m_cleanFingerprint;
    Storage::Saved m_saved;
    bool m_leaving = false; // inside reject(), saving because the user chose to
    bool m_savedWhileLeaving = false;
};

} // namespace Posyandu::Ui

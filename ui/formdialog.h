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
};

} // namespace Posyandu::Ui

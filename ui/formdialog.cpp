// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdialog.h"

#include "dialogs.h"
#include "formstate.h"

namespace Posyandu::Ui {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{
}

void FormDialog::markClean()
{
    m_cleanFingerprint = formFingerprint(this);
}

void FormDialog::accepted(Storage::Saved saved)
{
    m_saved = std::move(saved);
    m_savedWhileLeaving = m_leaving;
    m_cleanFingerprint = formFingerprint(this);
    accept();
}

void FormDialog::reject()
{
    if (formFingerprint(this) != m_cleanFingerprint) {
        switch (Dialogs::askUnsavedChanges(this)) {
        case QMessageBox::Save:
            m_leaving = true;
            save(); // closes only when the save succeeds; errors stay visible
            m_leaving = false;
            return;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

} // namespace Posyandu::Ui

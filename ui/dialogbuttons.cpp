// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace Posyandu::Ui {

QDialogButtonBox *DialogButtons::saveCancel(QDialog *dialog, const QString &saveText, std::function<void()> onSave)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setText(saveText);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, std::move(onSave));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace Posyandu::Ui

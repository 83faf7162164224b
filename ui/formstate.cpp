// SPDX-License-Identifier: GPL-3.0-or-later
#include "formstate.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>

namespace Posyandu::Ui {

QString formFingerprint(const QWidget *root)
{
    // findChildren returns a stable order (creation order), so equal forms give equal strings.
    QStringList parts;
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!qobject_cast<const QComboBox *>(edit->parent())) // a combo's own editor is covered by the combo
            parts << edit->text();
    }
    for (const QComboBox *combo : root->findChildren<QComboBox *>())
        parts << QString::number(combo->currentIndex());
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->isCheckable())
            parts << QString::number(button->isChecked());
    return parts.join(QChar(0x1F));
}

} // namespace Posyandu::Ui

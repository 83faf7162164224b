// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QDialog;
class QDialogButtonBox;

namespace Posyandu::Ui {

// The Save/Cancel row every form dialog ends with: Enter runs `onSave`
// (which decides whether to accept), Esc cancels. Labels show the keys.
class DialogButtons
{
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)
public:
    static QDialogButtonBox *saveCancel(QDialog *dialog, const QString &saveText, std::function<void()> onSave);
};

} // namespace Posyandu::Ui

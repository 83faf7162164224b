// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace Posyandu::Ui {

// Every question and file chooser the application shows goes through here,
// so GUI tests can answer them (KeePassXC's MessageBox::setNextAnswer idea)
// instead of hanging in a modal loop.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
public:
    // Asks with the given buttons; returns the one chosen (Cancel/Escape = `escape`).
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton, QMessageBox::StandardButton escape = QMessageBox::Cancel);
    // Save / Discard / Cancel for a form with unsaved changes.
    static QMessageBox::StandardButton askUnsavedChanges(QWidget *parent);
    // A file to open; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);

    // A file to write, suggesting `suggestedName`; empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);

    // Test seams: the next call answers this without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &path); // for openFileName and saveFileName
    // How many questions were answered by the seam (tests check a prompt happened).
    static int answeredBySeam();
};

} // namespace Posyandu::Ui

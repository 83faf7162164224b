// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QString>
#include <QVBoxLayout>

namespace Posyandu::Ui {

// Shows validation issues next to the field they are about: one small label
// under each input, red for errors, amber for warnings, hidden when empty.
// Labels are named "<field>ErrorLabel" so tests can find them.
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)
public:
    QLabel *labelFor(const QString &field, QWidget *parent);
    // The input with its message label under it, ready for a form row.
    QVBoxLayout *withMessage(QWidget *input, const QString &field, QWidget *parent);
    // A form row: label (its &-shortcut focuses `input`), the input and its message label.
    void addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *input, QWidget *parent);
    // A form row: label, a line edit named "<field without _>LineEdit", and its message label.
    QLineEdit *addLineEdit(QFormLayout *form, const QString &field, const QString &label, const QString &text, const QString &placeholder,
                           QWidget *parent);
    // Shows a failed save: issues at their fields, and in `summary` either a
    // pointer to the red fields or the error itself when no field shows it.
    void showFailure(const Error &error, QLabel *summary);
    void clear();
    // The issues of one field as they are now (typing checks a value at once), the other fields' left as they
    // are; no issues clears it.
    void showAt(const QString &field, const QList<ValidationIssue> &issues);
    // Shows the issues; returns those whose field has no label (for a summary line).
    QList<ValidationIssue> show(const QList<ValidationIssue> &issues);

    // Makes a refused field seen: focuses its input and scrolls the nearest scroll area to its message (or the
    // input), once the layout has placed the message just shown (at 1280x720 a message can be below the fold).
    void reveal(const QString &field, QWidget *input) const;

    // Grows a dialog's height so that every wrapped message in it is read whole at its present width.
    static void growToFit(QWidget *dialog);

private:
    QHash<QString, QLabel *> m_labels;
};

} // namespace Posyandu::Ui

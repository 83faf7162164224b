// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrors.h"

#include <QPointer>
#include <QScrollArea>
#include <QTimer>

#include <QComboBox>
#include <QDialog>
#include <QLayout>
#include <QScreen>

namespace Posyandu::Ui {

QLabel *FieldErrors::labelFor(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("ErrorLabel"));
    label->setWordWrap(true);
    label->setVisible(false);
    m_labels.insert(field, label);
    return label;
}

QVBoxLayout *FieldErrors::withMessage(QWidget *input, const QString &field, QWidget *parent)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(input);
    QLabel *message = labelFor(field, parent);
    column->addWidget(message);
    // A message is about what was typed: once the user changes it, the old message goes (a corrected date
    // kept saying "not on the calendar" until the next save). A check as one types (showAt) may say it again.
    auto forget = [message] {
        message->clear();
        message->setVisible(false);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        QObject::connect(edit, &QLineEdit::textEdited, message, forget);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        QObject::connect(combo, &QComboBox::activated, message, forget);
    return column;
}

QLineEdit *FieldErrors::addLineEdit(QFormLayout *form, const QString &field, const QString &label, const QString &text, const QString &placeholder,
                                    QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QString(field).remove(QLatin1Char('_')) + QStringLiteral("LineEdit"));
    edit->setPlaceholderText(placeholder);
    addRow(form, field, label, edit, parent);
    return edit;
}

void FieldErrors::addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *input, QWidget *parent)
{
    QVBoxLayout *column = withMessage(input, field, parent);
    form->addRow(label, column);
    // The row holds a layout, so QFormLayout sets no buddy by itself: without
    // one the label would show its '&' literally and Alt+letter would do nothing.
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(column)))
        buddy->setBuddy(input);
}

void FieldErrors::showFailure(const Error &error, QLabel *summary)
{
    const auto unplaced = show(error.issues);
    summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    summary->setText(unplaced.isEmpty() && !error.issues.isEmpty() ? tr("Nothing was saved. Please correct the fields marked in red.")
                                                                   : error.message);
}

void FieldErrors::reveal(const QString &field, QWidget *input) const
{
    if (input)
        input->setFocus(Qt::OtherFocusReason);
    QPointer<QWidget> target = m_labels.value(field);
    if (!target)
        target = input;
    for (QWidget *w = target; w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            QTimer::singleShot(0, scroll, [scroll, target] {
                if (target)
                    scroll->ensureWidgetVisible(target, 20, 40);
            });
            return;
        }
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->setVisible(false);
    }
}

void FieldErrors::growToFit(QWidget *dialog)
{
    // A wrapping label needs more height at the dialog's width than its size hint says (the hint is for a
    // narrower, taller text): ask the layout for its height at the width the dialog has, and only ever grow.
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    const int limit = dialog->screen() ? dialog->screen()->availableGeometry().height() : needed;
    if (needed > dialog->height())
        dialog->resize(dialog->width(), std::min(needed, limit));
}

void FieldErrors::showAt(const QString &field, const QList<ValidationIssue> &issues)
{
    QLabel *label = m_labels.value(field);
    if (!label)
        return;
    QStringList messages;
    bool error = false;
    for (const ValidationIssue &issue : issues) {
        messages << issue.message;
        error = error || issue.severity == ValidationIssue::Severity::Error;
    }
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

QList<ValidationIssue> FieldErrors::show(const QList<ValidationIssue> &issues)
{
    clear();
    QList<ValidationIssue> unplaced;
    for (const ValidationIssue &issue : issues) {
        QLabel *label = m_labels.value(issue.field);
        if (!label) {
            unplaced.append(issue);
            continue;
        }
        const bool error = issue.severity == ValidationIssue::Severity::Error;
        label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
        label->setText(label->text().isEmpty() ? issue.message : label->text() + QLatin1Char('\n') + issue.message);
        label->setVisible(true);
    }
    // Grow a dialog so a message that wraps is read whole, not clipped (the
    // main window, home of the setup form, keeps the size the user gave it).
    if (!m_labels.isEmpty()) {
        if (auto *dialog = qobject_cast<QDialog *>(m_labels.begin().value()->window()))
            growToFit(dialog);
    }
    return unplaced;
}

} // namespace Posyandu::Ui

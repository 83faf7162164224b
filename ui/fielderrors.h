// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationissue.h"

#include <QHash>
#include <QLabel>
#include <QString>

namespace Posyandu::Ui {

// Shows validation issues next to the field they are about: one small label
// under each input, red for errors, amber for warnings, hidden when empty.
// Labels are named "<field>ErrorLabel" so tests can find them.
class FieldErrors
{
public:
    QLabel *labelFor(const QString &field, QWidget *parent);
    void clear();
    // Shows the issues; returns those whose field has no label (for a summary line).
    QList<ValidationIssue> show(const QList<ValidationIssue> &issues);

private:
    QHash<QString, QLabel *> m_labels;
};

} // namespace Posyandu::Ui

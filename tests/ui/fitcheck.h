// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QLabel>
#include <QStringList>

namespace Posyandu::Test {

// The visible labels under `root` whose text does not fit: a wrapping label
// shorter than its text needs at its width, or a one-line label narrower than
// its text. "objectName: text" each; empty when everything is read whole.
inline QStringList clippedLabels(QWidget *root)
{
    QApplication::processEvents(); // let the layouts settle
    QStringList clipped;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->width() <= 0)
            continue;
        const bool fits =
            label->wordWrap() ? label->height() >= label->heightForWidth(label->width()) : label->width() >= label->minimumSizeHint().width();
        if (!fits)
            clipped << QStringLiteral("%1 (%2x%3): %4").arg(label->objectName()).arg(label->width()).arg(label->height()).arg(label->text());
    }
    return clipped;
}

} // namespace Posyandu::Test

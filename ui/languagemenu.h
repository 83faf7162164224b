// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Posyandu::Ui {

// The Bahasa menu: Indonesian or English, saved as the ui/language setting
// and applied at the next start (every window is built in one language).
// Emits `chosen` so the window can say so on its status bar.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void chosen(const QString &message);
};

} // namespace Posyandu::Ui

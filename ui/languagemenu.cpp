// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include <QActionGroup>
#include <QSettings>

namespace Posyandu::Ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    // The names stay in their own language: a reader of either finds theirs.
    for (const auto &[code, name] :
         {std::pair{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")}, std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *choice = addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            Q_EMIT chosen(tr("The language changes the next time the application starts."));
        });
        choice->setObjectName(QStringLiteral("language_%1Action").arg(code));
        choice->setCheckable(true);
        choice->setChecked(code == current);
        group->addAction(choice);
    }
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QFileDialog>
#include <QPushButton>

#include <optional>

namespace Posyandu::Ui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
int g_answeredBySeam = 0;
} // namespace

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void Dialogs::setNextFileName(const QString &path)
{
    g_nextFileName = path;
}

int Dialogs::answeredBySeam()
{
    return g_answeredBySeam;
}

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton, QMessageBox::StandardButton escape)
{
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        ++g_answeredBySeam;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("questionMessageBox"));
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(escape);
    // Plain words on the buttons, with the key to press.
    if (auto *b = box.button(QMessageBox::Save))
        b->setText(tr("&Save"));
    if (auto *b = box.button(QMessageBox::Discard))
        b->setText(tr("&Discard changes"));
    if (auto *b = box.button(QMessageBox::Cancel))
        b->setText(tr("&Back to the form"));
    if (auto *b = box.button(QMessageBox::Yes))
        b->setText(tr("&Yes"));
    if (auto *b = box.button(QMessageBox::No))
        b->setText(tr("&No"));
    box.exec();
    QAbstractButton *clicked = box.clickedButton();
    return clicked ? box.standardButton(clicked) : escape;
}

QMessageBox::StandardButton Dialogs::askUnsavedChanges(QWidget *parent)
{
    return ask(parent, tr("Unsaved changes"), tr("What you typed in this form is not saved yet. Save it now, or discard it?"),
               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_nextFileName) {
        const QString path = *g_nextFileName;
        g_nextFileName.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    if (g_nextFileName) {
        const QString path = *g_nextFileName;
        g_nextFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

} // namespace Posyandu::Ui

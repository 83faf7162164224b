// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the tests that drive the main window and its dialogs by keyboard
// (tst_mainwindow, tst_householddialog): a widget by name, the window's focus
// back, typing into a field, and checks on the modal dialog that opens next.
#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

namespace Posyandu::Test {

template <typename T> T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("widget %s not found", name);
    return w;
}

// After a modal dialog closes, a window manager gives the main window focus
// back; the offscreen platform has none, so tests do it before a shortcut.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Runs `check` on the modal dialog the next action opens. If a check fails,
// the dialog is closed (without asking about typed input) so the test fails
// instead of hanging in exec().
template <typename Check> void onNextModal(QObject *context, Check check)
{
    QTimer::singleShot(0, context, [check] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                QMetaObject::invokeMethod(dialog, "done", Qt::QueuedConnection, Q_ARG(int, QDialog::Rejected)); // no "save changes?"
        });
        check(dialog);
    });
}

// Runs `check` on the modal dialog named `name` as soon as one shows: for a dialog that opens after another
// closes (a zero timer armed in the first could fire before the next is up). Gives up after ten seconds; the
// test's own "checked" flag then fails.
template <typename Check> void onModal(QObject *context, const char *name, Check check)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QDeadlineTimer deadline(10000);
    const QString wanted = QLatin1String(name);
    QObject::connect(poll, &QTimer::timeout, context, [poll, deadline, wanted, check] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible() || dialog->objectName() != wanted) {
            if (deadline.hasExpired())
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                QMetaObject::invokeMethod(dialog, "done", Qt::QueuedConnection, Q_ARG(int, QDialog::Rejected)); // no "save changes?"
        });
        check(dialog);
    });
    poll->start();
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace Posyandu::Test

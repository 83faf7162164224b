// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncmenu.h"

#include "conflictsdialog.h"
#include "database.h"
#include "enroldialog.h"
#include "refusedchangesdialog.h"
#include "syncscheduler.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Posyandu::Ui {

SyncMenu::SyncMenu(Storage::Database &db, QWidget *window)
    : QMenu(tr("&Sync"), window)
    , m_db(db)
    , m_window(window)
    , m_scheduler(new Sync::SyncScheduler(db, this))
{
    setObjectName(QStringLiteral("syncMenu"));
    QAction *now = addAction(tr("Sync &now"), m_scheduler, &Sync::SyncScheduler::syncNow);
    now->setObjectName(QStringLiteral("syncNowAction"));
    now->setShortcut(Qt::Key_F5);
    QAction *enrol = addAction(tr("&Connect to a server…"), this, &SyncMenu::connectToServer);
    enrol->setObjectName(QStringLiteral("connectServerAction"));
    QAction *refused = addAction(tr("&Refused changes…"), this, &SyncMenu::showRefused);
    refused->setObjectName(QStringLiteral("refusedChangesAction"));
    QAction *conflicts = addAction(tr("Con&flicts to review…"), this, &SyncMenu::showConflicts);
    conflicts->setObjectName(QStringLiteral("conflictsAction"));

    m_status = new QWidget(window);
    auto *row = new QHBoxLayout(m_status);
    row->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(m_status);
    m_text->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncButton = new QToolButton(m_status);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setText(tr("Sync (F5)"));
    m_syncButton->setToolTip(tr("Send the changes waiting on this laptop and fetch the others'."));
    connect(m_syncButton, &QToolButton::clicked, m_scheduler, &Sync::SyncScheduler::syncNow);
    m_cancelButton = new QToolButton(m_status);
    m_cancelButton->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancelButton->setText(tr("Stop"));
    m_cancelButton->setToolTip(tr("Stop this sync; nothing is lost, the rest goes next time."));
    connect(m_cancelButton, &QToolButton::clicked, m_scheduler, &Sync::SyncScheduler::cancel);
    row->addWidget(m_text);
    row->addWidget(m_syncButton);
    row->addWidget(m_cancelButton);
    connect(m_scheduler, &Sync::SyncScheduler::statusChanged, this, &SyncMenu::updateStatus);
    updateStatus();
    m_scheduler->start();
}

SyncMenu::~SyncMenu() = default;

void SyncMenu::updateStatus()
{
    // The status bar shows what fits (the count first); the whole sentence is the tooltip.
    const QString status = m_scheduler->statusText(); // reads the store: once per update
    m_text->setText(status);
    m_text->setToolTip(status);
    m_syncButton->setVisible(m_scheduler->isEnrolled() && !m_scheduler->isRunning());
    m_cancelButton->setVisible(m_scheduler->isRunning());
}

void SyncMenu::connectToServer()
{
    EnrolDialog dialog(m_db.filePath(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_scheduler->refreshStatus();
        m_scheduler->syncNow();
    }
}

void SyncMenu::showConflicts()
{
    if (!m_scheduler->isEnrolled()) {
        connectToServer();
        return;
    }
    ConflictsDialog dialog(m_db.filePath(), m_window);
    // A decision is a change on the server: fetch it now.
    connect(&dialog, &ConflictsDialog::decided, m_scheduler, &Sync::SyncScheduler::syncNow);
    dialog.exec();
}

void SyncMenu::showRefused()
{
    RefusedChangesDialog(m_db, m_window).exec();
}

} // namespace Posyandu::Ui

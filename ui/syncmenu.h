// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QLabel;
class QToolButton;

namespace Posyandu::Storage {
class Database;
}
namespace Posyandu::Sync {
class SyncScheduler;
}

namespace Posyandu::Ui {

// The Sinkron menu and the sync corner of the status bar: Sync now (F5),
// Connect to a server…, Refused changes…, Conflicts to review…, and a line in words that always
// says where things stand ("Offline — 23 changes waiting", "Synced at
// 10:42", the last error), with a cancel button while a sync runs. Owns the
// scheduler that decides when to sync on its own.
class SyncMenu : public QMenu
{
    Q_OBJECT
public:
    SyncMenu(Storage::Database &db, QWidget *window);
    ~SyncMenu() override;

    Sync::SyncScheduler &scheduler() { return *m_scheduler; }
    QWidget *statusWidget() const { return m_status; }
    void connectToServer();
    void showRefused();
    void showConflicts();

private:
    void updateStatus();

    Storage::Database &m_db;
    QWidget *m_window;
    Sync::SyncScheduler *m_scheduler = nullptr;
    QWidget *m_status = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_syncButton = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace Posyandu::Ui

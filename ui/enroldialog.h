// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "result.h"
#include "syncjournal.h"

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace Posyandu::Ui {

// Data → Connect to a server: the server's address, a user name and a
// password, once. Enrolment talks to the server and the keychain, so it runs
// on a worker thread (with its own connection to the store) while the
// dialog says it is connecting; a refusal is shown in the dialog in words
// and the cadre can correct and try again. The password is never kept.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(QString dataFile, QWidget *parent = nullptr);
    ~EnrolDialog() override;

    const Sync::SyncAccount &account() const { return m_account; }
    // Test seam and keyboard path: fills the fields.
    void fill(const QString &server, const QString &user, const QString &password);
    void submit();

Q_SIGNALS:
    void enrolled();

private:
    void finished();

    QString m_dataFile;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<Sync::SyncAccount>> m_watcher;
    Sync::SyncAccount m_account;
};

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "enroldialog.h"

#include "database.h"
#include "deviceenrolment.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Posyandu::Ui {

namespace {
Result<Sync::SyncAccount> enrolOnWorker(const QString &dataFile, const QString &server, const QString &user, const QByteArray &password)
{
    auto db = Storage::Database::open(dataFile);
    if (!db)
        return db.error();
    return Sync::DeviceEnrolment::enrol(*db.value(), server, user, password, QHostInfo::localHostName());
}
} // namespace

EnrolDialog::EnrolDialog(QString dataFile, QWidget *parent)
    : QDialog(parent)
    , m_dataFile(std::move(dataFile))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Connect to a server"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ask your supervisor for the server's address and your user name. The password is used once and not kept; "
                                "this laptop keeps only a device key, in the system keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("http://192.168.1.10:8080"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect (Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(&m_watcher, &QFutureWatcher<Result<Sync::SyncAccount>>::finished, this, &EnrolDialog::finished);
}

EnrolDialog::~EnrolDialog()
{
    m_watcher.waitForFinished(); // the worker holds its own connection to the store
}

void EnrolDialog::fill(const QString &server, const QString &user, const QString &password)
{
    m_server->setText(server);
    m_user->setText(user);
    m_password->setText(password);
}

void EnrolDialog::submit()
{
    if (m_watcher.isRunning())
        return;
    if (m_server->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Fill in the server's address, your user name and your password."));
        return;
    }
    m_message->setText(tr("Connecting…"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_buttons)})
        w->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(enrolOnWorker, m_dataFile, m_server->text(), m_user->text(), m_password->text().toUtf8()));
}

void EnrolDialog::finished()
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_buttons)})
        w->setEnabled(true);
    const Result<Sync::SyncAccount> result = m_watcher.result();
    m_password->clear();
    if (!result) {
        m_message->setText(result.error().message);
        m_password->setFocus();
        return;
    }
    m_account = result.value();
    m_message->setText(tr("Connected as %1.").arg(m_account.user));
    Q_EMIT enrolled();
    accept();
}

} // namespace Posyandu::Ui

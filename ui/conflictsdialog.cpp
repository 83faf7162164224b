// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"

#include "database.h"
#include "devicetoken.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Posyandu::Ui {

namespace {
// On a worker thread: its own connection, the token from the keychain, then `work`.
template <typename T> Result<T> withReview(const QString &dataFile, const std::function<Result<T>(Sync::ConflictReview &)> &work)
{
    auto db = Storage::Database::open(dataFile);
    if (!db)
        return db.error();
    auto token = Sync::DeviceToken::read(*db.value());
    if (!token)
        return token.error();
    Sync::ConflictReview review(*db.value(), token.value());
    return work(review);
}
} // namespace

ConflictsDialog::ConflictsDialog(QString dataFile, QWidget *parent)
    : QDialog(parent)
    , m_dataFile(std::move(dataFile))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts to review"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setHorizontalHeaderLabels({tr("Posyandu"), tr("Record"), tr("Field"), tr("Value kept"), tr("Other value")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(this);
    m_keep = buttons->addButton(tr("&Keep the value (Enter)"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_useOther = buttons->addButton(tr("Use the &other value (Ctrl+Enter)"), QDialogButtonBox::ActionRole);
    m_useOther->setObjectName(QStringLiteral("useOtherButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_useOther, &QPushButton::clicked, this, [this] { decide(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] { decide(true); });
    m_keep->setDefault(true);
    layout->addWidget(buttons);
    connect(&m_loading, &QFutureWatcher<Result<QList<Sync::ConflictItem>>>::finished, this, &ConflictsDialog::showList);
    connect(&m_deciding, &QFutureWatcher<Result<void>>::finished, this, [this] {
        const Result<void> r = m_deciding.result();
        if (!r) {
            setBusy(false, r.error().message);
            return;
        }
        Q_EMIT decided();
        reload();
    });
    resize(820, 420);
    reload();
}

ConflictsDialog::~ConflictsDialog()
{
    m_loading.waitForFinished();
    m_deciding.waitForFinished();
}

int ConflictsDialog::rowCount() const
{
    return m_table->rowCount();
}

void ConflictsDialog::setBusy(bool busy, const QString &message)
{
    m_message->setText(message);
    m_keep->setEnabled(!busy && !m_items.isEmpty());
    m_useOther->setEnabled(!busy && !m_items.isEmpty());
}

void ConflictsDialog::reload()
{
    setBusy(true, tr("Asking the server…"));
    const QString file = m_dataFile;
    m_loading.setFuture(
        QtConcurrent::run([file] { return withReview<QList<Sync::ConflictItem>>(file, [](Sync::ConflictReview &r) { return r.open(); }); }));
}

void ConflictsDialog::showList()
{
    const auto result = m_loading.result();
    m_items = result ? result.value() : QList<Sync::ConflictItem>();
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const Sync::ConflictItem &c = m_items.at(row);
        const QStringList cells = {c.posyandu, QStringLiteral("%1 %2").arg(c.entity, c.id.left(8)), c.field, c.kept, c.other};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    if (!m_items.isEmpty())
        m_table->selectRow(0);
    m_table->setFocus();
    setBusy(false,
            !result                 ? result.error().message
                : m_items.isEmpty() ? tr("Nothing to review: no two laptops changed the same field at the same time.")
                                    : tr("%n field(s) were changed on two laptops at the same time. The later change was kept; "
                                         "keep it, or use the other value.",
                                         nullptr, int(m_items.size())));
}

void ConflictsDialog::decide(bool useOther)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || m_deciding.isRunning() || m_loading.isRunning())
        return;
    const qint64 seq = m_items.at(row).seq;
    setBusy(true, tr("Sending the decision…"));
    const QString file = m_dataFile;
    m_deciding.setFuture(QtConcurrent::run(
        [file, seq, useOther] { return withReview<void>(file, [seq, useOther](Sync::ConflictReview &r) { return r.decide(seq, useOther); }); }));
}

} // namespace Posyandu::Ui

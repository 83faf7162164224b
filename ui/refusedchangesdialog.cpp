// SPDX-License-Identifier: GPL-3.0-or-later
#include "refusedchangesdialog.h"

#include "database.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Posyandu::Ui {

RefusedChangesDialog::RefusedChangesDialog(Storage::Database &db, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("refusedChangesDialog"));
    setWindowTitle(tr("Changes refused by the server"));
    auto *layout = new QVBoxLayout(this);
    auto *model = new QStandardItemModel(0, 4, this);
    model->setHorizontalHeaderLabels({tr("When"), tr("Record"), tr("Change"), tr("Server's reason")});
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT rejected_at, entity, entity_id, op, reason FROM sync_rejected ORDER BY rejected_at DESC"));
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
        model->appendRow({new QStandardItem(QLocale().toString(at, QLocale::ShortFormat)),
                          new QStandardItem(QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString().left(8))),
                          new QStandardItem(q.value(3).toString()), new QStandardItem(q.value(4).toString())});
        ++m_rows;
    }
    // Changes from the server this device could not apply: kept aside the same way, and said the same way.
    q.exec(QStringLiteral("SELECT set_aside_at, entity, entity_id, reason FROM sync_set_aside ORDER BY set_aside_at DESC"));
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
        model->appendRow({new QStandardItem(QLocale().toString(at, QLocale::ShortFormat)),
                          new QStandardItem(QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString().left(8))),
                          new QStandardItem(tr("from the server, set aside here")), new QStandardItem(q.value(3).toString())});
        ++m_rows;
    }
    auto *intro = new QLabel(m_rows == 0 ? tr("The server has refused nothing.")
                                         : tr("These changes were refused (by the server, or here when they came from the server); they "
                                              "are kept here and did not hold up the others. Correct the record, or ask your supervisor."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("refusedTable"));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace Posyandu::Ui

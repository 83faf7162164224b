// SPDX-License-Identifier: GPL-3.0-or-later
#include "refusedchangesdialog.h"
#include "userdate.h"

#include "database.h"
#include "refusedchanges.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    const auto changes = Sync::RefusedChanges::list(db);
    for (const Sync::RefusedChange &c : changes ? changes.value() : QList<Sync::RefusedChange>()) {
        const QDateTime at = QDateTime::fromString(c.at, Qt::ISODateWithMs).toLocalTime();
        model->appendRow({new QStandardItem(formatUserDateTime(at)), new QStandardItem(QStringLiteral("%1 %2").arg(c.entity, c.id.left(8))),
                          // Changes from the server this device could not apply: kept aside the same way, and said the same way.
                          new QStandardItem(c.kind == Sync::RefusedChange::Kind::SetAsideHere ? tr("from the server, set aside here") : c.op),
                          new QStandardItem(c.reason)});
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

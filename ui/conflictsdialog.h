// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictreview.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Posyandu::Ui {

// Sinkron → Conflicts to review: the fields two laptops changed at the same
// time, with the value kept and the other one, for the supervisor to keep
// or replace (Enter keeps, Ctrl+Enter uses the other value). Talking to the
// server happens on a worker thread with its own connection to the store.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(QString dataFile, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    int rowCount() const;
    void reload();
    // Decides the selected conflict.
    void decide(bool useOther);

Q_SIGNALS:
    void decided(); // a decision went through: a sync brings it to this laptop

private:
    void showList();
    void setBusy(bool busy, const QString &message);

    QString m_dataFile;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_useOther = nullptr;
    QList<Sync::ConflictItem> m_items;
    QFutureWatcher<Result<QList<Sync::ConflictItem>>> m_loading;
    QFutureWatcher<Result<void>> m_deciding;
};

} // namespace Posyandu::Ui

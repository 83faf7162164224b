// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Ui {

// Data → Refused changes: what the server would not take, with its reason,
// so the cadre (or the supervisor on the phone) can see what to correct.
// These left the queue so they never hold up the rest; they are kept here.
class RefusedChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RefusedChangesDialog(Storage::Database &db, QWidget *parent = nullptr);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace Posyandu::Ui

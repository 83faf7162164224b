// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerimport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Posyandu {
class ImportPreviewModel;
namespace Storage {
class Database;
}
} // namespace Posyandu

namespace Posyandu::Ui {

// Import from a spreadsheet: choose what the file holds and the file, Check
// shows every row's verdict (nothing written yet), then Import writes the
// good rows in one transaction. With bad rows in the file Import stays off
// until the cadre ticks "import only the good rows". Checking and importing
// show progress and can be cancelled; a cancelled import writes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Storage::Database &db, const QString &posyanduId, const QString &villageCode, QWidget *parent = nullptr);
    ~ImportDialog() override;
    int importedRows() const { return m_imported; }

private:
    void chooseFile();
    void check();
    void runImport();
    void updateButtons();

    Storage::Database &m_db;
    QString m_posyanduId;
    QString m_villageCode;
    std::optional<Io::RegisterImport> m_import;
    ImportPreviewModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_checkButton = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QPushButton *m_importButton = nullptr;
    int m_imported = 0;
};

} // namespace Posyandu::Ui

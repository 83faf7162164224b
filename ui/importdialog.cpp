// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "clock.h"
#include "dialogs.h"
#include "importpreviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Posyandu::Ui {

namespace {
using Verdict = Io::RegisterImport::Verdict;

// Progress that keeps the window alive and lets the user cancel.
Io::RegisterImport::Progress progressOf(QProgressDialog &dialog)
{
    return [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
        return !dialog.wasCanceled();
    };
}
} // namespace

ImportDialog::ImportDialog(Storage::Database &db, const QString &posyanduId, const QString &villageCode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_posyanduId(posyanduId)
    , m_villageCode(villageCode)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a spreadsheet"));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKindComboBox"));
    m_kind->addItem(tr("Households"), QStringLiteral("households"));
    m_kind->addItem(tr("Household members"), QStringLiteral("members"));
    m_kind->addItem(tr("Measurements (weight, length)"), QStringLiteral("measurements"));
    form->addRow(tr("The file &holds"), m_kind);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setPlaceholderText(tr("CSV file saved from Excel or LibreOffice"));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File"), fileRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow)))
        label->setBuddy(m_file);
    layout->addLayout(form);

    m_checkButton = new QPushButton(tr("&Check the file (nothing is written yet)"), this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    layout->addWidget(m_checkButton, 0, Qt::AlignLeft);

    m_model = new ImportPreviewModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("previewTableView"));
    m_preview->setModel(m_model);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_preview, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_skipBad = new QCheckBox(this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRowsCheckBox"));
    m_skipBad->setVisible(false);
    layout->addWidget(m_skipBad);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close (Esc)"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_file, &QLineEdit::returnPressed, this, &ImportDialog::check);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setImport(nullptr);
        m_import.reset();
        m_summary->clear();
        updateButtons();
    });
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_kind->setFocus();
}

ImportDialog::~ImportDialog()
{
    m_model->setImport(nullptr);
}

void ImportDialog::chooseFile()
{
    const QString path = Dialogs::openFileName(this, tr("Choose the CSV file"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    check();
}

void ImportDialog::check()
{
    m_model->setImport(nullptr);
    m_import.reset();
    m_skipBad->setChecked(false);
    const auto kind = Io::RegisterImport::kindFromName(m_kind->currentData().toString());
    if (m_file->text().trimmed().isEmpty() || !kind) {
        m_summary->setText(tr("Choose the file first."));
        updateButtons();
        return;
    }
    QProgressDialog progress(tr("Checking the rows…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto prepared = Io::RegisterImport::prepare(m_db, *kind, m_file->text().trimmed(), m_posyanduId, m_villageCode, Protocol::Clock::today(),
                                                progressOf(progress));
    progress.reset();
    if (!prepared) {
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_summary->setText(prepared.error().message);
        updateButtons();
        return;
    }
    m_import = std::move(prepared).value();
    m_model->setImport(&*m_import);
    m_preview->resizeColumnsToContents();
    const int bad = m_import->count(Verdict::Bad);
    m_summary->setStyleSheet(bad > 0 ? QStringLiteral("color: #b00020;") : QString());
    m_summary->setText(tr("%1 row(s) ready, %2 with errors, %3 already in the register. Nothing has been written yet.")
                           .arg(m_import->count(Verdict::Good))
                           .arg(bad)
                           .arg(m_import->count(Verdict::AlreadyImported)));
    m_skipBad->setText(tr("Import only the good rows and leave out the %n row(s) with errors", nullptr, bad));
    updateButtons();
    // Show the first bad row, so the cadre sees at once what is wrong.
    for (int i = 0; i < m_import->rows().size(); ++i) {
        if (m_import->rows().at(i).verdict == Verdict::Bad) {
            m_preview->scrollTo(m_model->index(i, ImportPreviewModel::Message));
            m_preview->selectRow(i);
            break;
        }
    }
}

void ImportDialog::updateButtons()
{
    const int good = m_import ? m_import->count(Verdict::Good) : 0;
    const int bad = m_import ? m_import->count(Verdict::Bad) : 0;
    m_skipBad->setVisible(bad > 0 && good > 0);
    m_importButton->setEnabled(good > 0 && (bad == 0 || m_skipBad->isChecked()));
    m_importButton->setText(good > 0 ? tr("&Import %n row(s)", nullptr, good) : tr("&Import"));
}

void ImportDialog::runImport()
{
    if (!m_import)
        return;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, m_import->count(Verdict::Good), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = m_import->apply(m_skipBad->isChecked(), progressOf(progress));
    progress.reset();
    if (!written) {
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_summary->setText(written.error().message);
        return;
    }
    m_imported += written.value();
    m_model->setImport(&*m_import); // verdicts changed to "imported"
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("%n row(s) imported.", nullptr, written.value()));
    updateButtons();
}

} // namespace Posyandu::Ui

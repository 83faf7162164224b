// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monthlyreport.h"
#include "skdnreport.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Posyandu {
class ReportTableModel;
namespace Storage {
class Database;
}
} // namespace Posyandu

namespace Posyandu::Ui {

// The supervisor's monthly report screen: the month's SKDN at a glance, SPM
// achievement, a chart of participation (D/S) and result (N/D) over the last
// 12 months, every report table to browse, and export to CSV, Excel or PDF
// or print. Reports are computed on a worker thread with its own connection
// to the store, with progress and a cancel button: the window never freezes,
// even for a district of 50,000 households.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    struct Outcome {
        QString error;
        Reports::MonthlyReport report;
        QList<std::pair<QDate, Reports::SkdnCounts>> history; // oldest first
    };

    explicit ReportPage(Storage::Database &db, QWidget *parent = nullptr);
    ~ReportPage() override;

    // Fills the scope list and computes last month's report.
    void open();
    bool isBusy() const;
    const Outcome &outcome() const { return m_outcome; }
    void exportAs(const QString &format); // "csv", "xlsx" or "pdf"

Q_SIGNALS:
    void closeRequested();
    void statusMessage(const QString &text);
    void computed(); // a result (or an error) is shown

private:
    void compute();
    void cancel();
    void showOutcome();
    void showTable();
    void printPreview();
    void updateChart();

    Storage::Database &m_db;
    QFutureWatcher<Outcome> m_watcher;
    Outcome m_outcome;
    QComboBox *m_month = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_glance = nullptr;
    QLabel *m_ratios = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_spmTable = nullptr;
    ReportTableModel *m_spmModel = nullptr;
    QComboBox *m_tableChoice = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_tableModel = nullptr;
    QChartView *m_chart = nullptr;
    QList<QPushButton *> m_exportButtons;
};

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "posyandurepository.h"
#include "reportpdf.h"
#include "reporttablemodel.h"
#include "reportxlsx.h"
#include "schedulerules.h"
#include "underfivecohort.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace Posyandu::Ui {

namespace {
constexpr int kHistoryMonths = 12;

// Runs on a worker thread: its own connection, never the window's.
void computeReport(QPromise<ReportPage::Outcome> &promise, const QString &path, const Reports::ReportScope &scope)
{
    ReportPage::Outcome outcome;
    promise.setProgressRange(0, kHistoryMonths + 1);
    auto db = Storage::Database::open(path);
    auto rules = ScheduleRules::fromResources();
    if (!db || !rules) {
        outcome.error = !db ? db.error().message : rules.error().message;
        promise.addResult(outcome);
        return;
    }
    auto ids = scope.posyanduIds(*db.value());
    if (!ids) {
        outcome.error = ids.error().message;
        promise.addResult(outcome);
        return;
    }
    for (int back = kHistoryMonths - 1; back >= 1; --back) {
        if (promise.isCanceled())
            return;
        Reports::ReportScope month = scope;
        const QDate first = scope.firstDay().addMonths(-back);
        month.year = first.year();
        month.month = first.month();
        auto children = Reports::UnderFiveCohort::load(*db.value(), month, ids.value());
        if (children)
            outcome.history.append({first, Reports::SkdnReport::compute(children.value(), month, rules.value()).total});
        promise.setProgressValue(kHistoryMonths - back);
    }
    if (promise.isCanceled())
        return;
    auto report = Reports::MonthlyReport::build(*db.value(), scope);
    if (!report) {
        outcome.error = report.error().message;
    } else {
        outcome.report = report.value();
        for (const Reports::ReportTable &t : outcome.report.tables) {
            if (t.id == QLatin1String("skdn")) {
                Reports::SkdnCounts c;
                c.s = t.rows.at(0).at(1).toInt();
                c.k = t.rows.at(1).at(1).toInt();
                c.d = t.rows.at(2).at(1).toInt();
                c.n = t.rows.at(3).at(1).toInt();
                c.t = t.rows.at(4).at(1).toInt();
                c.t2 = t.rows.at(5).at(1).toInt();
                c.o = t.rows.at(6).at(1).toInt();
                c.b = t.rows.at(7).at(1).toInt();
                outcome.history.append({scope.firstDay(), c});
            }
        }
    }
    promise.setProgressValue(kHistoryMonths + 1);
    promise.addResult(outcome);
}

QString percentText(int n, int d)
{
    return d == 0 ? QStringLiteral("—") : QLocale().toString(100.0 * n / d, 'f', 1) + QStringLiteral(" %");
}
} // namespace

ReportPage::ReportPage(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reportMonthComboBox"));
    const QDate thisMonth(Protocol::Clock::today().year(), Protocol::Clock::today().month(), 1);
    for (int back = 0; back <= 24; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        m_month->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), month);
    }
    m_month->setCurrentIndex(1); // last month: the one being reported
    auto *monthLabel = new QLabel(tr("&Month"), this);
    monthLabel->setBuddy(m_month);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportScopeComboBox"));
    auto *scopeLabel = new QLabel(tr("&For"), this);
    scopeLabel->setBuddy(m_scope);
    controls->addWidget(monthLabel);
    controls->addWidget(m_month);
    controls->addWidget(scopeLabel);
    controls->addWidget(m_scope, 1);
    for (const auto &[format, text] :
         {std::pair{"csv", tr("Export &CSV")}, std::pair{"xlsx", tr("Export E&xcel")}, std::pair{"pdf", tr("Export &PDF")}}) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("export_%1Button").arg(QLatin1String(format)));
        connect(button, &QPushButton::clicked, this, [this, f = QString::fromLatin1(format)] { exportAs(f); });
        controls->addWidget(button);
        m_exportButtons << button;
    }
    auto *print = new QPushButton(tr("P&rint…"), this);
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, &ReportPage::printPreview);
    controls->addWidget(print);
    m_exportButtons << print;
    auto *back = new QPushButton(tr("Back (Esc)"), this);
    connect(back, &QPushButton::clicked, this, &ReportPage::closeRequested);
    controls->addWidget(back);
    layout->addLayout(controls);

    auto *busy = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgressBar"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReportButton"));
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    layout->addLayout(busy);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reportHeadingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_glance = new QLabel(this);
    m_glance->setObjectName(QStringLiteral("skdnGlanceLabel"));
    QFont big = m_glance->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_glance->setFont(big);
    layout->addWidget(m_glance);
    m_ratios = new QLabel(this);
    m_ratios->setObjectName(QStringLiteral("skdnRatiosLabel"));
    layout->addWidget(m_ratios);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_chart = new QChartView(split);
    m_chart->setObjectName(QStringLiteral("reportChartView"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_spmModel = new ReportTableModel(this);
    m_spmTable = new QTableView(split);
    m_spmTable->setObjectName(QStringLiteral("spmTableView"));
    m_spmTable->setModel(m_spmModel);
    m_spmTable->verticalHeader()->hide();
    split->setSizes({460, 640});
    layout->addWidget(split, 2);

    auto *tableRow = new QHBoxLayout;
    m_tableChoice = new QComboBox(this);
    m_tableChoice->setObjectName(QStringLiteral("reportTableComboBox"));
    auto *tableLabel = new QLabel(tr("&Table"), this);
    tableLabel->setBuddy(m_tableChoice);
    tableRow->addWidget(tableLabel);
    tableRow->addWidget(m_tableChoice, 1);
    layout->addLayout(tableRow);
    m_tableModel = new ReportTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTableView"));
    m_table->setModel(m_tableModel);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 2);

    connect(m_month, &QComboBox::currentIndexChanged, this, &ReportPage::compute);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportPage::compute);
    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, &ReportPage::showTable);
    connect(m_cancel, &QPushButton::clicked, this, &ReportPage::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportPage::showOutcome);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ReportPage::closeRequested);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_progress->hide();
    m_cancel->hide();
}

ReportPage::~ReportPage()
{
    // The worker holds its own connection; let it finish before the window goes.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ReportPage::isBusy() const
{
    return m_watcher.isRunning();
}

void ReportPage::open()
{
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    auto posyandus = Storage::PosyanduRepository(m_db).list();
    if (posyandus) {
        for (const Storage::PosyanduInfo &p : posyandus.value())
            m_scope->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
    }
    if (m_scope->count() != 1)
        m_scope->addItem(tr("All Posyandu on this device"), QString());
    compute();
    m_month->setFocus();
}

void ReportPage::compute()
{
    if (m_scope->count() == 0)
        return;
    if (isBusy()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    const QDate month = m_month->currentData().toDate();
    Reports::ReportScope scope;
    scope.year = month.year();
    scope.month = month.month();
    scope.posyanduCode = m_scope->currentData().toString();
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_heading->setText(tr("Computing the report of %1…").arg(m_month->currentText()));
    m_watcher.setFuture(QtConcurrent::run(computeReport, m_db.filePath(), scope));
}

void ReportPage::cancel()
{
    m_watcher.cancel();
}

void ReportPage::showOutcome()
{
    m_progress->hide();
    m_cancel->hide();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_heading->setText(tr("Cancelled. Choose the month again to compute the report."));
        Q_EMIT computed();
        return;
    }
    m_outcome = m_watcher.result();
    if (!m_outcome.error.isEmpty()) {
        m_heading->setText(m_outcome.error);
        Q_EMIT statusMessage(m_outcome.error);
        Q_EMIT computed();
        return;
    }
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(true);
    m_heading->setText(m_outcome.report.heading());
    const Reports::SkdnCounts c = m_outcome.history.isEmpty() ? Reports::SkdnCounts() : m_outcome.history.last().second;
    m_glance->setText(QStringLiteral("S %1   K %2   D %3   N %4   T %5   2T %6").arg(c.s).arg(c.k).arg(c.d).arg(c.n).arg(c.t).arg(c.t2));
    m_ratios->setText(
        tr("Participation D/S %1 · result N/D %2 · coverage K/S %3").arg(percentText(c.d, c.s), percentText(c.n, c.d), percentText(c.k, c.s)));
    {
        const QSignalBlocker blocker(m_tableChoice);
        m_tableChoice->clear();
        for (const Reports::ReportTable &t : m_outcome.report.tables) {
            m_tableChoice->addItem(t.title, t.id);
            if (t.id == QLatin1String("spm_achievement"))
                m_spmModel->setTable(t);
        }
    }
    // At a glance: indicator, target, served, identified, %; the rest is in the full table below.
    for (int column : {0, 1, 7, 8})
        m_spmTable->setColumnHidden(column, true);
    m_spmTable->resizeColumnsToContents();
    showTable();
    updateChart();
    Q_EMIT computed();
}

void ReportPage::showTable()
{
    const int i = m_tableChoice->currentIndex();
    if (i >= 0 && i < m_outcome.report.tables.size())
        m_tableModel->setTable(m_outcome.report.tables.at(i));
    m_table->resizeColumnsToContents();
}

void ReportPage::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Last 12 months"));
    auto *participation = new QLineSeries(chart);
    participation->setName(tr("Participation D/S (%)"));
    auto *result = new QLineSeries(chart);
    result->setName(tr("Result N/D (%)"));
    auto *months = new QCategoryAxis(chart);
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < m_outcome.history.size(); ++i) {
        const auto &[month, c] = m_outcome.history.at(i);
        participation->append(i, c.s ? 100.0 * c.d / c.s : 0);
        result->append(i, c.d ? 100.0 * c.n / c.d : 0);
        months->append(QString::number(month.month()), i); // month numbers: twelve names do not fit under a small chart
    }
    chart->addSeries(participation);
    chart->addSeries(result);
    auto *percent = new QValueAxis(chart);
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d"));
    months->setRange(0, std::max<qsizetype>(1, m_outcome.history.size() - 1));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    for (QLineSeries *series : {participation, result}) {
        series->attachAxis(months);
        series->attachAxis(percent);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ReportPage::exportAs(const QString &format)
{
    if (m_outcome.report.tables.isEmpty())
        return;
    const QString suggested =
        QStringLiteral("laporan-%1-%2.%3")
            .arg(m_outcome.report.scope.firstDay().toString(QStringLiteral("yyyy-MM")),
                 m_scope->currentData().toString().isEmpty() ? QStringLiteral("semua") : m_scope->currentData().toString(), format);
    const QString filter = format == QLatin1String("csv") ? tr("CSV (*.csv)")
        : format == QLatin1String("xlsx")                 ? tr("Excel (*.xlsx)")
                                                          : tr("PDF (*.pdf)");
    const QString path = Dialogs::saveFileName(this, tr("Export the report"), suggested, filter);
    if (path.isEmpty())
        return;
    const Result<void> written = format == QLatin1String("csv") ? Reports::ReportCsv::write(m_outcome.report, path)
        : format == QLatin1String("xlsx")                       ? Reports::ReportXlsx::write(m_outcome.report, path)
                                                                : Reports::ReportPdf::write(m_outcome.report, path);
    Q_EMIT statusMessage(written ? tr("Saved: %1").arg(path) : written.error().message);
}

void ReportPage::printPreview()
{
    if (m_outcome.report.tables.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QTextDocument document;
        Reports::ReportPdf::fill(document, m_outcome.report);
        document.print(p);
    });
    preview.exec();
}

} // namespace Posyandu::Ui

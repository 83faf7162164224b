// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "database.h"
#include "demogenerator.h"
#include "dialogs.h"
#include "importdialog.h"
#include "languagemenu.h"
#include "syncmenu.h"
#include "syncscheduler.h"
#include "householddialog.h"
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "memberdialog.h"
#include "memberlistmodel.h"
#include "memberrepository.h"
#include "movememberdialog.h"
#include "posyandurepository.h"
#include "welcomepage.h"
#include "reportpage.h"
#include "sessionpage.h"
#include "undolastsave.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QProcess>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Posyandu::Ui {

namespace {
enum Page { EmptyPage = 0, RegisterPage = 1, SessionPageIndex = 2, ReportPageIndex = 3 };
// Long enough to skip the intermediate keystrokes of a fast typist, short
// enough to feel immediate.
constexpr int kSearchDelayMs = 120;
} // namespace

MainWindow::MainWindow(Storage::Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_posyandus(std::make_unique<Storage::PosyanduRepository>(database))
    , m_households(std::make_unique<Storage::HouseholdRepository>(database))
    , m_members(std::make_unique<Storage::MemberRepository>(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new HouseholdListModel(*m_households, this);
    m_memberModel = new MemberListModel(*m_members, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, NIK, family card no., RT/RW or dusun (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    if (Demo::DemoGenerator::isDemo(database)) {
        // Always there, never closable: practice data must never pass for real data.
        auto *banner = new QLabel(tr("PRACTICE MODE — sample data for training. It never goes to a real server (only to a practice "
                                     "one) and never appears in real reports."),
                                  central);
        banner->setObjectName(QStringLiteral("demoBannerLabel"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #e65100; color: white; font-weight: bold; padding: 6px;"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_search);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_welcome = new WelcomePage(*m_posyandus, m_pages);
    m_pages->insertWidget(EmptyPage, m_welcome);
    connect(m_welcome, &WelcomePage::posyanduSaved, this, [this] {
        loadPosyandu();
        refresh();
    });
    connect(m_welcome, &WelcomePage::registerFirstHousehold, this, &MainWindow::registerHousehold);
    m_pages->insertWidget(RegisterPage, buildRegister());
    auto catalog = Storage::IndicatorCatalog::load(database.sql());
    auto rules = ScheduleRules::fromResources();
    m_calculator = Growth::GrowthCalculator::fromResources();
    if (catalog)
        m_catalog = catalog.value();
    if (rules)
        m_rules = rules.value();
    m_referenceError = !catalog ? catalog.error().message : !rules ? rules.error().message
                     : !m_calculator ? tr("The WHO growth tables in the application are damaged.") : QString();
    m_session = new SessionPage(database, m_catalog, m_rules, m_calculator, m_pages);
    m_pages->insertWidget(SessionPageIndex, m_session);
    m_undo = new UndoLastSave(database, this);
    connect(m_session, &SessionPage::saved, m_undo, &UndoLastSave::remember);
    connect(m_undo, &UndoLastSave::undone, this, [this] {
        if (m_pages->currentIndex() == SessionPageIndex)
            m_session->reload();
        else
            refresh();
    });
    connect(m_session, &SessionPage::closeRequested, this, &MainWindow::leaveSession);
    m_reports = new ReportPage(database, m_pages);
    m_pages->insertWidget(ReportPageIndex, m_reports);
    connect(m_reports, &ReportPage::closeRequested, this, [this] {
        m_pages->setCurrentIndex(RegisterPage);
        refresh();
        m_table->setFocus();
    });
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::refresh);

    connect(m_session, &SessionPage::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_reports, &ReportPage::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_undo, &UndoLastSave::message, m_statusLabel, &QLabel::setText);

    buildMenus();
    resize(1100, 720);
    loadPosyandu(); // once here and after setup; not on every search keystroke
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *data = menuBar()->addMenu(tr("&Data"));
    QAction *add = data->addAction(tr("&Register household…"), this, &MainWindow::registerHousehold);
    add->setObjectName(QStringLiteral("registerHouseholdAction"));
    add->setShortcut(QKeySequence::New);
    QAction *edit = data->addAction(tr("&Edit household"), this, &MainWindow::editHousehold);
    edit->setShortcut(Qt::Key_F2);
    QAction *member = data->addAction(tr("Add &member…"), this, &MainWindow::addMember);
    member->setObjectName(QStringLiteral("addMemberAction"));
    member->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *move = data->addAction(tr("Mo&ve member to another household…"), this, &MainWindow::moveMember);
    move->setObjectName(QStringLiteral("moveMemberAction"));
    move->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    data->addSeparator();
    QAction *session = data->addAction(tr("&Opening day (today's session)…"), this, &MainWindow::openSession);
    session->setObjectName(QStringLiteral("openSessionAction"));
    session->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *reports = data->addAction(tr("Monthly &reports…"), this, &MainWindow::openReports);
    reports->setObjectName(QStringLiteral("openReportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *import = data->addAction(tr("&Import from a spreadsheet (CSV)…"), this, &MainWindow::importRegister);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    data->addAction(m_undo->action());
    QAction *find = data->addAction(tr("&Search"), this, [this] {
        if (m_pages->currentIndex() == SessionPageIndex)
            return m_session->focusFilter();
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    data->addSeparator();
    if (Demo::DemoGenerator::isDemo(m_database)) {
        QAction *reset = data->addAction(tr("Make a &new practice village"), this, &MainWindow::resetDemo);
        reset->setObjectName(QStringLiteral("resetDemoAction"));
    } else {
        // A separate window on the separate practice file; this one stays as it is.
        QAction *demo = data->addAction(tr("Open &practice mode (sample data)"), this, [] {
            QStringList args = QCoreApplication::arguments().mid(1);
            args << QStringLiteral("--demo");
            QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
        });
        demo->setObjectName(QStringLiteral("openDemoAction"));
    }
    QAction *quit = data->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_sync = new SyncMenu(m_database, this);
    menuBar()->addMenu(m_sync);
    statusBar()->addPermanentWidget(m_sync->statusWidget());
    // Every save is a reason to sync soon; what a sync brought is shown at once.
    connect(m_undo, &UndoLastSave::remembered, &m_sync->scheduler(), &Sync::SyncScheduler::noteLocalChange);
    connect(m_undo, &UndoLastSave::undone, &m_sync->scheduler(), &Sync::SyncScheduler::noteLocalChange);
    // A fresh laptop may join its Posyandu from the server instead of setting it up: the welcome page gives way.
    connect(&m_sync->scheduler(), &Sync::SyncScheduler::finished, this, [this](bool, int pulled) {
        if (pulled > 0 && (m_pages->currentIndex() == RegisterPage || m_pages->currentIndex() == EmptyPage)) {
            loadPosyandu();
            refresh();
        }
    });

    // The language applies at the next start: every window is built in one language.
    auto *language = new LanguageMenu(this);
    menuBar()->addMenu(language);
    connect(language, &LanguageMenu::chosen, m_statusLabel, &QLabel::setText);
}

void MainWindow::resetDemo()
{
    if (Dialogs::ask(this, tr("New practice village"),
                     tr("Throw away this practice village, with everything typed in it, and make a new one?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (!m_session->mayLeave())
        return;
    Demo::DemoOptions options;
    options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    auto summary = Demo::DemoGenerator::reset(m_database, options);
    if (!summary) {
        m_statusLabel->setText(summary.error().message);
        return;
    }
    m_undo->forget(); // the rows it would undo are gone
    m_pages->setCurrentIndex(RegisterPage);
    loadPosyandu();
    m_search->clear();
    refresh();
    m_statusLabel->setText(tr("A new practice village: %n household(s).", nullptr, summary.value().households));
}

void MainWindow::openSession()
{
    if (m_pages->currentIndex() == SessionPageIndex)
        return; // already open: reopening would reset the form being typed in
    if (m_posyanduId.isEmpty()) {
        m_welcome->focusSetup();
        return;
    }
    if (!m_referenceError.isEmpty()) {
        m_statusLabel->setText(m_referenceError);
        return;
    }
    if (const QString error = m_session->open(m_posyanduId, m_posyanduName, QDate::currentDate()); !error.isEmpty()) {
        m_statusLabel->setText(error);
        return;
    }
    m_search->setVisible(false);
    m_pages->setCurrentIndex(SessionPageIndex);
}

void MainWindow::openReports()
{
    if (m_posyanduId.isEmpty()) {
        m_welcome->focusSetup();
        return;
    }
    if (m_pages->currentIndex() == ReportPageIndex)
        return;
    if (m_pages->currentIndex() == SessionPageIndex && !m_session->mayLeave())
        return;
    m_search->setVisible(false);
    m_pages->setCurrentIndex(ReportPageIndex);
    m_reports->open();
}

void MainWindow::leaveSession()
{
    if (!m_session->mayLeave())
        return;
    m_pages->setCurrentIndex(RegisterPage);
    refresh();
    m_table->setFocus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_pages->currentIndex() == SessionPageIndex && !m_session->mayLeave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::importRegister()
{
    if (m_posyanduId.isEmpty()) {
        m_welcome->focusSetup();
        return;
    }
    ImportDialog dialog(m_database, m_posyanduId, m_villageCode, this);
    runDialog(dialog);
    if (dialog.importedRows() > 0) {
        refresh();
        m_sync->scheduler().noteLocalChange();
    }
}

QWidget *MainWindow::buildRegister()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("registerSplitter"));
    auto setUpTable = [](QTableView *table) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->hide();
        table->setTabKeyNavigation(false); // Tab moves between lists, arrows within
    };
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("householdTableView"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdListModel::HeadName, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, &MainWindow::editHousehold);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showMembersOfCurrent);

    auto *panel = new QWidget(splitter);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    m_membersTitle = new QLabel(panel);
    m_membersTitle->setObjectName(QStringLiteral("membersTitleLabel"));
    panelLayout->addWidget(m_membersTitle);
    m_memberTable = new QTableView(panel);
    m_memberTable->setObjectName(QStringLiteral("memberTableView"));
    m_memberTable->setModel(m_memberModel);
    setUpTable(m_memberTable);
    m_memberTable->horizontalHeader()->setSectionResizeMode(MemberListModel::Name, QHeaderView::Stretch);
    connect(m_memberTable, &QTableView::activated, this, &MainWindow::editMember);
    panelLayout->addWidget(m_memberTable);
    auto *hint = new QLabel(tr("Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · "
                               "Tab: between lists · Ctrl+H: opening day · Ctrl+R: reports · Ctrl+Z: undo the last save · Ctrl+I: import"),
                            panel);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("shortcutHintLabel"));
    hint->setEnabled(false); // greyed: a reminder, not content
    panelLayout->addWidget(hint);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QString MainWindow::currentHouseholdId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(HouseholdListModel::IdRole).toString() : QString();
}

void MainWindow::selectHousehold(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(HouseholdListModel::IdRole).toString() == id) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void MainWindow::showMembersOfCurrent()
{
    const QString id = currentHouseholdId();
    if (const QString error = m_memberModel->setHousehold(id); !error.isEmpty())
        m_statusLabel->setText(error);
    const QModelIndex current = m_table->currentIndex();
    m_membersTitle->setText(id.isEmpty() ? tr("Members")
                                         : tr("Members of the household of %1")
                                               .arg(current.siblingAtColumn(HouseholdListModel::HeadName).data().toString()));
}

void MainWindow::editHousehold()
{
    const QString id = currentHouseholdId();
    if (id.isEmpty())
        return;
    auto household = m_households->find(id);
    if (!household || !household.value()) {
        m_statusLabel->setText(household ? tr("This household no longer exists.") : household.error().message);
        return;
    }
    HouseholdDialog dialog(*m_households, *household.value(), this);
    if (runDialog(dialog)) {
        m_undo->remember(dialog.lastSaved(), tr("changes to the household of %1").arg(household.value()->headName));
        refresh();
        selectHousehold(id);
    }
}

void MainWindow::addMember()
{
    const QString id = currentHouseholdId();
    if (id.isEmpty()) {
        m_statusLabel->setText(tr("Choose a household first, then add its members."));
        return;
    }
    Member member;
    member.householdId = id;
    // The first person of a household is usually its head.
    if (m_memberModel->rowCount() == 0)
        member.relationship = QStringLiteral("kepala_keluarga");
    MemberDialog dialog(*m_members, member, this);
    if (runDialog(dialog)) {
        m_undo->remember(dialog.lastSaved(), tr("registration of %1").arg(dialog.savedName()));
        refresh();
        selectHousehold(id);
        m_memberTable->setFocus();
    }
}

void MainWindow::moveMember()
{
    const QModelIndex current = m_memberTable->currentIndex();
    if (!current.isValid()) {
        m_statusLabel->setText(tr("Choose the member to move in the members list first."));
        return;
    }
    const Member moving = m_memberModel->memberAt(current.row());
    MoveMemberDialog dialog(*m_members, *m_households, moving, this);
    if (runDialog(dialog)) {
        m_undo->remember(dialog.lastSaved(), tr("move of %1 to another household").arg(moving.name));
        const QString target = dialog.targetHouseholdId();
        refresh();
        selectHousehold(target);
    }
}

void MainWindow::editMember()
{
    const QModelIndex current = m_memberTable->currentIndex();
    if (!current.isValid())
        return;
    const QString householdId = currentHouseholdId();
    MemberDialog dialog(*m_members, m_memberModel->memberAt(current.row()), this);
    if (runDialog(dialog)) {
        m_undo->remember(dialog.lastSaved(), tr("changes to %1").arg(dialog.savedName()));
        refresh();
        selectHousehold(householdId);
        m_memberTable->setCurrentIndex(m_memberModel->index(current.row(), 0));
    }
}

bool MainWindow::runDialog(QDialog &dialog)
{
    // Give the keyboard to the dialog as soon as it shows, and back to this
    // window when it closes. A window manager usually does both; sessions
    // without one leave focus behind, and the cadre's first keystrokes (or
    // the next Ctrl+M) would be lost.
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.activateWindow(); });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    activateWindow();
    return accepted;
}

void MainWindow::registerHousehold()
{
    if (m_posyanduId.isEmpty()) {
        m_welcome->focusSetup();
        return; // the empty state already says to set up the Posyandu first
    }
    Household household;
    household.posyanduId = m_posyanduId;
    household.villageCode = m_villageCode;
    HouseholdDialog dialog(*m_households, household, this);
    if (runDialog(dialog)) {
        m_undo->remember(dialog.lastSaved(), tr("registration of the household of %1").arg(dialog.savedName()));
        refresh();
        selectHousehold(dialog.savedId());
    }
}

void MainWindow::loadPosyandu()
{
    auto posyandus = m_posyandus->list();
    if (posyandus && !posyandus.value().isEmpty()) {
        m_posyanduId = posyandus.value().first().id;
        m_villageCode = posyandus.value().first().villageCode;
        m_posyanduName = posyandus.value().first().name;
        setWindowTitle((Demo::DemoGenerator::isDemo(m_database) ? tr("[PRACTICE] ") : QString())
                       + tr("Posyandu 6 SPM — %1").arg(posyandus.value().first().name));
    } else {
        setWindowTitle(tr("Posyandu 6 SPM"));
    }
}

void MainWindow::refresh()
{
    const QString error = m_model->refresh(m_search->text());
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    showMembersOfCurrent();
    updateEmptyState();
    if (!error.isEmpty())
        m_statusLabel->setText(error);
    else if (!m_search->text().trimmed().isEmpty())
        m_statusLabel->setText(tr("%n household(s) found", nullptr, m_model->rowCount()));
    else
        m_statusLabel->setText(tr("%n household(s) registered", nullptr, m_model->rowCount()));
}

void MainWindow::updateEmptyState()
{
    // A save from a dialog opened over the opening day or the reports
    // refreshes the register behind it; the user stays where they are.
    if (m_pages->currentIndex() == SessionPageIndex || m_pages->currentIndex() == ReportPageIndex)
        return;
    const bool searching = !m_search->text().trimmed().isEmpty();
    // Nothing to search in an empty register: the search box appears with the first household.
    m_search->setVisible(m_model->rowCount() > 0 || searching);
    if (m_model->rowCount() > 0 || searching) {
        m_pages->setCurrentIndex(RegisterPage);
        return;
    }
    m_pages->setCurrentIndex(EmptyPage);
    m_welcome->showStep(m_posyanduId.isEmpty());
}

} // namespace Posyandu::Ui

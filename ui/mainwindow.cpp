// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "changewriter.h"
#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "dialogs.h"
#include "enterpressesbutton.h"
#include "householdrepository.h"
#include "importdialog.h"
#include "languagemenu.h"
#include "memberrepository.h"
#include "posyandurepository.h"
#include "registerpage.h"
#include "reportpage.h"
#include "sessionpage.h"
#include "syncmenu.h"
#include "syncscheduler.h"
#include "undolastsave.h"
#include "welcomepage.h"
#include "wheelguard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Posyandu::Ui {

namespace {
enum Page { EmptyPage = 0, RegisterPageIndex = 1, SessionPageIndex = 2, ReportPageIndex = 3 };
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
    WheelGuard::install(); // before any input exists: no wheel turn changes an answer by itself
    EnterPressesButton::install();
    setObjectName(QStringLiteral("mainWindow"));

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
    m_reviewerBanner = new QLabel(tr("SUPERVISOR'S LAPTOP — it reads and reviews. Service data is entered on a cadre's laptop."), central);
    m_reviewerBanner->setObjectName(QStringLiteral("reviewerBannerLabel"));
    m_reviewerBanner->setWordWrap(true);
    m_reviewerBanner->setStyleSheet(QStringLiteral("background: #1565c0; color: white; font-weight: bold; padding: 6px;"));
    m_reviewerBanner->hide();
    layout->addWidget(m_reviewerBanner);
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
    m_register = new RegisterPage(*m_households, *m_members, m_pages);
    m_pages->insertWidget(RegisterPageIndex, m_register);
    auto catalog = Storage::IndicatorCatalog::load(database.sql());
    auto rules = ScheduleRules::fromResources();
    m_calculator = Growth::GrowthCalculator::fromResources();
    if (catalog)
        m_catalog = catalog.value();
    if (rules)
        m_rules = rules.value();
    m_referenceError = !catalog ? catalog.error().message
        : !rules                ? rules.error().message
        : !m_calculator         ? tr("The WHO growth tables in the application are damaged.")
                                : QString();
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
        m_pages->setCurrentIndex(RegisterPageIndex);
        refresh();
        m_register->focusHouseholds();
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
    connect(m_register, &RegisterPage::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_register, &RegisterPage::saved, this, [this](const Storage::Saved &saved, const QString &description) {
        m_undo->remember(saved, description);
        refresh();
    });
    connect(m_reports, &ReportPage::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_undo, &UndoLastSave::message, m_statusLabel, &QLabel::setText);

    buildMenus();
    applyRole();
    resize(1100, 720);
    loadPosyandu(); // once here and after setup; not on every search keystroke
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::showFitted()
{
    constexpr QSize kLaptopPanel(1366, 768);
    const QScreen *display = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect free = display ? display->availableGeometry() : QRect(QPoint(), kLaptopPanel);
    if (free.width() <= kLaptopPanel.width() || free.height() <= kLaptopPanel.height()) {
        showMaximized();
        return;
    }
    resize(size().boundedTo(free.size()));
    show();
}

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
    m_serviceActions = {add, edit, member, move, session, import};
    QAction *quit = data->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_sync = new SyncMenu(m_database, this);
    menuBar()->addMenu(m_sync);
    statusBar()->addPermanentWidget(m_sync->statusWidget());
    // Every save is a reason to sync soon; what a sync brought is shown at once.
    connect(m_undo, &UndoLastSave::remembered, &m_sync->scheduler(), &Sync::SyncScheduler::noteLocalChange);
    connect(m_undo, &UndoLastSave::undone, &m_sync->scheduler(), &Sync::SyncScheduler::noteLocalChange);
    // A fresh laptop may join its Posyandu from the server instead of setting it up: the welcome page gives way.
    connect(&m_sync->scheduler(), &Sync::SyncScheduler::finished, this, &MainWindow::applyRole);
    connect(&m_sync->scheduler(), &Sync::SyncScheduler::finished, this, [this](bool, int pulled) {
        if (pulled > 0 && (m_pages->currentIndex() == RegisterPageIndex || m_pages->currentIndex() == EmptyPage)) {
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
    if (Dialogs::ask(this, tr("New practice village"), tr("Throw away this practice village, with everything typed in it, and make a new one?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (!m_session->mayLeave())
        return;
    Demo::DemoOptions options;
    options.seed = quint64(Protocol::Clock::nowMs());
    auto summary = Demo::DemoGenerator::reset(m_database, options);
    if (!summary) {
        m_statusLabel->setText(summary.error().message);
        return;
    }
    m_undo->forget(); // the rows it would undo are gone
    m_pages->setCurrentIndex(RegisterPageIndex);
    loadPosyandu();
    m_search->clear();
    refresh();
    m_statusLabel->setText(tr("A new practice village: %n household(s).", nullptr, summary.value().households));
}

void MainWindow::openSession()
{
    if (refuseIfReviewer())
        return;
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
    if (const QString error = m_session->open(m_posyanduId, m_posyanduName, Protocol::Clock::today()); !error.isEmpty()) {
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
    m_pages->setCurrentIndex(RegisterPageIndex);
    refresh();
    m_register->focusHouseholds();
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
    if (refuseIfReviewer())
        return;
    if (m_posyanduId.isEmpty()) {
        m_welcome->focusSetup();
        return;
    }
    ImportDialog dialog(m_database, m_posyanduId, m_villageCode, this);
    RegisterPage::runDialog(this, dialog);
    if (dialog.importedRows() > 0) {
        refresh();
        m_sync->scheduler().noteLocalChange();
    }
}

void MainWindow::editHousehold()
{
    if (refuseIfReviewer())
        return;
    m_register->editHousehold();
}

void MainWindow::addMember()
{
    if (refuseIfReviewer())
        return;
    m_register->addMember();
}

void MainWindow::moveMember()
{
    if (refuseIfReviewer())
        return;
    m_register->moveMember();
}

void MainWindow::editMember()
{
    m_register->editMember();
}

void MainWindow::applyRole()
{
    const auto role = m_database.meta(QStringLiteral("sync_role"));
    m_reviewer = role && Storage::ChangeWriter::isReviewerRole(role.value());
    m_reviewerBanner->setVisible(m_reviewer);
    for (QAction *action : std::as_const(m_serviceActions))
        action->setEnabled(!m_reviewer);
}

bool MainWindow::refuseIfReviewer()
{
    if (m_reviewer)
        m_statusLabel->setText(m_reviewerBanner->text());
    return m_reviewer;
}

void MainWindow::registerHousehold()
{
    if (refuseIfReviewer())
        return;
    if (m_posyanduId.isEmpty()) {
        m_welcome->focusSetup();
        return; // the empty state already says to set up the Posyandu first
    }
    m_register->registerHousehold(m_posyanduId, m_villageCode);
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
    const QString error = m_register->refresh(m_search->text());
    updateEmptyState();
    if (!error.isEmpty())
        m_statusLabel->setText(error);
    else if (!m_search->text().trimmed().isEmpty())
        m_statusLabel->setText(tr("%n household(s) found", nullptr, m_register->householdCount()));
    else
        m_statusLabel->setText(tr("%n household(s) registered", nullptr, m_register->householdCount()));
}

void MainWindow::updateEmptyState()
{
    // A save from a dialog opened over the opening day or the reports
    // refreshes the register behind it; the user stays where they are.
    if (m_pages->currentIndex() == SessionPageIndex || m_pages->currentIndex() == ReportPageIndex)
        return;
    const bool searching = !m_search->text().trimmed().isEmpty();
    // Nothing to search in an empty register: the search box appears with the first household.
    m_search->setVisible(m_register->householdCount() > 0 || searching);
    if (m_register->householdCount() > 0 || searching) {
        m_pages->setCurrentIndex(RegisterPageIndex);
        return;
    }
    m_pages->setCurrentIndex(EmptyPage);
    m_welcome->showStep(m_posyanduId.isEmpty());
}

} // namespace Posyandu::Ui

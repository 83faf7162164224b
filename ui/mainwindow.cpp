// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "database.h"
#include "householddialog.h"
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "posyandurepository.h"
#include "posyandusetupwidget.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Posyandu::Ui {

namespace {
enum Page { EmptyPage = 0, RegisterPage = 1 };
// Long enough to skip the intermediate keystrokes of a fast typist, short
// enough to feel immediate.
constexpr int kSearchDelayMs = 120;
} // namespace

MainWindow::MainWindow(Storage::Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_posyandus(std::make_unique<Storage::PosyanduRepository>(database))
    , m_households(std::make_unique<Storage::HouseholdRepository>(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new HouseholdListModel(*m_households, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, NIK, family card no., RT/RW or dusun (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_pages->insertWidget(EmptyPage, buildEmptyState());
    m_pages->insertWidget(RegisterPage, buildRegister());
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

    buildMenus();
    resize(960, 640);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *data = menuBar()->addMenu(tr("&Data"));
    QAction *add = data->addAction(tr("&Register household…"), this, &MainWindow::registerHousehold);
    add->setObjectName(QStringLiteral("registerHouseholdAction"));
    add->setShortcut(QKeySequence::New);
    QAction *find = data->addAction(tr("&Search"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    data->addSeparator();
    QAction *quit = data->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

QWidget *MainWindow::buildEmptyState()
{
    // A fixed-width column keeps wrapped text at a readable measure and gives
    // word-wrapped labels a width to compute their height from.
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyStateWidget"));
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget(page);
    column->setFixedWidth(580);
    outer->addStretch(1);
    outer->addWidget(column);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addStretch(1);

    m_emptyTitle = new QLabel(column);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitleLabel"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(column);
    m_emptyText->setObjectName(QStringLiteral("emptyTextLabel"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emptyText);

    m_setup = new PosyanduSetupWidget(*m_posyandus, column);
    layout->addWidget(m_setup);
    connect(m_setup, &PosyanduSetupWidget::saved, this, &MainWindow::refresh);

    m_firstHouseholdButton = new QPushButton(tr("Register the first household (Ctrl+N)"), column);
    m_firstHouseholdButton->setObjectName(QStringLiteral("firstHouseholdButton"));
    connect(m_firstHouseholdButton, &QPushButton::clicked, this, &MainWindow::registerHousehold);
    layout->addWidget(m_firstHouseholdButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::buildRegister()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("householdTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdListModel::HeadName, QHeaderView::Stretch);
    return m_table;
}

void MainWindow::registerHousehold()
{
    if (m_posyanduId.isEmpty()) {
        m_setup->focusFirstField();
        return; // the empty state already says to set up the Posyandu first
    }
    Household household;
    household.posyanduId = m_posyanduId;
    household.villageCode = m_villageCode;
    HouseholdDialog dialog(*m_households, household, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MainWindow::refresh()
{
    auto posyandus = m_posyandus->list();
    if (posyandus && !posyandus.value().isEmpty()) {
        m_posyanduId = posyandus.value().first().id;
        m_villageCode = posyandus.value().first().villageCode;
        setWindowTitle(tr("Posyandu 6 SPM — %1").arg(posyandus.value().first().name));
    } else {
        setWindowTitle(tr("Posyandu 6 SPM"));
    }
    const QString error = m_model->refresh(m_search->text());
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
    const bool searching = !m_search->text().trimmed().isEmpty();
    // Nothing to search in an empty register: the search box appears with the first household.
    m_search->setVisible(m_model->rowCount() > 0 || searching);
    if (m_model->rowCount() > 0 || searching) {
        m_pages->setCurrentIndex(RegisterPage);
        return;
    }
    m_pages->setCurrentIndex(EmptyPage);
    const bool needsPosyandu = m_posyanduId.isEmpty();
    m_setup->setVisible(needsPosyandu);
    m_firstHouseholdButton->setVisible(!needsPosyandu);
    if (needsPosyandu) {
        m_emptyTitle->setText(tr("Welcome to Posyandu 6 SPM"));
        m_emptyText->setText(tr("Step 1 of 2: tell the application which Posyandu this laptop serves. "
                                "You find the code and the village code on the Puskesmas letter."));
        m_setup->focusFirstField();
    } else {
        m_emptyTitle->setText(tr("No households registered yet"));
        m_emptyText->setText(tr("Step 2 of 2: register the first household from its family card (KK). "
                                "Everything is saved on this laptop at once and works without internet."));
        m_firstHouseholdButton->setFocus();
    }
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "growthcalculator.h"
#include "indicatorcatalog.h"
#include "saved.h"
#include "schedulerules.h"

#include <QMainWindow>

#include <memory>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Posyandu {
class HouseholdListModel;
class MemberListModel;
namespace Storage {
class Database;
class HouseholdRepository;
class MemberRepository;
class PosyanduRepository;
} // namespace Storage
} // namespace Posyandu

namespace Posyandu::Ui {

class WelcomePage;
class RegisterPage;
class ReportPage;
class UndoLastSave;
class SessionPage;
class SyncMenu;

// The cadre's home: the household register with search as you type, and for
// a new install an empty state that says what to do first. Does not own the
// database; the caller keeps it alive longer than the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Storage::Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the registration dialog (Ctrl+N). Public for the menu and tests.
    void registerHousehold();
    void editHousehold();  // Enter on a household, F2
    void addMember();      // Ctrl+M
    void editMember();     // Enter on a member
    void moveMember();     // Ctrl+Shift+M
    void openSession();    // Ctrl+H: today's opening day
    void importRegister(); // Ctrl+I
    void openReports();    // Ctrl+R: monthly reports
    void resetDemo();      // practice mode only
    // Shows the window as a laptop screen needs it: maximised on screens up to 1366×768 (the common laptop
    // panels, where a window of its own size would leave the status bar with the sync state off the screen),
    // else at its size, never larger than the screen's free area.
    void showFitted();
    SessionPage *sessionPage() const { return m_session; }
    ReportPage *reportPage() const { return m_reports; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void leaveSession();
    void loadPosyandu();
    void refresh();
    void updateEmptyState();
    // A laptop enrolled for a supervisor or an admin reads and reviews: its banner says so, and the actions that
    // enter service data are off (ChangeWriter refuses them anyway). Read again after every sync (enrolment).
    void applyRole();
    bool refuseIfReviewer();

    Storage::Database &m_database;
    SyncMenu *m_sync = nullptr;
    std::unique_ptr<Storage::PosyanduRepository> m_posyandus;
    std::unique_ptr<Storage::HouseholdRepository> m_households;
    std::unique_ptr<Storage::MemberRepository> m_members;
    RegisterPage *m_register = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_search = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_reviewerBanner = nullptr;
    QList<QAction *> m_serviceActions;
    bool m_reviewer = false;
    QTimer *m_searchDelay = nullptr;
    QString m_posyanduId;
    QString m_posyanduName;
    QString m_villageCode;
    // Reference data the session screen needs; an error in words when it could not be loaded.
    Storage::IndicatorCatalog m_catalog;
    ScheduleRules m_rules;
    std::shared_ptr<const Growth::GrowthCalculator> m_calculator;
    QString m_referenceError;
    SessionPage *m_session = nullptr;
    ReportPage *m_reports = nullptr;
    UndoLastSave *m_undo = nullptr;
};

} // namespace Posyandu::Ui

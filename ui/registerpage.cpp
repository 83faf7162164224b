// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerpage.h"

#include "householddialog.h"
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "memberdialog.h"
#include "memberlistmodel.h"
#include "memberrepository.h"
#include "movememberdialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Posyandu::Ui {

RegisterPage::RegisterPage(Storage::HouseholdRepository &households, Storage::MemberRepository &members, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_households(households)
    , m_members(members)
{
    setObjectName(QStringLiteral("registerSplitter"));
    m_model = new HouseholdListModel(m_households, this);
    m_memberModel = new MemberListModel(m_members, this);
    auto setUpTable = [](QTableView *table) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->hide();
        table->setTabKeyNavigation(false); // Tab moves between lists, arrows within
    };
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("householdTableView"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdListModel::HeadName, QHeaderView::Stretch);
    // A KK or NIK number is read whole (16 digits), never "3201011203…"; the name takes what is left.
    const int sixteenDigits =
        fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")) + 3 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    m_table->horizontalHeader()->resizeSection(HouseholdListModel::KkNumber, sixteenDigits);
    connect(m_table, &QTableView::activated, this, &RegisterPage::editHousehold);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterPage::showMembersOfCurrent);

    auto *panel = new QWidget(this);
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
    m_memberTable->horizontalHeader()->resizeSection(MemberListModel::Nik, sixteenDigits);
    m_memberTable->horizontalHeader()->resizeSection(MemberListModel::BirthDate,
                                                     fontMetrics().horizontalAdvance(QStringLiteral("± 00-00-0000"))
                                                         + 3 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8);
    connect(m_memberTable, &QTableView::activated, this, &RegisterPage::editMember);
    panelLayout->addWidget(m_memberTable);
    auto *hint = new QLabel(
        tr("Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · "
           "Tab: between lists · Ctrl+H: opening day · Ctrl+R: reports · Ctrl+Z: undo the typing in a field, else the last save · Ctrl+I: import"),
        panel);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("shortcutHintLabel"));
    hint->setEnabled(false); // greyed: a reminder, not content
    panelLayout->addWidget(hint);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
}

QString RegisterPage::refresh(const QString &search)
{
    const QString error = m_model->refresh(search);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    showMembersOfCurrent();
    return error;
}

int RegisterPage::householdCount() const
{
    return m_model->rowCount();
}

void RegisterPage::focusHouseholds()
{
    m_table->setFocus();
}

QString RegisterPage::currentHouseholdId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(HouseholdListModel::IdRole).toString() : QString();
}

void RegisterPage::selectHousehold(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(HouseholdListModel::IdRole).toString() == id) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void RegisterPage::showMembersOfCurrent()
{
    const QString id = currentHouseholdId();
    if (const QString error = m_memberModel->setHousehold(id); !error.isEmpty())
        emit statusMessage(error);
    const QModelIndex current = m_table->currentIndex();
    m_membersTitle->setText(id.isEmpty()
                                ? tr("Members")
                                : tr("Members of the household of %1").arg(current.siblingAtColumn(HouseholdListModel::HeadName).data().toString()));
}

void RegisterPage::announce(const Storage::Saved &written, const QString &description, const QString &householdToSelect)
{
    emit saved(written, description); // the window remembers it for undo and refreshes this page
    selectHousehold(householdToSelect);
}

void RegisterPage::editHousehold()
{
    const QString id = currentHouseholdId();
    if (id.isEmpty())
        return;
    auto household = m_households.find(id);
    if (!household || !household.value()) {
        emit statusMessage(household ? tr("This household no longer exists.") : household.error().message);
        return;
    }
    HouseholdDialog dialog(m_households, m_members, *household.value(), window());
    if (runDialog(window(), dialog))
        announce(dialog.lastSaved(), tr("changes to the household of %1").arg(household.value()->headName), id);
}

void RegisterPage::addMember()
{
    const QString id = currentHouseholdId();
    if (id.isEmpty()) {
        emit statusMessage(tr("Choose a household first, then add its members."));
        return;
    }
    Member member;
    member.householdId = id;
    // The first person of a household is usually its head.
    if (m_memberModel->rowCount() == 0)
        member.relationship = QStringLiteral("kepala_keluarga");
    MemberDialog dialog(m_members, member, window());
    if (runDialog(window(), dialog)) {
        announce(dialog.lastSaved(), tr("registration of %1").arg(dialog.savedName()), id);
        m_memberTable->setFocus();
    }
}

void RegisterPage::moveMember()
{
    const QModelIndex current = m_memberTable->currentIndex();
    if (!current.isValid()) {
        emit statusMessage(tr("Choose the member to move in the members list first."));
        return;
    }
    const Member moving = m_memberModel->memberAt(current.row());
    MoveMemberDialog dialog(m_members, m_households, moving, window());
    if (runDialog(window(), dialog))
        announce(dialog.lastSaved(), tr("move of %1 to another household").arg(moving.name), dialog.targetHouseholdId());
}

void RegisterPage::editMember()
{
    const QModelIndex current = m_memberTable->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    MemberDialog dialog(m_members, m_memberModel->memberAt(row), window());
    if (runDialog(window(), dialog)) {
        announce(dialog.lastSaved(), tr("changes to %1").arg(dialog.savedName()), currentHouseholdId());
        m_memberTable->setCurrentIndex(m_memberModel->index(row, 0));
    }
}

void RegisterPage::registerHousehold(const QString &posyanduId, const QString &villageCode)
{
    Household household;
    household.posyanduId = posyanduId;
    household.villageCode = villageCode;
    HouseholdDialog dialog(m_households, m_members, household, window());
    if (!runDialog(window(), dialog))
        return;
    announce(dialog.lastSaved(), tr("registration of the household of %1").arg(dialog.savedName()), dialog.savedId());
    // The head came with the household; the rest of the family card follows at once, the cadre still holding it.
    // Asking first would cost a key for every household; Esc on the empty form is the one key of "no more".
    if (!dialog.savedWhileLeaving())
        addMembersOneAfterAnother(dialog.savedId(), dialog.savedName());
}

void RegisterPage::addMembersOneAfterAnother(const QString &householdId, const QString &headName)
{
    for (;;) {
        Member member;
        member.householdId = householdId;
        MemberDialog dialog(m_members, member, window(), MemberDialog::Flow::OneAfterAnother);
        dialog.setWindowTitle(tr("Members of the household of %1").arg(headName));
        if (!runDialog(window(), dialog))
            break;
        announce(dialog.lastSaved(), tr("registration of %1").arg(dialog.savedName()), householdId);
        if (dialog.savedWhileLeaving())
            break;
    }
    if (currentHouseholdId() == householdId && m_memberModel->rowCount() > 0)
        m_memberTable->setCurrentIndex(m_memberModel->index(0, 0));
    m_memberTable->setFocus();
}

bool RegisterPage::runDialog(QWidget *owner, QDialog &dialog)
{
    // Give the keyboard to the dialog as soon as it shows, and back to the
    // window when it closes. A window manager usually does both; sessions
    // without one leave focus behind, and the cadre's first keystrokes (or
    // the next Ctrl+M) would be lost.
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.activateWindow(); });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    owner->activateWindow();
    return accepted;
}

} // namespace Posyandu::Ui

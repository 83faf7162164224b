// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saved.h"

#include <QSplitter>

class QDialog;
class QLabel;
class QTableView;

namespace Posyandu {
class HouseholdListModel;
class MemberListModel;
namespace Storage {
class HouseholdRepository;
class MemberRepository;
} // namespace Storage
} // namespace Posyandu

namespace Posyandu::Ui {

// The household register: the households that match the search above it,
// the members of the chosen one, and the dialogs that register, edit and
// move them. Every save is announced (saved) so the window can offer to
// undo it and sync can hear of it; the window then refreshes the page.
class RegisterPage : public QSplitter
{
    Q_OBJECT
public:
    RegisterPage(Storage::HouseholdRepository &households, Storage::MemberRepository &members, QWidget *parent = nullptr);

    void registerHousehold(const QString &posyanduId, const QString &villageCode);
    void editHousehold(); // Enter on a household, F2
    void addMember();     // Ctrl+M
    void editMember();    // Enter on a member
    void moveMember();    // Ctrl+Shift+M

    // Shows the households matching `search` (empty: all); the error in words, or empty.
    QString refresh(const QString &search);
    int householdCount() const;
    void focusHouseholds();

    // Runs a dialog over `owner` and gives the keyboard back to it afterwards.
    static bool runDialog(QWidget *owner, QDialog &dialog);

signals:
    // A save that wrote something, described for "Undo …" (the window refreshes the page on it).
    void saved(const Storage::Saved &saved, const QString &description);
    void statusMessage(const QString &text);

private:
    void showMembersOfCurrent();
    QString currentHouseholdId() const;
    void selectHousehold(const QString &id);
    void announce(const Storage::Saved &written, const QString &description, const QString &householdToSelect);
    // After a new household: its other members, one form after another, until the cadre ends the row.
    void addMembersOneAfterAnother(const QString &householdId, const QString &headName);

    Storage::HouseholdRepository &m_households;
    Storage::MemberRepository &m_members;
    HouseholdListModel *m_model = nullptr;
    MemberListModel *m_memberModel = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_memberTable = nullptr;
    QLabel *m_membersTitle = nullptr;
};

} // namespace Posyandu::Ui

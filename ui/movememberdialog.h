// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "member.h"

#include "saved.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Posyandu {
class HouseholdListModel;
namespace Storage {
class HouseholdRepository;
class MemberRepository;
} // namespace Storage
} // namespace Posyandu

namespace Posyandu::Ui {

// Moves one person to another household: type to find the household, arrow
// keys to pick it, choose the new relationship, Enter.
class MoveMemberDialog : public QDialog
{
    Q_OBJECT
public:
    MoveMemberDialog(Storage::MemberRepository &members, Storage::HouseholdRepository &households, Member member, QWidget *parent = nullptr);
    QString targetHouseholdId() const;
    const Storage::Saved &lastSaved() const { return m_saved; } // for undo

private:
    void save();

    Storage::MemberRepository &m_members;
    Member m_member;
    Storage::Saved m_saved;
    FieldErrors m_errors;
    HouseholdListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QComboBox *m_relationship = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Posyandu::Ui

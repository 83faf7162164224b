// SPDX-License-Identifier: GPL-3.0-or-later
#include "movememberdialog.h"

#include "codes.h"
#include "dialogbuttons.h"
#include "householdlistmodel.h"
#include "memberrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Posyandu::Ui {

MoveMemberDialog::MoveMemberDialog(Storage::MemberRepository &members, Storage::HouseholdRepository &households, Member member, QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_member(std::move(member))
{
    setObjectName(QStringLiteral("moveMemberDialog"));
    setWindowTitle(tr("Move %1 to another household").arg(m_member.name));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("moveSearchLineEdit"));
    m_search->setPlaceholderText(tr("Type a name, KK or RT/RW of the new household"));
    layout->addLayout(m_errors.withMessage(m_search, QStringLiteral("household_id"), this));

    m_model = new HouseholdListModel(households, this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("moveTargetTableView"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(HouseholdListModel::HeadName, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto reload = [this] {
        m_model->refresh(m_search->text());
        // Never offer the household the person is already in.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const bool current = m_model->index(row, 0).data(HouseholdListModel::IdRole).toString() == m_member.householdId;
            m_list->setRowHidden(row, current);
        }
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!m_list->isRowHidden(row)) {
                m_list->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
    };
    connect(m_search, &QLineEdit::textChanged, this, reload);
    reload();

    auto *form = new QFormLayout;
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("moveRelationshipComboBox"));
    m_relationship->addItem(tr("— choose —"), QString());
    for (const QString &code : Codes::relationships())
        m_relationship->addItem(Codes::relationshipLabel(code), code);
    m_errors.addRow(form, QStringLiteral("relationship"), tr("&Relationship to the new head"), m_relationship, this);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(DialogButtons::saveCancel(this, tr("&Move (Enter)"), [this] { save(); }));
    m_search->setFocus();
}

QString MoveMemberDialog::targetHouseholdId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && !m_list->isRowHidden(current.row()) ? current.data(HouseholdListModel::IdRole).toString() : QString();
}

void MoveMemberDialog::save()
{
    auto moved = m_members.moveToHousehold(m_member.id, targetHouseholdId(), m_relationship->currentData().toString());
    if (!moved) {
        m_errors.showFailure(moved.error(), m_summary);
        return;
    }
    m_saved = std::move(moved).value();
    accept();
}

} // namespace Posyandu::Ui

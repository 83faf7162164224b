// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "member.h"

#include <QAbstractTableModel>

namespace Posyandu {

namespace Storage {
class MemberRepository;
}

// The people of one household, oldest first, with their age on `today`.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Nik, Sex, BirthDate, Age, Relationship, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MemberListModel(Storage::MemberRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loads the household's members (empty id = no household). Returns the error in words, or empty.
    QString setHousehold(const QString &householdId, const QDate &today = Protocol::Clock::today());
    const QString &householdId() const { return m_householdId; }
    const Member &memberAt(int row) const { return m_members.at(row); }

    // "2 th 3 bl" / "7 bl" / "12 hr": how cadres say ages.
    static QString ageText(const QDate &birth, const QDate &on);

private:
    Storage::MemberRepository &m_repository;
    QString m_householdId;
    QList<Member> m_members;
    QDate m_today;
};

} // namespace Posyandu

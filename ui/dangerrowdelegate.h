// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Posyandu::Ui {

// Draws a target-list row red and bold when the person has a danger sign
// (TargetListModel::DangerRole); the words are in the row's own text, so
// the colour is never the only mark.
class DangerRowDelegate : public QStyledItemDelegate
{
public:
    DangerRowDelegate(int dangerRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_dangerRole(dangerRole)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(m_dangerRole).toStringList().isEmpty())
            return;
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
        option->palette.setColor(QPalette::HighlightedText, Qt::white);
        option->font.setBold(true);
    }

private:
    int m_dangerRole;
};

} // namespace Posyandu::Ui

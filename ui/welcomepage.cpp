// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "posyandusetupwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Posyandu::Ui {

WelcomePage::WelcomePage(Storage::PosyanduRepository &posyandus, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStateWidget"));
    // A fixed-width column keeps wrapped text at a readable measure and gives
    // word-wrapped labels a width to compute their height from.
    auto *outer = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setFixedWidth(580);
    outer->addStretch(1);
    outer->addWidget(column);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addStretch(1);

    m_title = new QLabel(column);
    m_title->setObjectName(QStringLiteral("emptyTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    m_text = new QLabel(column);
    m_text->setObjectName(QStringLiteral("emptyTextLabel"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_text);

    m_setup = new PosyanduSetupWidget(posyandus, column);
    layout->addWidget(m_setup);
    connect(m_setup, &PosyanduSetupWidget::saved, this, &WelcomePage::posyanduSaved);

    m_firstHousehold = new QPushButton(tr("Register the first household (Ctrl+N)"), column);
    m_firstHousehold->setObjectName(QStringLiteral("firstHouseholdButton"));
    connect(m_firstHousehold, &QPushButton::clicked, this, &WelcomePage::registerFirstHousehold);
    layout->addWidget(m_firstHousehold, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void WelcomePage::focusSetup()
{
    m_setup->focusFirstField();
}

void WelcomePage::showStep(bool needsPosyandu)
{
    m_setup->setVisible(needsPosyandu);
    m_firstHousehold->setVisible(!needsPosyandu);
    if (needsPosyandu) {
        m_title->setText(tr("Welcome to Posyandu 6 SPM"));
        m_text->setText(tr("Step 1 of 2: tell the application which Posyandu this laptop serves. "
                           "You find the code and the village code on the Puskesmas letter."));
        m_setup->focusFirstField();
    } else {
        m_title->setText(tr("No households registered yet"));
        m_text->setText(tr("Step 2 of 2: register the first household from its family card (KK). "
                           "Everything is saved on this laptop at once and works without internet."));
        m_firstHousehold->setFocus();
    }
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "posyandusetupwidget.h"

#include "posyandurepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Posyandu::Ui {

PosyanduSetupWidget::PosyanduSetupWidget(Storage::PosyanduRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("posyanduSetupWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto field = [&](const QString &name, const QString &label, const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        m_errors.addRow(form, name, label, edit, this);
        connect(edit, &QLineEdit::returnPressed, this, &PosyanduSetupWidget::save);
        return edit;
    };
    m_name = field(QStringLiteral("name"), tr("Posyandu name"), QStringLiteral("posyanduNameLineEdit"), tr("e.g. Posyandu Melati 1"));
    m_code = field(QStringLiteral("code"), tr("Posyandu code"), QStringLiteral("posyanduCodeLineEdit"), tr("code from the Puskesmas"));
    m_villageCode =
        field(QStringLiteral("village_code"), tr("Village code"), QStringLiteral("villageCodeLineEdit"), tr("10 digits, e.g. 3578010001"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *button = new QPushButton(tr("Save Posyandu (Enter)"), this);
    button->setObjectName(QStringLiteral("savePosyanduButton"));
    connect(button, &QPushButton::clicked, this, &PosyanduSetupWidget::save);
    layout->addWidget(button, 0, Qt::AlignLeft);
}

void PosyanduSetupWidget::focusFirstField()
{
    m_name->setFocus();
}

void PosyanduSetupWidget::save()
{
    auto result = m_repository.save({QString(), m_code->text(), m_name->text(), m_villageCode->text()});
    if (!result) {
        m_errors.showFailure(result.error(), m_summary);
        return;
    }
    m_errors.clear();
    m_summary->clear();
    Q_EMIT saved();
}

} // namespace Posyandu::Ui

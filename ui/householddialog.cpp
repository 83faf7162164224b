// SPDX-License-Identifier: GPL-3.0-or-later
#include "householddialog.h"

#include "householdrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Posyandu::Ui {

HouseholdDialog::HouseholdDialog(Storage::HouseholdRepository &repository, Household household, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_household(std::move(household))
{
    setObjectName(QStringLiteral("householdDialog"));
    setWindowTitle(m_household.id.isEmpty() ? tr("Register a household") : tr("Edit household"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_headName = addField(form, QStringLiteral("head_name"), tr("&Head of household"), m_household.headName);
    m_kkNumber = addField(form, QStringLiteral("kk_number"), tr("Family card no. (&KK)"), m_household.kkNumber,
                          tr("16 digits; leave empty if not at hand"));
    m_kkNumber->setMaxLength(16);
    m_address = addField(form, QStringLiteral("address"), tr("&Address"), m_household.address);
    m_rt = addField(form, QStringLiteral("rt"), tr("&RT"), m_household.rt, tr("e.g. 3"));
    m_rw = addField(form, QStringLiteral("rw"), tr("R&W"), m_household.rw, tr("e.g. 1"));
    for (QLineEdit *edit : {m_rt, m_rw})
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,3}")), edit));
    m_dusun = addField(form, QStringLiteral("dusun"), tr("D&usun"), m_household.dusun);
    m_villageCode = addField(form, QStringLiteral("village_code"), tr("&Village code"), m_household.villageCode,
                             tr("10 digits"));
    m_dasawisma = addField(form, QStringLiteral("dasawisma"), tr("Dasa&wisma"), m_household.dasawisma);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save (Enter)"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_headName->setFocus();
}

QLineEdit *HouseholdDialog::addField(QFormLayout *form, const QString &field, const QString &label, const QString &text,
                                     const QString &placeholder)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(QString(field).remove(QLatin1Char('_')) + QStringLiteral("LineEdit"));
    edit->setPlaceholderText(placeholder);
    QVBoxLayout *column = m_errors.withMessage(edit, field, this);
    form->addRow(label, column);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(column)))
        buddy->setBuddy(edit);
    return edit;
}

void HouseholdDialog::save()
{
    Household h = m_household;
    h.headName = m_headName->text();
    h.kkNumber = m_kkNumber->text();
    h.address = m_address->text();
    h.rt = m_rt->text();
    h.rw = m_rw->text();
    h.dusun = m_dusun->text();
    h.villageCode = m_villageCode->text();
    h.dasawisma = m_dasawisma->text();

    auto saved = m_repository.save(h);
    if (!saved) {
        m_errors.showFailure(saved.error(), m_summary);
        return;
    }
    m_savedId = saved.value().id;
    accept();
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "householddialog.h"

#include "dialogbuttons.h"
#include "householdrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Posyandu::Ui {

HouseholdDialog::HouseholdDialog(Storage::HouseholdRepository &repository, Household household, QWidget *parent)
    : FormDialog(parent)
    , m_repository(repository)
    , m_household(std::move(household))
{
    setObjectName(QStringLiteral("householdDialog"));
    setWindowTitle(m_household.id.isEmpty() ? tr("Register a household") : tr("Edit household"));
    setMinimumWidth(520); // placeholders such as "16 digits; leave empty…" must be readable
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_headName = m_errors.addLineEdit(form, QStringLiteral("head_name"), tr("&Head of household"), m_household.headName, {}, this);
    m_kkNumber = m_errors.addLineEdit(form, QStringLiteral("kk_number"), tr("Family card no. (&KK)"), m_household.kkNumber,
                                      tr("16 digits; leave empty if not at hand"), this);
    m_kkNumber->setMaxLength(16);
    m_address = m_errors.addLineEdit(form, QStringLiteral("address"), tr("&Address"), m_household.address, {}, this);
    m_rt = m_errors.addLineEdit(form, QStringLiteral("rt"), tr("&RT"), m_household.rt, tr("e.g. 3"), this);
    m_rw = m_errors.addLineEdit(form, QStringLiteral("rw"), tr("R&W"), m_household.rw, tr("e.g. 1"), this);
    for (QLineEdit *edit : {m_rt, m_rw})
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,3}")), edit));
    m_dusun = m_errors.addLineEdit(form, QStringLiteral("dusun"), tr("D&usun"), m_household.dusun, {}, this);
    m_villageCode = m_errors.addLineEdit(form, QStringLiteral("village_code"), tr("&Village code"), m_household.villageCode, tr("10 digits"), this);
    m_dasawisma = m_errors.addLineEdit(form, QStringLiteral("dasawisma"), tr("Dasa&wisma"), m_household.dasawisma, {}, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    layout->addWidget(DialogButtons::saveCancel(this, tr("&Save (Enter)"), [this] { save(); }));
    m_headName->setFocus();
    markClean();
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
    m_savedName = h.headName.simplified();
    accepted(std::move(saved).value());
}

} // namespace Posyandu::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionpage.h"

#include "dangercheck.h"
#include "dangerrowdelegate.h"

#include "dialogs.h"
#include "sessionentryform.h"
#include "sessionentryrepository.h"
#include "sessionrepository.h"
#include "targetlistmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Posyandu::Ui {

SessionPage::SessionPage(Storage::Database &db, const Storage::IndicatorCatalog &catalog, const ScheduleRules &rules,
                         std::shared_ptr<const Growth::GrowthCalculator> calculator, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_rules(rules)
    , m_entries(std::make_unique<Storage::SessionEntryRepository>(db, catalog, rules))
    , m_dangerCheck(std::make_unique<Storage::DangerCheck>(catalog, rules, calculator))
{
    setObjectName(QStringLiteral("sessionPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sessionTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("targetFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Find a person by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_everyone = new QCheckBox(tr("Show &everyone, not only those due"), left);
    m_everyone->setObjectName(QStringLiteral("showEveryoneCheckBox"));
    leftLayout->addWidget(m_everyone);
    m_model = new TargetListModel(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("targetTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DangerRowDelegate(TargetListModel::DangerRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TargetListModel::Due, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    leftLayout->addWidget(m_table);

    auto *scroll = m_scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("entryScrollArea"));
    scroll->setWidgetResizable(true);
    m_form = new SessionEntryForm(*m_entries, std::move(calculator), rules, scroll);
    scroll->setWidget(m_form);
    for (int column : {TargetListModel::Done, TargetListModel::Age, TargetListModel::Group})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 680});
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    auto *hint = new QLabel(tr("Arrows: choose · Enter: start typing · Tab: next field · Enter: save and go to the next person · "
                               "Ctrl+Z: undo the typing in a field, else the last save · Esc: back to the register"),
                            this);
    hint->setObjectName(QStringLiteral("sessionHintLabel"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    bottom->addWidget(hint, 1);
    m_saveButton = new QPushButton(tr("&Save and next (Enter)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveNextButton"));
    bottom->addWidget(m_saveButton);
    auto *back = new QPushButton(tr("Back to the register (Esc)"), this);
    back->setObjectName(QStringLiteral("backButton"));
    bottom->addWidget(back);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString keep = m_shownMemberId;
        m_model->setFilter(text);
        if (m_model->rowOf(keep) >= 0)
            selectMember(keep);
        else if (m_model->rowCount() > 0 && !m_form->isDirty())
            m_table->setCurrentIndex(m_model->index(0, TargetListModel::Name));
    });
    // Down from the filter box goes to the list; Enter there starts typing for the first match.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        m_form->focusFirstField();
    });
    connect(m_everyone, &QCheckBox::toggled, this, [this](bool checked) {
        // The person being typed for may drop out of the shorter list: settle their input first.
        const QString keep = m_shownMemberId;
        if (!resolveUnsaved()) {
            const QSignalBlocker blocker(m_everyone);
            m_everyone->setChecked(!checked);
            return;
        }
        m_shownMemberId.clear();
        m_form->clearPerson();
        reload();
        if (m_model->rowOf(keep) >= 0)
            m_table->setCurrentIndex(m_model->index(m_model->rowOf(keep), TargetListModel::Name));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionPage::currentPersonChanged);
    connect(m_table, &QTableView::activated, m_form, &SessionEntryForm::focusFirstField);
    connect(m_form, &SessionEntryForm::saveRequested, this, &SessionPage::saveAndNext);
    connect(m_saveButton, &QPushButton::clicked, this, &SessionPage::saveAndNext);
    connect(back, &QPushButton::clicked, this, &SessionPage::closeRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &SessionPage::closeRequested);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
}

SessionPage::~SessionPage() = default;

void SessionPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

QString SessionPage::open(const QString &posyanduId, const QString &posyanduName, const QDate &date)
{
    auto session = Storage::SessionRepository(m_db).openOrContinue(posyanduId, date);
    if (!session)
        return session.error().message;
    m_posyanduId = posyanduId;
    m_posyanduName = posyanduName;
    m_sessionId = session.value().id;
    m_date = date;
    m_shownMemberId.clear();
    m_filter->clear();
    reload();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, TargetListModel::Name));
    m_table->setFocus();
    return {};
}

void SessionPage::reload()
{
    auto targets = Storage::TargetList::load(m_db, m_posyanduId, m_sessionId, m_date, m_rules, m_everyone->isChecked());
    if (!targets) {
        Q_EMIT statusMessage(targets.error().message);
        return;
    }
    // Each target's danger signs from what was saved today and the history: the list and the title show them.
    QList<Storage::Target> list = std::move(targets).value();
    for (Storage::Target &target : list) {
        auto signs = m_dangerCheck->savedSigns(*m_entries, target.memberId, m_date);
        if (!signs) {
            Q_EMIT statusMessage(signs.error().message);
            break;
        }
        for (const DangerSign &sign : std::as_const(signs.value()))
            target.dangerSigns << sign.label;
    }
    const QString keep = m_shownMemberId;
    m_revertingSelection = true; // a reset is not the cadre leaving the person
    m_model->setTargets(list, m_date);
    m_revertingSelection = false;
    if (!keep.isEmpty() && m_model->rowOf(keep) >= 0) {
        selectMember(keep);
        if (!m_form->isDirty()) {
            m_form->setPerson(keep, m_sessionId, m_date); // refresh history and due doses
            m_scroll->verticalScrollBar()->setValue(0);   // a rebuilt form starts at its top, wherever an error scrolled
        }
    } else {
        m_shownMemberId.clear();
        m_form->clearPerson();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, TargetListModel::Name));
    }
    updateTitle();
}

void SessionPage::updateTitle()
{
    QString title = tr("Opening day %1 · %2 · %3 of %4 served")
                        .arg(QLocale().toString(m_date, QLocale::LongFormat), m_posyanduName)
                        .arg(m_model->servedCount())
                        .arg(m_model->totalCount());
    if (const int danger = m_model->dangerCount(); danger > 0)
        title += QStringLiteral(" · ") + tr("⚠ %n with a danger sign", nullptr, danger);
    m_title->setText(title);
    m_title->setStyleSheet(m_model->dangerCount() > 0 ? QStringLiteral("color: #b00020;") : QString());
}

void SessionPage::selectMember(const QString &memberId)
{
    const int row = m_model->rowOf(memberId);
    if (row < 0)
        return;
    m_revertingSelection = true;
    m_table->setCurrentIndex(m_model->index(row, TargetListModel::Name));
    m_revertingSelection = false;
}

bool SessionPage::resolveUnsaved()
{
    if (!m_form->isDirty())
        return true;
    switch (Dialogs::askUnsavedChanges(this)) {
    case QMessageBox::Save: {
        auto result = m_form->save();
        if (!result)
            return false;
        Q_EMIT saved(result.value(), tr("session entry for %1").arg(m_form->personName()));
        return true;
    }
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void SessionPage::currentPersonChanged()
{
    if (m_revertingSelection)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString memberId = current.isValid() ? current.data(TargetListModel::MemberIdRole).toString() : QString();
    if (memberId == m_shownMemberId)
        return;
    if (!resolveUnsaved()) {
        selectMember(m_shownMemberId); // stay with the person whose input is not saved
        return;
    }
    m_shownMemberId = memberId;
    if (memberId.isEmpty()) {
        m_form->clearPerson();
        return;
    }
    m_scroll->verticalScrollBar()->setValue(0);
    if (const QString error = m_form->setPerson(memberId, m_sessionId, m_date); !error.isEmpty())
        Q_EMIT statusMessage(error);
}

bool SessionPage::mayLeave()
{
    return resolveUnsaved();
}

void SessionPage::saveAndNext()
{
    if (m_shownMemberId.isEmpty())
        return;
    auto result = m_form->save();
    if (!result) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(result.error().message));
        return;
    }
    const QString name = m_form->personName();
    Q_EMIT saved(result.value(), tr("session entry for %1").arg(name));
    Q_EMIT statusMessage(tr("Saved: %1. Ctrl+Z undoes it.").arg(name));

    // Next: the first person after this one not served yet, else the first not served.
    const int row = m_model->rowOf(m_shownMemberId);
    reload();
    QString next;
    for (int i = 1; i <= m_model->rowCount() && next.isEmpty(); ++i) {
        const int r = (row + i) % std::max(1, m_model->rowCount());
        if (!m_model->index(r, 0).data(TargetListModel::ServedRole).toBool())
            next = m_model->index(r, 0).data(TargetListModel::MemberIdRole).toString();
    }
    if (next.isEmpty()) {
        Q_EMIT statusMessage(tr("Saved: %1. Everyone on the list has been served.").arg(name));
        m_table->setFocus();
        return;
    }
    m_table->setCurrentIndex(m_model->index(m_model->rowOf(next), TargetListModel::Name));
    m_form->focusFirstField();
}

} // namespace Posyandu::Ui

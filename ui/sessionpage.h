// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "growthcalculator.h"
#include "saved.h"
#include "schedulerules.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;

namespace Posyandu {
class TargetListModel;
namespace Storage {
class Database;
class IndicatorCatalog;
class SessionEntryRepository;
class DangerCheck;
} // namespace Storage
} // namespace Posyandu

namespace Posyandu::Ui {

class SessionEntryForm;

// The opening day (hari buka): the target list on the left, the chosen
// person's form on the right. The keyboard flow: type part of a name to
// filter, arrows to choose, Enter to start typing, Tab between fields, Enter
// to save and go to the next person not yet served. Leaving a person (or the
// page) with unsaved input asks first.
class SessionPage : public QWidget
{
    Q_OBJECT
public:
    SessionPage(Storage::Database &db, const Storage::IndicatorCatalog &catalog, const ScheduleRules &rules,
                std::shared_ptr<const Growth::GrowthCalculator> calculator, QWidget *parent = nullptr);
    ~SessionPage() override;

    // Opens (or continues) the session of this Posyandu on `date`. Returns the error in words, or empty.
    QString open(const QString &posyanduId, const QString &posyanduName, const QDate &date);
    // Reloads the list (after an undo or a sync), keeping the chosen person.
    void reload();
    // True when the page may be left: nothing unsaved, or the user said so.
    bool mayLeave();
    SessionEntryForm *form() const { return m_form; }
    void focusFilter(); // Ctrl+F on this page

Q_SIGNALS:
    void saved(const Posyandu::Storage::Saved &saved, const QString &description);
    void closeRequested();
    void statusMessage(const QString &text);

private:
    void currentPersonChanged();
    bool resolveUnsaved(); // false = stay on the current person
    void saveAndNext();
    void selectMember(const QString &memberId);
    void updateTitle();

    Storage::Database &m_db;
    const ScheduleRules &m_rules;
    std::unique_ptr<Storage::SessionEntryRepository> m_entries;
    std::unique_ptr<Storage::DangerCheck> m_dangerCheck;
    TargetListModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_everyone = nullptr;
    QTableView *m_table = nullptr;
    QScrollArea *m_scroll = nullptr; // around the form
    SessionEntryForm *m_form = nullptr;
    QPushButton *m_saveButton = nullptr;
    QString m_posyanduId;
    QString m_posyanduName;
    QString m_sessionId;
    QDate m_date;
    QString m_shownMemberId;
    bool m_revertingSelection = false;
};

} // namespace Posyandu::Ui

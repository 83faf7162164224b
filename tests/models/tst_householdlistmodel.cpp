// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "ids.h"
#include "memberlistmodel.h"
#include "memberrepository.h"
#include "targetlistmodel.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Posyandu;

class TestHouseholdListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistentAndFilters()
    {
        Test::TempStore store;
        QVERIFY(store.ok());
        Storage::HouseholdRepository repo(store.db());
        HouseholdListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.refresh(), QString());
        QCOMPARE(model.rowCount(), 0);
        for (const char *name : {"Wayan Sudarta", "budi Santoso", "Agus Salim"}) {
            Household h;
            h.posyanduId = store.posyanduId();
            h.headName = QLatin1String(name);
            h.rt = QStringLiteral("1");
            h.rw = QStringLiteral("2");
            h.villageCode = QStringLiteral("3578010001");
            QVERIFY(repo.save(h).ok());
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.refresh(), QString());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        // Sorted by name, case-insensitively.
        QCOMPARE(model.index(0, HouseholdListModel::HeadName).data().toString(), QStringLiteral("Agus Salim"));
        QCOMPARE(model.index(1, HouseholdListModel::HeadName).data().toString(), QStringLiteral("budi Santoso"));
        QCOMPARE(model.index(0, HouseholdListModel::RtRw).data().toString(), QStringLiteral("001/002"));
        QVERIFY(Ids::isUuidV7(model.index(0, 0).data(HouseholdListModel::IdRole).toString()));
        QCOMPARE(model.refresh(QStringLiteral("way")), QString());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.headerData(HouseholdListModel::Members, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.index(5, 0).data().isValid());
    }

    void memberModelAndDuplicates()
    {
        Test::TempStore store;
        QVERIFY(store.ok());
        Household h;
        h.posyanduId = store.posyanduId();
        h.headName = QStringLiteral("Budi");
        h.rt = QStringLiteral("1");
        h.rw = QStringLiteral("1");
        h.villageCode = QStringLiteral("3578010001");
        auto household = Storage::HouseholdRepository(store.db()).save(h);
        QVERIFY(household.ok());
        Storage::MemberRepository repo(store.db());
        MemberListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today(2026, 11, 23);
        Member father;
        father.householdId = household.value().id;
        father.name = QStringLiteral("Budi Santoso");
        father.sex = QStringLiteral("L");
        father.birthDate = QDate(1990, 5, 12);
        father.relationship = QStringLiteral("kepala_keluarga");
        father.nik = QStringLiteral("3578011205900001");
        QVERIFY(repo.save(father, today).ok());
        Member baby = father;
        baby.name = QStringLiteral("Ahmad");
        baby.nik.clear();
        baby.birthDate = QDate(2026, 4, 30);
        baby.relationship = QStringLiteral("anak");
        QVERIFY(repo.save(baby, today).ok());

        QCOMPARE(model.setHousehold(household.value().id, today), QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MemberListModel::Name).data().toString(), QStringLiteral("Budi Santoso")); // oldest first
        QCOMPARE(model.index(1, MemberListModel::Age).data().toString(), MemberListModel::ageText(baby.birthDate, today));
        QCOMPARE(MemberListModel::ageText(QDate(2026, 4, 30), today).isEmpty(), false);
        QCOMPARE(model.setHousehold(QString()), QString());
        QCOMPARE(model.rowCount(), 0);

        // Duplicates: same NIK elsewhere, or same name (any case/spacing) + birth date.
        Member again = father;
        again.nik = QStringLiteral("3578011205900001");
        QCOMPARE(repo.likelyDuplicates(again).value().size(), 1);
        again.nik.clear();
        again.name = QStringLiteral("  budi   SANTOSO ");
        QCOMPARE(repo.likelyDuplicates(again).value().size(), 1);
        again.birthDate = QDate(1990, 5, 13);
        QCOMPARE(repo.likelyDuplicates(again).value().size(), 0);
        // A member is not its own duplicate.
        const Member stored = repo.ofHousehold(household.value().id).value().first();
        QCOMPARE(repo.likelyDuplicates(stored).value().size(), 0);
    }

    void targetListModelFiltersAndKeepsServedTicks()
    {
        const QDate today(2026, 8, 20);
        QList<Storage::Target> targets;
        for (const auto &[name, head, served] : {std::tuple{"Ahmad Rizky", "Budi Santoso", true}, std::tuple{"Dewi Lestari", "Budi Santoso", false},
                                                 std::tuple{"Sumini", "Wayan Sudarta", false}}) {
            Storage::Target t;
            t.memberId = Ids::newUuidV7();
            t.name = QLatin1String(name);
            t.headName = QLatin1String(head);
            t.birthDate = today.addMonths(-14);
            t.due = {QStringLiteral("Timbang"), QStringLiteral("Imunisasi: MR1")};
            t.servedToday = served;
            targets.append(t);
        }
        TargetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets(targets, today);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TargetListModel::ColumnCount));
        QCOMPARE(model.index(0, TargetListModel::Done).data().toString(), QStringLiteral("✓"));
        QCOMPARE(model.index(0, TargetListModel::Due).data().toString(), QStringLiteral("Timbang; Imunisasi: MR1"));
        QCOMPARE(model.servedCount(), 1);
        // Every word must match the name or the household head, any case.
        model.setFilter(QStringLiteral("budi dew"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.targetAt(0).name, QStringLiteral("Dewi Lestari"));
        QCOMPARE(model.rowOf(targets.at(0).memberId), -1);
        QCOMPARE(model.servedCount(), 1); // counts the whole list, not the filtered rows
        model.setFilter(QStringLiteral("  "));
        QCOMPARE(model.rowOf(targets.at(2).memberId), 2);
        model.setTargets({}, today);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdListModel)
#include "tst_householdlistmodel.moc"

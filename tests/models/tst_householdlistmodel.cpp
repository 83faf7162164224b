// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdlistmodel.h"
#include "householdrepository.h"
#include "ids.h"
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
};

QTEST_GUILESS_MAIN(TestHouseholdListModel)
#include "tst_householdlistmodel.moc"

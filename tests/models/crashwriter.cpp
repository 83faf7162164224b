// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_crash: saves households (each with a member) one after
// another and prints each id on stdout only after its transaction committed.
// The parent kills it with SIGKILL at a random moment.
#include "database.h"
#include "householdrepository.h"
#include "memberrepository.h"
#include "posyandurepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db = Posyandu::Storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto posyandus = Posyandu::Storage::PosyanduRepository(*db.value()).list();
    QString posyanduId = posyandus && !posyandus.value().isEmpty() ? posyandus.value().first().id : QString();
    if (posyanduId.isEmpty()) {
        auto saved = Posyandu::Storage::PosyanduRepository(*db.value())
                         .save({QString(), QStringLiteral("P1"), QStringLiteral("Posyandu Crash"), QStringLiteral("3578010001")});
        if (!saved)
            return 1;
        posyanduId = saved.value().id;
    }
    Posyandu::Storage::HouseholdRepository households(*db.value());
    Posyandu::Storage::MemberRepository members(*db.value());
    for (int i = 0;; ++i) {
        Posyandu::Household h;
        h.posyanduId = posyanduId;
        h.headName = QStringLiteral("Kepala %1").arg(i);
        h.rt = QStringLiteral("1");
        h.rw = QStringLiteral("1");
        h.villageCode = QStringLiteral("3578010001");
        auto saved = households.save(h);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(saved.value().id));
        std::fflush(stdout);
    }
}

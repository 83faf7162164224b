// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace Posyandu::Storage {
class Database;
}

namespace Posyandu::Demo {

struct DemoOptions {
    int households = 120;
    int months = 12;
    quint64 seed = 1;
    QDate today = Protocol::Clock::today();
};

struct DemoSummary {
    int posyandus = 0;
    int households = 0;
    int members = 0;
    int measurements = 0;
    int pregnancies = 0;
};

// Fills a practice store with a believable village: several Posyandu with
// dusun and RT/RW, families whose ages make sense (parents 18+ at a child's
// birth, children spaced), NIKs that agree with birth date, sex and area,
// under-fives weighed most months along their own WHO z-score track (some
// stunted or wasted, some months missed), immunisations with some overdue,
// vitamin A in February and August, pregnancies with ANC visits, elderly
// screened, and six-field household answers, over the last `months` months.
//
// The same seed and `today` give the same content (ids included), so a
// trainer's village and a benchmark are reproducible. Rows are written with
// bulk statements in one transaction and never queued for sync: the store is
// marked demo (meta demo = 1) and can never sync to a real server.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    using Progress = std::function<bool(int done, int total)>;

    // Generates into an empty store; refuses a store that holds real data.
    static Result<DemoSummary> generate(Storage::Database &db, const DemoOptions &options, const Progress &progress = {});
    // Throws the village away and makes a new one, in one transaction. Only for demo stores.
    static Result<DemoSummary> reset(Storage::Database &db, const DemoOptions &options, const Progress &progress = {});
    static bool isDemo(Storage::Database &db);
    // SHA-256 (hex) over every data row, in id order, leaving out nothing but
    // the device's own meta: equal hashes mean equal villages.
    static Result<QString> contentHash(Storage::Database &db);
    // The practice store's file name beside the real one.
    static QString demoFilePath(const QString &dataDir = {});
};

} // namespace Posyandu::Demo

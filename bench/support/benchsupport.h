// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace Posyandu::Bench {

// A "Field:   123 kB" line of /proc/self/status, in kB; -1 when absent.
inline long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

// The value below which a share `p` (0..1) of `values` lies.
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// The options both benchmarks take: [--households N] [--keep DIR].
struct Options {
    int households = 50000;
    QString keep; // a folder to leave the store in; empty: a temporary one

    static Options parse(const QStringList &args)
    {
        Options o;
        for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--households"))
                o.households = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--keep"))
                o.keep = args.at(i + 1);
        }
        return o;
    }
};

} // namespace Posyandu::Bench

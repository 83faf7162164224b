// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include "clock.h"
#include "uuidv7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Posyandu::Ids {

QString newUuidV7()
{
    static QMutex mutex;
    static qint64 lastMillis = 0;
    static quint16 counter = 0;

    qint64 millis = Protocol::Clock::nowMs();
    quint16 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++counter > 0x0FFF) { // 12 bits used up: move into the next millisecond
                ++millis;
                counter = 0;
            }
        } else {
            counter = quint16(QRandomGenerator::system()->bounded(0x0400)); // random start, room to count
        }
        lastMillis = millis;
        sequence = counter;
    }

    return uuidV7From(millis, sequence, QRandomGenerator::system()->generate64());
}

QString uuidV7From(qint64 millis, quint16 sequence, quint64 random)
{
    return Protocol::uuidV7From(millis, sequence, random);
}

bool isUuidV7(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace Posyandu::Ids

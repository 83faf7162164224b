// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuidv7.h"

#include <QUuid>

#include <array>

namespace Posyandu::Protocol {

QString uuidV7From(qint64 millis, quint16 sequence, quint64 random)
{
    std::array<uchar, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(millis >> (40 - 8 * i));
    b[6] = uchar(0x70 | ((sequence >> 8) & 0x0F));
    b[7] = uchar(sequence & 0xFF);
    for (int i = 8; i < 16; ++i) {
        b[i] = uchar(random);
        random >>= 8;
    }
    b[8] = uchar(0x80 | (b[8] & 0x3F)); // RFC variant

    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b.data()), 16));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace Posyandu::Protocol

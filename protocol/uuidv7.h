// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Posyandu::Protocol {

// A UUIDv7 (RFC 9562) from its parts: 48-bit Unix milliseconds, 12 bits of
// `sequence`, 62 bits of `random`. Its text sorts as the milliseconds do, so
// an id made at millisecond 0 sorts before every id a device makes.
QString uuidV7From(qint64 millis, quint16 sequence, quint64 random);

} // namespace Posyandu::Protocol

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Posyandu::Ids {

// A UUIDv7 (RFC 9562) made on this device: 48-bit Unix milliseconds, then
// random bits, so ids sort roughly by creation time (friendly to B-tree
// inserts) and can be made offline without ever running out or colliding.
// Within one process ids are strictly increasing (a 12-bit sub-millisecond
// counter in rand_a), which keeps bulk inserts append-only.
QString newUuidV7();

// A UUIDv7 built from given parts: the demo generator's ids, which must be
// the same for the same seed. `sequence` uses 12 bits, `random` 62.
QString uuidV7From(qint64 millis, quint16 sequence, quint64 random);

// True for the canonical 36-character lower-case form with version 7.
bool isUuidV7(const QString &text);

} // namespace Posyandu::Ids

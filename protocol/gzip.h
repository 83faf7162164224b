// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace Posyandu::Protocol {

// gzip framing (RFC 1952) for HTTP bodies in both directions: Qt's
// qCompress writes zlib with a length prefix, which no HTTP peer reads.
class Gzip
{
public:
    static QByteArray compress(const QByteArray &data, int level = 6);
    // nullopt for damaged input, or when the output would pass `maxOutput`
    // bytes (a tiny body must not unpack into gigabytes).
    static std::optional<QByteArray> decompress(const QByteArray &data, qsizetype maxOutput);
};

} // namespace Posyandu::Protocol

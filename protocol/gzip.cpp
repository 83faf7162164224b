// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

#include <zlib.h>

namespace Posyandu::Protocol {

namespace {
constexpr int kGzipWindowBits = 15 + 16; // 15-bit window, gzip header and trailer
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

QByteArray Gzip::compress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> Gzip::decompress(const QByteArray &data, qsizetype maxOutput)
{
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int result = Z_OK;
    while (result == Z_OK) {
        const qsizetype used = out.size();
        if (used >= maxOutput + 1) {
            result = Z_BUF_ERROR; // larger than allowed
            break;
        }
        out.resize(std::min(used + kChunk, maxOutput + 1));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        stream.avail_out = uInt(out.size() - used);
        result = inflate(&stream, Z_NO_FLUSH);
        out.resize(qsizetype(stream.total_out));
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break; // input ended before the stream did
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END || out.size() > maxOutput)
        return std::nullopt;
    return out;
}

} // namespace Posyandu::Protocol

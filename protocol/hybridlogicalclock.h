// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <functional>
#include <optional>

namespace Posyandu::Protocol {

// One stamp of a hybrid logical clock: wall-clock milliseconds, a counter that
// orders events inside the same millisecond, and the node (device) id that
// breaks ties. Stamps order first by time, then counter, then node.
struct HlcStamp {
    qint64 millis = 0;
    quint32 counter = 0;
    QString node;

    // Text form sorts the same way as the stamps do (fixed-width fields), so
    // SQL can compare stamps with plain string comparison:
    //   "000001732370000123-0000a-<node>"
    QString toString() const;
    static std::optional<HlcStamp> fromString(const QString &text);

    bool isNull() const { return millis == 0 && counter == 0 && node.isEmpty(); }
    std::strong_ordering operator<=>(const HlcStamp &other) const;
    bool operator==(const HlcStamp &other) const = default;
};

// A device's clock. now() is strictly increasing for this node even when the
// wall clock steps backwards; observe() folds in a stamp seen from elsewhere
// (a pulled change, the previous run's last stamp) so later local stamps sort
// after it.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridLogicalClock(QString node, WallClock wallClock = {});

    HlcStamp now();
    void observe(const HlcStamp &seen);
    HlcStamp last() const { return m_last; }
    // The server's clock minus ours (from hello), added to every reading of
    // the wall clock: a laptop whose clock is a day off still stamps its
    // edits in the right order against other devices.
    void setOffset(qint64 offsetMs) { m_offsetMs = offsetMs; }
    qint64 offset() const { return m_offsetMs; }
    const QString &node() const { return m_node; }

private:
    QString m_node;
    WallClock m_wallClock;
    HlcStamp m_last;
    qint64 m_offsetMs = 0;
};

} // namespace Posyandu::Protocol

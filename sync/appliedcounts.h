// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Posyandu::Sync {

// What one applied push response or pull page did.
struct AppliedCounts {
    int acknowledged = 0;
    int merged = 0; // acknowledged with a field decided against the other side (logged for review)
    int rejected = 0;
    int pulled = 0;
    QStringList rejectReasons; // "household 0190…: outside this device's Posyandu"
    int setAside = 0;          // pulled changes this device could not apply, kept in sync_set_aside
    QStringList setAsideReasons;
};

} // namespace Posyandu::Sync

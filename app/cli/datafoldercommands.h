// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Posyandu::Cli {

// posyandu-cli setup: the data folder's Posyandu without the window.
int runSetup(const QStringList &args, const QString &dataDir, bool practice);
// posyandu-cli info: what the data folder holds.
int runInfo(const QStringList &args, const QString &dataDir, bool practice);

} // namespace Posyandu::Cli

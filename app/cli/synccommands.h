// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Posyandu::Cli {

// posyandu-cli sync [--attempts N] [--json]: one sync run, what the Sinkron
// window's status line says, or (--json) one object on standard output.
int runSync(const QStringList &args, const QString &dataDir, bool practice);
// posyandu-cli refused [--json]: the changes the server refused and those
// from the server set aside here, as under Sinkron.
int runRefused(const QStringList &args, const QString &dataDir, bool practice);
// posyandu-cli conflicts [--json]: the server's undecided conflicts in this
// device's scope, as the supervisor's review lists them.
int runConflicts(const QStringList &args, const QString &dataDir, bool practice);

} // namespace Posyandu::Cli

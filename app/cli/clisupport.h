// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QString>

#include <memory>

namespace Posyandu::Cli {

// Exit codes of every command: 0 success, 1 failure (one line on stderr), 2 usage.
constexpr int kUsage = 2;

// Every command's usage line, for --help and usage errors.
extern const char *const kUsageLine;

// The message on stderr; returns 1.
int fail(const QString &message);
// The message and the usage lines on stderr; returns kUsage.
int usage(const QString &message);

// The data file a sync or info command works on: the real one, or with --demo
// the practice file (which must exist: it is made by practice mode or `demo`).
Result<std::unique_ptr<Storage::Database>> openForSync(const QString &dataDir, bool practice);

} // namespace Posyandu::Cli

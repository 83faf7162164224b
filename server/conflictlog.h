// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstore.h"

#include <QJsonArray>

#include <optional>

namespace Posyandu::Server {

// Both values of every field two devices changed at once, kept for a
// supervisor's review.
class ConflictLog
{
public:
    template <typename T> using Result = StoreResult<T>;

    explicit ConflictLog(ServerStore &store);

    // Conflicts logged in the user's scope, newest first; undecided only unless `all`.
    Result<QJsonArray> conflicts(const User &user, bool all);
    // A supervisor's (or admin's) review of one conflict: "keep" the value
    // that won, or "use_other", which writes the other value as a new
    // version every device then pulls. Errors: the words and an HTTP status.
    struct Refusal {
        QString message;
        int status;
    };
    std::optional<Refusal> decide(const User &user, qint64 seq, const QString &decision, qint64 nowMs);

private:
    ServerStore &m_store;
};

} // namespace Posyandu::Server

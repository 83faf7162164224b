// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Posyandu::Server {

// `text` safe to print on one line of a terminal or a log: control
// characters (line breaks, escape sequences, DEL, C1) and the marks that
// reorder text (bidirectional overrides) are written as \xNN or \u{NNNN},
// a backslash as \\. A name a device chose cannot forge a line or colour.
QString printable(const QString &text);

} // namespace Posyandu::Server

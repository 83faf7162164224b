// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Posyandu::Ui {

// What the user has typed or chosen in every input below `root` (line edits,
// combo boxes, check boxes), as one string. Two equal fingerprints mean
// nothing was changed, so "unsaved changes?" is asked only when it is true.
QString formFingerprint(const QWidget *root);

} // namespace Posyandu::Ui

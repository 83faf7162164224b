// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Posyandu {

// Installs the application's translation for `language` ("id" default, "en")
// on the running QCoreApplication. Source strings are English; Indonesian is
// the default UI language. Returns false for an unknown language.
bool installTranslations(const QString &language);

} // namespace Posyandu

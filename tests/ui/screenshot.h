// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

namespace Posyandu::Test {

// Screenshots for a person to look at, when POSYANDU_SCREENSHOT_DIR is set.
inline void shoot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("POSYANDU_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace Posyandu::Test

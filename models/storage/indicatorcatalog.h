// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicator.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace Posyandu::Storage {

// The indicator catalog as loaded from the store. The bundled resource
// (:/catalog/indicators.json, with a "version") replaces the table whole when
// it is newer than the installed one; observations keep their codes.
class IndicatorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCatalog)
public:
    static Result<void> installBundled(const QSqlDatabase &db);
    // Installs catalog JSON text; exposed for tests of a region's own catalog.
    static Result<void> install(const QSqlDatabase &db, const QByteArray &json);
    static Result<IndicatorCatalog> load(const QSqlDatabase &db);

    int version() const { return m_version; }
    const Indicator *find(const QString &code) const;
    QList<Indicator> forField(const QString &field) const;
    const QList<Indicator> &all() const { return m_indicators; }

private:
    int m_version = 0;
    QList<Indicator> m_indicators;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace Posyandu::Storage

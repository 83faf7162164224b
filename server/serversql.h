// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Posyandu::Server {

// Runs a statement, prepared when it has values (PostgreSQL cannot prepare
// DDL or SET); the error in words, or empty. For the server store's parts.
QString exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {});

} // namespace Posyandu::Server

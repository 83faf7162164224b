// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash.h"

#include "database.h"
#include "sql.h"
#include "syncschema.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>

namespace Posyandu::Sync {

using Storage::Sql;

Result<QString> ContentHash::of(Storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Protocol::EntitySpec &spec : Protocol::SyncSchema::entities()) {
        const QString &entity = spec.name;
        QStringList domain = spec.fieldNames();
        std::sort(domain.begin(), domain.end());
        auto q = Sql::run(db.sql(),
                          QStringLiteral("SELECT id, deleted_at IS NOT NULL, %1 FROM %2 ORDER BY id").arg(domain.join(QStringLiteral(", ")), entity));
        if (!q)
            return q.error();
        QSqlQuery rows = std::move(q).value();
        while (rows.next()) {
            QByteArray line = entity.toUtf8();
            for (int i = 0; i < domain.size() + 2; ++i) {
                const QVariant v = rows.value(i);
                line += '\x1f';
                line += v.isNull() ? QByteArray("\x01") : v.toString().toUtf8();
            }
            line += '\n';
            hash.addData(line);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace Posyandu::Sync

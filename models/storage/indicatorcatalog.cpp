// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcatalog.h"

#include "sql.h"
#include "transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Posyandu::Storage {

namespace {
const QString kVersionKey = QStringLiteral("catalog_version");

QVariant optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
}
} // namespace

Result<void> IndicatorCatalog::installBundled(const QSqlDatabase &db)
{
    QFile file(QStringLiteral(":/catalog/indicators.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The indicator catalog is missing from the application."), {}};
    return install(db, file.readAll());
}

Result<void> IndicatorCatalog::install(const QSqlDatabase &db, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    const QJsonArray indicators = root.value(QStringLiteral("indicators")).toArray();
    if (parseError.error != QJsonParseError::NoError || version < 1 || indicators.isEmpty())
        return Error{tr("The indicator catalog is damaged (%1).").arg(parseError.errorString()), {}};

    auto installed = Sql::run(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kVersionKey});
    if (!installed)
        return installed.error();
    QSqlQuery q = std::move(installed).value();
    if (q.next() && q.value(0).toInt() >= version)
        return {}; // same or newer already there (never downgrade a region's catalog)
    q.finish();

    Transaction tx(db);
    if (!tx.isOpen())
        return tx.beginError();
    // Deleting would break observations' foreign keys; upsert instead, so
    // codes dropped from a newer catalog stay readable for old records.
    const QString upsert = QStringLiteral(
        "INSERT INTO indicator (code, field, service, label_id, label_en, value_type, unit, min_value, max_value, code_list, "
        "subject, age_min_months, age_max_months, sex, valid_from, valid_to, report_mapping, typed_target, sort_order, ask_if, example) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET field = excluded.field, service = excluded.service, label_id = excluded.label_id, "
        "label_en = excluded.label_en, value_type = excluded.value_type, unit = excluded.unit, min_value = excluded.min_value, "
        "max_value = excluded.max_value, code_list = excluded.code_list, subject = excluded.subject, "
        "age_min_months = excluded.age_min_months, age_max_months = excluded.age_max_months, sex = excluded.sex, "
        "valid_from = excluded.valid_from, valid_to = excluded.valid_to, report_mapping = excluded.report_mapping, "
        "typed_target = excluded.typed_target, sort_order = excluded.sort_order, ask_if = excluded.ask_if, example = excluded.example");
    int order = 0;
    for (const QJsonValue &value : indicators) {
        const QJsonObject o = value.toObject();
        const QJsonArray age = o.value(QStringLiteral("age_months")).toArray();
        auto text = [&o](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isString() ? QVariant(v.toString()) : QVariant();
        };
        auto r = Sql::run(db, upsert,
                          {o.value(QStringLiteral("code")).toString(),
                           o.value(QStringLiteral("field")).toString(),
                           o.value(QStringLiteral("service")).toString(),
                           o.value(QStringLiteral("label_id")).toString(),
                           o.value(QStringLiteral("label_en")).toString(),
                           o.value(QStringLiteral("value_type")).toString(),
                           o.value(QStringLiteral("unit")).toString(),
                           optionalNumber(o.value(QStringLiteral("min"))),
                           optionalNumber(o.value(QStringLiteral("max"))),
                           QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("codes")).toArray()).toJson(QJsonDocument::Compact)),
                           o.value(QStringLiteral("subject")).toString(),
                           optionalNumber(age.at(0)),
                           optionalNumber(age.at(1)),
                           text("sex"),
                           text("valid_from"),
                           text("valid_to"),
                           QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("report")).toObject()).toJson(QJsonDocument::Compact)),
                           text("typed_target"),
                           order++,
                           QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("ask_if")).toObject()).toJson(QJsonDocument::Compact)),
                           optionalNumber(o.value(QStringLiteral("example")))});
        if (!r)
            return Error{tr("Indicator %1 in the catalog is invalid: %2").arg(o.value(QStringLiteral("code")).toString(), r.error().message), {}};
    }
    auto meta = Sql::run(db,
                         QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {kVersionKey, QString::number(version)});
    if (!meta)
        return meta.error();
    return tx.commit();
}

Result<IndicatorCatalog> IndicatorCatalog::load(const QSqlDatabase &db)
{
    auto r = Sql::run(
        db,
        QStringLiteral(
            "SELECT code, field, service, label_id, label_en, value_type, unit, min_value, max_value, code_list, subject, "
            "age_min_months, age_max_months, coalesce(sex, ''), valid_from, valid_to, coalesce(typed_target, ''), "
            "(SELECT value FROM meta WHERE key = 'catalog_version'), report_mapping, ask_if, example FROM indicator ORDER BY sort_order, code"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    IndicatorCatalog catalog;
    while (q.next()) {
        Indicator i;
        i.code = q.value(0).toString();
        i.field = q.value(1).toString();
        i.service = q.value(2).toString();
        i.labelId = q.value(3).toString();
        i.labelEn = q.value(4).toString();
        i.valueType = q.value(5).toString();
        i.unit = q.value(6).toString();
        if (!q.value(7).isNull())
            i.minValue = q.value(7).toDouble();
        if (!q.value(8).isNull())
            i.maxValue = q.value(8).toDouble();
        for (const QJsonValue &c : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array()) {
            const QJsonObject o = c.toObject();
            i.codes.append(
                {o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("en")).toString()});
        }
        i.subject = q.value(10).toString();
        if (!q.value(11).isNull())
            i.ageMinMonths = q.value(11).toInt();
        if (!q.value(12).isNull())
            i.ageMaxMonths = q.value(12).toInt();
        i.sex = q.value(13).toString();
        i.validFrom = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        i.validTo = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        i.typedTarget = q.value(16).toString();
        catalog.m_version = q.value(17).toInt();
        i.reportMapping = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
        i.askIf = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
        if (!q.value(20).isNull())
            i.example = q.value(20).toDouble();
        catalog.m_byCode.insert(i.code, catalog.m_indicators.size());
        catalog.m_indicators.append(std::move(i));
    }
    return catalog;
}

const Indicator *IndicatorCatalog::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_indicators.at(*it);
}

QList<Indicator> IndicatorCatalog::forField(const QString &field) const
{
    QList<Indicator> result;
    for (const Indicator &i : m_indicators)
        if (i.field == field)
            result.append(i);
    return result;
}

} // namespace Posyandu::Storage

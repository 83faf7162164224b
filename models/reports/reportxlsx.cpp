// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportxlsx.h"
#include "userdate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <xlsxwriter.h>

namespace Posyandu::Reports {

namespace {
constexpr lxw_row_t kHeaderRow = 3; // 0: report heading, 1: generated, 2: table title, 3: column headings
} // namespace

QString ReportXlsx::sheetName(const QString &wanted, const QStringList &taken)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = QString(wanted).replace(forbidden, QStringLiteral("_")).left(31);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    return name;
}

Result<void> ReportXlsx::write(const MonthlyReport &report, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{tr("%1 cannot be written: the folder does not exist.").arg(path), {}};
    const QString temporary =
        target.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return Error{tr("%1 cannot be written.").arg(path), {}};

    lxw_format *heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_font_size(heading, 13);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format *whole = workbook_add_format(workbook);
    format_set_num_format(whole, "0");
    lxw_format *decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "0.0");
    lxw_format *note = workbook_add_format(workbook);
    format_set_italic(note);

    QStringList taken;
    const QByteArray reportHeading = report.heading().toUtf8();
    const QByteArray generated = tr("Generated %1").arg(formatUserDateTime(report.generatedAt)).toUtf8();
    for (const ReportTable &table : report.tables) {
        const QString name = sheetName(table.title, taken);
        taken << name;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        worksheet_write_string(sheet, 0, 0, reportHeading.constData(), heading);
        worksheet_write_string(sheet, 1, 0, generated.constData(), nullptr);
        worksheet_write_string(sheet, 2, 0, table.title.toUtf8().constData(), heading);
        for (int c = 0; c < table.columns.size(); ++c) {
            worksheet_write_string(sheet, kHeaderRow, lxw_col_t(c), table.columns.at(c).toUtf8().constData(), header);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 34 : 16, nullptr);
        }
        lxw_row_t row = kHeaderRow + 1;
        for (const QVariantList &values : table.rows) {
            for (int c = 0; c < values.size(); ++c) {
                const QVariant &v = values.at(c);
                if (!v.isValid() || v.isNull())
                    continue; // an empty cell, never a 0 that was not counted
                if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                    worksheet_write_number(sheet, row, lxw_col_t(c), v.toDouble(), whole);
                else if (v.typeId() == QMetaType::Double)
                    worksheet_write_number(sheet, row, lxw_col_t(c), v.toDouble(), decimal);
                else
                    worksheet_write_string(sheet, row, lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
            }
            ++row;
        }
        for (const QString &text : table.notes)
            worksheet_write_string(sheet, ++row, 0, text.toUtf8().constData(), note);
        worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Error{tr("%1 cannot be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))), {}};
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error{tr("%1 cannot be written.").arg(path), {}};
    }
    return {};
}

} // namespace Posyandu::Reports

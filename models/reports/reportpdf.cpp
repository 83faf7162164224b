// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"
#include "userdate.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Posyandu::Reports {

namespace {
QString cellText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("—");
    if (v.typeId() == QMetaType::Double)
        return QLocale().toString(v.toDouble(), 'f', 1);
    return v.toString().toHtmlEscaped();
}
} // namespace

void ReportPdf::fill(QTextDocument &document, const MonthlyReport &report)
{
    QString html = QStringLiteral("<html><body style=\"font-size:9pt\">");
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(report.heading().toHtmlEscaped(), tr("Generated %1").arg(formatUserDateTime(report.generatedAt)).toHtmlEscaped());
    for (const ReportTable &table : report.tables) {
        html +=
            QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>").arg(table.title.toHtmlEscaped());
        for (const QString &c : table.columns)
            html += QStringLiteral("<th bgcolor=\"#ddebf7\">%1</th>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const QVariantList &row : table.rows) {
            html += QStringLiteral("<tr>");
            for (const QVariant &v : row) {
                const bool number = v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
                html += QStringLiteral("<td%1>%2</td>").arg(number ? QStringLiteral(" align=\"right\"") : QString(), cellText(v));
            }
            html += QStringLiteral("</tr>");
        }
        if (table.rows.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>").arg(table.columns.size()).arg(tr("None this month."));
        html += QStringLiteral("</table>");
        for (const QString &note : table.notes)
            html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

Result<void> ReportPdf::write(const MonthlyReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(report.heading());
        pdf.setCreator(QStringLiteral("Posyandu 6 SPM"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        fill(document, report);
        document.print(&pdf); // paginates and prints the page number at each page's foot
    }
    if (!file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace Posyandu::Reports

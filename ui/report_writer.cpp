// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_writer.h"

#include "language_font.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bn {

bool writeReport(const QString &path, const QList<ReportEntry> &entries, const ReportOptions &options)
{
    const QString html = reportHtml(entries, options);
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(html.toUtf8()) >= 0;
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setTitle(QCoreApplication::translate("bn", "Bounce Navigator report")); // as the report's heading
    pdf.setCreator(QStringLiteral("Bounce Navigator"));
    QTextDocument doc;
    // A font with Japanese glyphs when the system has one, so that Japanese text is embedded.
    const QString japanese = japaneseFontFamily();
    QFont font = japanese.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont) : QFont(japanese);
    font.setPointSize(10);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
    return QFile::exists(path);
}

} // namespace bn

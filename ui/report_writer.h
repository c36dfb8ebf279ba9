// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide/report.h"

namespace bn {

//! Writes the report to \a path: PDF (QTextDocument and QPdfWriter, a Japanese-capable font
//! embedded) when the name ends in .pdf, else self-contained HTML.
bool writeReport(const QString &path, const QList<ReportEntry> &entries, const ReportOptions &options);

} // namespace bn

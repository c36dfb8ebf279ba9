// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "guide/diagnosis.h"

#include <QList>

namespace bn {

struct ReportEntry
{
    Bounce bounce;
    Diagnosis diagnosis;
    std::shared_ptr<const Evidence> evidence; //!< the live check of the bounce's IP or domain, if one ran
};

struct ReportOptions
{
    bool hideRecipients = false; //!< replace recipient addresses with "(hidden)"
    QString language = QStringLiteral("en");
};

//! The report as one self-contained HTML page (inline CSS, no external resource): the
//! diagnosis, steps, templates and evidence of every bounce. QTextDocument renders it to PDF.
QString reportHtml(const QList<ReportEntry> &entries, const ReportOptions &options);

//! The diagnosis and evidence of one bounce as plain text (for "copy summary").
QString reportSummary(const ReportEntry &entry);

} // namespace bn

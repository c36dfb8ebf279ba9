// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide/report.h"

#include "common/version.h"
#include "reputation/evidence_texts.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hide(QString text, const Bounce &b, bool hideRecipients)
{
    if (hideRecipients && !b.recipient.isEmpty())
        text.replace(b.recipient, tr("(hidden)"), Qt::CaseInsensitive);
    return text;
}

//! The live check in lines: what the lists said (or that nothing could be checked), reverse DNS,
//! the owner. Never a list that could not be checked counted as clean.
QStringList liveCheckLines(const Evidence &e)
{
    QStringList lines{tr("Blocklists for %1: %2").arg(e.subject, summaryLine(e))};
    for (const ZoneVerdict &z : e.zones)
        if (z.verdict == Verdict::Listed)
            lines << tr("Listed on %1 (%2)").arg(z.zone, z.meaning);
    const QString advice = nothingCheckedAdvice(e);
    if (!advice.isEmpty())
        lines << advice;
    if (e.reverseDns.state == ReverseDns::State::Found)
        lines << tr("Reverse DNS: %1").arg(e.reverseDns.ptrNames.join(QStringLiteral(", ")));
    else if (!e.reverseDns.error.isEmpty())
        lines << e.reverseDns.error;
    if (e.owner.known)
        lines << tr("Owner of the IP: %1").arg(e.owner.organisation.isEmpty() ? e.owner.networkName : e.owner.organisation);
    else if (!e.owner.error.isEmpty())
        lines << (e.owner.checked ? tr("Owner unknown: %1") : tr("Owner not checked: %1")).arg(e.owner.error);
    return lines;
}

} // namespace

QString reportHtml(const QList<ReportEntry> &entries, const ReportOptions &options)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n")
             .arg(esc(options.language), esc(tr("Bounce Navigator report")));
    h += QStringLiteral("<style>body{font-family:'Noto Sans CJK JP','Noto Sans',sans-serif;max-width:52em;margin:2em auto;"
                        "color:#222}h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc}"
                        "table{border-collapse:collapse}td{padding:2px 8px;vertical-align:top}td.k{color:#555}"
                        "pre{white-space:pre-wrap;background:#f5f5f5;padding:8px;border:1px solid #ddd}"
                        ".party{font-weight:bold;color:#1c4f8c}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(esc(tr("Bounce Navigator report")),
                  esc(tr("Created %1 by Bounce Navigator %2.")
                          .arg(QDateTime::currentDateTime().toString(Qt::ISODate), version())));
    for (const ReportEntry &e : entries) {
        const Bounce &b = e.bounce;
        const Diagnosis &d = e.diagnosis;
        const QString rcpt = options.hideRecipients ? tr("(hidden)") : b.recipient;
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(rcpt.isEmpty() ? tr("Unknown recipient") : rcpt));
        h += QStringLiteral("<p><span class=\"party\">%1: %2</span></p>\n<p>%3</p>\n")
                 .arg(esc(tr("Who must act first")), esc(partyName(d.party)), esc(hide(d.why, b, options.hideRecipients)));
        h += QStringLiteral("<h3>%1</h3>\n<ol>\n").arg(esc(tr("Steps")));
        for (const GuideStep &s : d.steps) {
            h += QStringLiteral("<li>") + esc(hide(s.text, b, options.hideRecipients));
            if (s.url.startsWith(QLatin1String("https://")) || s.url.startsWith(QLatin1String("http://")))
                h += QStringLiteral(" <a href=\"%1\">%1</a>").arg(esc(s.url));
            h += QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ol>\n<h3>%1</h3>\n<table>\n").arg(esc(tr("Evidence")));
        auto row = [&h](const QString &k, const QString &v) {
            if (!v.isEmpty())
                h += QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td></tr>\n").arg(esc(k), esc(v));
        };
        row(tr("Status"), b.status);
        row(tr("Reply code"), b.replyCode);
        row(tr("Permanent or temporary"), b.temporary ? tr("temporary") : tr("permanent"));
        row(tr("Reason"), b.reason);
        row(tr("Refused by"), b.remoteMta);
        row(tr("SMTP step"), b.smtpCommand);
        row(tr("Operator"), b.operatorId);
        row(tr("List"), b.list);
        row(tr("Listed IP"), b.listedIp);
        row(tr("Listed domain"), b.listedDomain);
        row(tr("How you send mail"), sendingViaId(d.sendingVia));
        h += QStringLiteral("</table>\n<pre>%1</pre>\n").arg(esc(hide(b.diagnostic, b, options.hideRecipients)));
        if (e.evidence) {
            h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(tr("Live check")));
            for (const QString &line : liveCheckLines(*e.evidence))
                h += QStringLiteral("<li>%1</li>\n").arg(esc(line));
            h += QStringLiteral("</ul>\n");
        }
        for (const MessageTemplate &t : d.templates) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(t.title));
            h += QStringLiteral("<pre>%1%2\n\n%3</pre>\n")
                     .arg(t.to.isEmpty() ? QString() : esc(tr("To: %1").arg(t.to)) + QLatin1Char('\n'),
                          esc(tr("Subject: %1").arg(hide(t.subject, b, options.hideRecipients))),
                          esc(hide(t.body, b, options.hideRecipients)));
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString reportSummary(const ReportEntry &e)
{
    const Bounce &b = e.bounce;
    QString s;
    s += tr("Recipient: %1").arg(b.recipient) + QLatin1Char('\n');
    s += tr("Refusal: %1").arg(b.diagnostic) + QLatin1Char('\n');
    if (!b.operatorId.isEmpty())
        s += tr("Blocklist: %1 %2, listed IP %3").arg(b.operatorId, b.list, b.listedIp) + QLatin1Char('\n');
    if (e.evidence)
        s += liveCheckLines(*e.evidence).join(QLatin1Char('\n')) + QLatin1Char('\n');
    s += tr("Who must act first: %1").arg(partyName(e.diagnosis.party)) + QLatin1Char('\n');
    s += e.diagnosis.why + QLatin1Char('\n');
    int n = 1;
    for (const GuideStep &step : e.diagnosis.steps)
        s += QStringLiteral("%1. %2\n").arg(n++).arg(step.text);
    return s;
}

} // namespace bn

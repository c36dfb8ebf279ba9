// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 3464 delivery status notifications (multipart/report; report-type=delivery-status),
// completed from the human-readable part where the machine-readable one is thin.
#include "decode/formats/dsn_fields.h"
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

#include <QRegularExpression>

namespace bn {

namespace {

QString hostOf(const QString &typed)
{
    QString h = typed.section(QLatin1Char(' '), 0, 0).toLower();
    if (h.startsWith(QLatin1Char('[')))
        h = h.mid(1).section(QLatin1Char(']'), 0, 0);
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

//! A local delivery failure (Diagnostic-Code "X-Unix; 255") has its reply only in the
//! reporting MTA's own line of the transcript ("554 5.3.0 unknown mailer error 255").
void completeFromTranscript(Bounce &b, const QString &text)
{
    static const QRegularExpression own(QStringLiteral("^([45]\\d\\d) (?:([45]\\.\\d{1,3}\\.\\d{1,3}) )?\\S.*$"),
                                        QRegularExpression::MultilineOption);
    QRegularExpressionMatch last;
    for (auto it = own.globalMatch(text); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return;
    const QString code = last.captured(1);
    if (b.status.isEmpty() || b.status.at(0) != code.at(0))
        return; // another recipient's line, or another stage's
    b.replyCode = code;
    if (!b.diagnostic.contains(last.captured(0).trimmed()))
        b.diagnostic = smtp::squeeze(b.diagnostic + QLatin1Char(' ') + last.captured(0));
    const QString status = last.captured(2);
    if (!status.isEmpty() && status.at(0) == b.status.at(0) && b.status.mid(1) == QLatin1String(".0.0")
        && status.mid(1) != QLatin1String(".0.0"))
        b.status = status;
}

} // namespace

bool extractDeliveryStatus(const Message &message, const NotificationText &n, QList<ExtractedRecipient> &out)
{
    if (message.deliveryStatus.trimmed().isEmpty())
        return false;
    const DsnReport report = parseDsn(message.deliveryStatus);
    if (report.recipients.isEmpty()) {
        // A report with its per-message fields only (Postfix: "Delivery report unavailable"):
        // the message failed, the returned original says to whom; what happened is unknown.
        const QStringList to = smtp::findAddresses(message.returnedHeaders.value("To"));
        if (report.perMessage.value(u"Reporting-MTA").isEmpty() || to.size() != 1)
            return false;
        ExtractedRecipient r;
        r.bounce.engine = QStringLiteral("rfc3464");
        r.bounce.recipient = to.first();
        r.bounce.reportingMta = hostOf(report.perMessage.typedValue(u"Reporting-MTA"));
        out.append(r);
        return true;
    }
    const QList<ExtractedRecipient> fromText = plainTextRecipients(n.text);
    const QString reportingMta = hostOf(report.perMessage.typedValue(u"Reporting-MTA"));

    for (const DsnFields &f : report.recipients) {
        ExtractedRecipient r;
        Bounce &b = r.bounce;
        b.engine = QStringLiteral("rfc3464");
        b.recipient = smtp::firstAddress(f.typedValue(u"Final-Recipient"));
        if (b.recipient.isEmpty())
            b.recipient = smtp::firstAddress(f.typedValue(u"Original-Recipient"));
        if (b.recipient.isEmpty())
            b.recipient = smtp::firstAddress(f.typedValue(u"X-Actual-Recipient"));
        r.action = f.value(u"Action").section(QLatin1Char(' '), 0, 0).toLower();
        if (r.action == QLatin1String("delivered") || r.action == QLatin1String("relayed")
            || r.action == QLatin1String("expanded"))
            r.hint = QStringLiteral("delivered");
        const QString status = f.value(u"Status").section(QLatin1Char(' '), 0, 0);
        if (smtp::isStatus(status))
            b.status = status;
        b.remoteMta = hostOf(f.typedValue(u"Remote-MTA"));
        b.reportingMta = reportingMta;
        b.diagnosticType = f.typeOf(u"Diagnostic-Code");
        // Postfix labels every diagnostic X-Postfix, the remote server's replies too ("host … said:
        // 550 …"): they are read as SMTP replies (so does Sisimai).
        if (b.diagnosticType == QLatin1String("X-POSTFIX"))
            b.diagnosticType = QStringLiteral("SMTP");
        b.diagnostic = f.typedValue(u"Diagnostic-Code");
        // The text part often says more (the whole reply, the SMTP command): use it.
        for (const ExtractedRecipient &t : fromText) {
            if (t.bounce.recipient != b.recipient)
                continue;
            if (b.diagnostic.isEmpty() || (smtp::findReplyCode(b.diagnostic).isEmpty()
                                           && !smtp::findReplyCode(t.bounce.diagnostic).isEmpty()))
                b.diagnostic = t.bounce.diagnostic;
            if (b.smtpCommand.isEmpty())
                b.smtpCommand = t.bounce.smtpCommand;
            if (b.remoteMta.isEmpty())
                b.remoteMta = t.bounce.remoteMta;
            break;
        }
        if (b.diagnostic.isEmpty() && fromText.size() == 1)
            b.diagnostic = fromText.first().bounce.diagnostic;
        if (b.diagnostic.isEmpty() && report.recipients.size() == 1)
            b.diagnostic = smtp::squeeze(QStringView(n.text).left(1000));
        if (b.smtpCommand.isEmpty())
            b.smtpCommand = smtp::findCommand(n.text);
        completeFromDiagnostic(b);
        if (b.replyCode.isEmpty() && report.recipients.size() == 1)
            completeFromTranscript(b, n.text);
        out.append(r);
    }
    return true;
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 5965 Abuse Reporting Format: a complaint forwarded by a mailbox provider.
#include "decode/formats/dsn_fields.h"
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

namespace bn {

bool extractFeedbackReport(const Message &message, const NotificationText &, QList<ExtractedRecipient> &out)
{
    const QString contentType = message.headers.value("Content-Type").toLower();
    // Microsoft's Junk Mail Reporting Program sends no report part: the complained-of message
    // comes back with the complaining recipient in X-HmXmrOriginalRecipient.
    const QString jmrp = smtp::firstAddress(message.returnedHeaders.value("X-HmXmrOriginalRecipient"));
    if (message.feedbackReport.isEmpty() && !contentType.contains(QLatin1String("feedback-report")) && jmrp.isEmpty())
        return false;
    const DsnReport fields = parseDsn(message.feedbackReport);
    // A complaint about a message sent to several recipients names each (RFC 5965 allows
    // Original-Rcpt-To to repeat): one feedback per recipient.
    QStringList recipients;
    for (const QString &v : fields.perMessage.values(u"Original-Rcpt-To"))
        for (const QString &a : smtp::findAddresses(v))
            if (!recipients.contains(a))
                recipients.append(a);
    if (recipients.isEmpty()) {
        QString rcpt = smtp::firstAddress(fields.perMessage.value(u"Removal-Recipient"));
        if (rcpt.isEmpty())
            rcpt = jmrp;
        if (rcpt.isEmpty())
            rcpt = smtp::firstAddress(message.returnedHeaders.value("To"));
        recipients.append(rcpt);
    }
    for (const QString &rcpt : recipients) {
        ExtractedRecipient r;
        r.hint = QStringLiteral("feedback");
        r.bounce.engine = QStringLiteral("arf");
        r.bounce.recipient = rcpt;
        r.bounce.diagnostic = fields.perMessage.value(u"Feedback-Type");
        out.append(r);
    }
    return true;
}

} // namespace bn

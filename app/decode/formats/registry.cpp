// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/extraction.h"

#include <QRegularExpression>

namespace bn {

const QList<ReportFormat> &reportFormats()
{
    static const QList<ReportFormat> formats{
        {"arf", extractFeedbackReport},      // RFC 5965 abuse/feedback reports
        {"rfc3464", extractDeliveryStatus},  // message/delivery-status, with the text to complete it
        {"amazonses", extractAmazonSes},     // Amazon SES JSON notifications
        {"googlegroups", extractGoogleGroups}, // a group refusing a post
        {"mailinglist", extractMailingList},   // fml refusing a post or stopping a loop
        {"rfc3834", extractAutoReply},       // auto-replies (vacation)
        {"text", extractPlainText},          // MTA-specific plain-text notifications
    };
    return formats;
}

QString withoutReturnedOriginal(const QString &text)
{
    // Lines that introduce an inline copy of the original message, in the words of many MTAs.
    static const QRegularExpression marker(QStringLiteral(
        "^(?:[ \\t]*-{2,}[ \\t]*(?:Below this line is a copy of the message|This is a copy of the message|"
        "Original message|Original Message|Returned message|The original message|Unsent message below|"
        "Message text follows|The header of the original message|Undelivered message|Start of returned message|"
        "Text of the message follows|Unsent message follows|Begin Original message|original message follows|Forwarded message)"
        "|Content-Type: message/rfc822|Content-Type: text/rfc822-headers"
        "|[ \\t]*-{5,} ?(?:Original message|original message|Returned mail|The following is the original)"
        "|Original message follows\\.?$|The original message was:|Below is a copy of the original message"
        "|-+ ?Message headers follow|Headers of the original message|------ original message ------|Original Message:$)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = marker.match(text);
    return m.hasMatch() ? text.left(m.capturedStart()) : text;
}

} // namespace bn

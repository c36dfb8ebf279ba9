// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 3834 automatic responses: out-of-office and vacation replies.
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"
#include "decode/reason/reason_phrases.h"

#include "common/regex_literal.h"

#include <QRegularExpression>

namespace bn {

bool extractAutoReply(const Message &message, const NotificationText &n, QList<ExtractedRecipient> &out)
{
    if (!message.deliveryStatus.isEmpty())
        return false;
    const QString autoSubmitted = message.headers.value("Auto-Submitted").toLower();
    const QString precedence = message.headers.value("Precedence").toLower();
    static const QRegularExpression subject(QStringLiteral(
        "^(?:auto(?:matic)?[ -]?(?:reply|response)|out of (?:the )?office|away|on vacation|vacation|autoreply|"
        "\\[auto-reply\\]|auto:|自動応答|自動返信|不在)"), QRegularExpression::CaseInsensitiveOption);
    static const CaselessPhrases notDaemon({"mailer-daemon", "postmaster", "mail delivery"});
    const bool autoReplied = autoSubmitted.startsWith(QLatin1String("auto-replied"))
        || message.headers.contains("X-Autoreply") || message.headers.contains("X-Autorespond")
        || precedence == QLatin1String("auto_reply") || subject.match(n.subject).hasMatch();
    if (!autoReplied || notDaemon.foundIn(n.from))
        return false;
    static const CaselessPhrases bounceWords({"undeliver", "delivery status", "delivery fail", "returned mail", "failure notice"});
    if (bounceWords.foundIn(n.subject))
        return false;
    ExtractedRecipient r;
    r.bounce.recipient = smtp::firstAddress(message.headers.value("From"));
    if (r.bounce.recipient.isEmpty()) {
        // Sent from the null sender ("From: <>", an Exim autoreply): the text names the address
        // ("You sent mail to user@example.jp."), the sender's aside.
        const QStringList sender = smtp::findAddresses(message.headers.value("To"));
        for (const QString &a : smtp::findAddresses(QStringView(n.text).left(1000)))
            if (!sender.contains(a)) {
                r.bounce.recipient = a;
                break;
            }
        if (r.bounce.recipient.isEmpty())
            return false;
    }
    // "This inbox is no longer in use", "this account has been disabled": a closed mailbox
    // answering by itself, not someone away. "That's not a valid user here": a refusal sent as
    // an automatic reply, read as one (the reason from its words).
    const QString opening = n.text.left(1000).toLower();
    r.hint = reasons::mentions(u"suspend", opening) ? QStringLiteral("suspend")
        : reasons::mentions(u"userunknown", opening) ? QString()
                                                     : QStringLiteral("vacation");
    // A mail client's unsubscribe button (Apple Mail: "X-Apple-Unsubscribe: true", subject
    // "unsubscribe"): the recipient asks to be taken off the list, as a feedback report would.
    if (message.headers.value("X-Apple-Unsubscribe").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || n.subject.compare(QLatin1String("unsubscribe"), Qt::CaseInsensitive) == 0)
        r.hint = QStringLiteral("feedback");
    r.bounce.engine = QStringLiteral("rfc3834");
    r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).left(400));
    out.append(r);
    return true;
}

} // namespace bn

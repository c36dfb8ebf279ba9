// SPDX-License-Identifier: GPL-3.0-or-later
// A mailing-list manager (fml and its kin) refusing a post or stopping a loop: the failed
// recipient is the list, the reason is in the manager's fixed sentences.
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

#include "common/regex_literal.h"

#include <QRegularExpression>

namespace bn {

bool extractMailingList(const Message &message, const NotificationText &n, QList<ExtractedRecipient> &out)
{
    if (!message.headers.value("X-MLServer").contains(QLatin1String("fml"), Qt::CaseInsensitive))
        return false;
    struct Refusal
    {
        const char *pattern; //!< names the list address in its first group
        const char *reason;
    };
    static const Refusal refusals[] = {
        {"not (?:a )?member of (?:this|the) (?:mailing )?list\\s*<([^>\\s]+@[^>\\s]+)>", "rejected"},
        {"only members (?:can|may) post[^<]*<([^>\\s]+@[^>\\s]+)>", "rejected"},
        {"duplicated message-id in\\s*<([^>\\s]+@[^>\\s]+)>", "systemerror"}, // fml's loop guard
        {"loop (?:alert|detected)[^<]*<([^>\\s]+@[^>\\s]+)>", "systemerror"},
    };
    static const OrderedRegexes compiled([] {
        QList<QRegularExpression> list;
        for (const Refusal &refusal : refusals)
            list.append(QRegularExpression(QString::fromLatin1(refusal.pattern), QRegularExpression::CaseInsensitiveOption));
        return list;
    }());
    qsizetype which = 0;
    const QRegularExpressionMatch m = compiled.firstMatch(n.text, &which);
    if (!m.hasMatch())
        return false;
    ExtractedRecipient r;
    r.bounce.recipient = m.captured(1).toLower();
    r.bounce.engine = QStringLiteral("mailinglist");
    const qsizetype lineStart = n.text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
    r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).mid(lineStart, 400).split(u"\n\n").first());
    r.hint = QLatin1String(refusals[which].reason);
    out.append(r);
    return true;
}

} // namespace bn

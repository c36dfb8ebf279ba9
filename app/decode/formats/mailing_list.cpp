// SPDX-License-Identifier: GPL-3.0-or-later
// A mailing-list manager (fml and its kin) refusing a post or stopping a loop: the failed
// recipient is the list, the reason is in the manager's fixed sentences.
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

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
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> list;
        for (const Refusal &refusal : refusals)
            list.append(QRegularExpression(QString::fromLatin1(refusal.pattern), QRegularExpression::CaseInsensitiveOption));
        return list;
    }();
    for (qsizetype i = 0; i < compiled.size(); ++i) {
        const Refusal &refusal = refusals[i];
        const QRegularExpressionMatch m = compiled.at(i).match(n.text);
        if (!m.hasMatch())
            continue;
        ExtractedRecipient r;
        r.bounce.recipient = m.captured(1).toLower();
        r.bounce.engine = QStringLiteral("mailinglist");
        const qsizetype lineStart = n.text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
        r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).mid(lineStart, 400).split(u"\n\n").first());
        r.hint = QLatin1String(refusal.reason);
        out.append(r);
        return true;
    }
    return false;
}

} // namespace bn

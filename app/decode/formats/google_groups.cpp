// SPDX-License-Identifier: GPL-3.0-or-later
// Google Groups refusing a post: the failed recipient is the group, whatever the language.
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

namespace bn {

bool extractGoogleGroups(const Message &message, const NotificationText &n, QList<ExtractedRecipient> &out)
{
    const QStringList failed = smtp::findAddresses(message.headers.value("X-Failed-Recipients"));
    bool any = false;
    for (const QString &group : failed) {
        if (!group.endsWith(QLatin1String("@googlegroups.com")))
            continue;
        ExtractedRecipient r;
        r.bounce.recipient = group;
        r.bounce.engine = QStringLiteral("googlegroups");
        r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).left(600));
        r.hint = QStringLiteral("rejected"); // not a member, or posting not allowed
        out.append(r);
        any = true;
    }
    return any;
}

} // namespace bn

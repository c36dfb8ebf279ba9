// SPDX-License-Identifier: GPL-3.0-or-later
#include "headline.h"

#include "reputation/catalog.h"

#include <QCoreApplication>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

QString reasonPhrase(const QString &reason)
{
    struct Phrase
    {
        const char *reason;
        const char *text;
    };
    static const Phrase phrases[] = {
        {"userunknown", QT_TRANSLATE_NOOP("bn::Headline", "the address does not exist")},
        {"hostunknown", QT_TRANSLATE_NOOP("bn::Headline", "the domain does not exist")},
        {"hasmoved", QT_TRANSLATE_NOOP("bn::Headline", "the mailbox has moved")},
        {"mailboxfull", QT_TRANSLATE_NOOP("bn::Headline", "the mailbox is full")},
        {"suspend", QT_TRANSLATE_NOOP("bn::Headline", "the mailbox is suspended")},
        {"authfailure", QT_TRANSLATE_NOOP("bn::Headline", "your domain's SPF, DKIM or DMARC check failed")},
        {"requireptr", QT_TRANSLATE_NOOP("bn::Headline", "your sending server has no valid reverse DNS name")},
        {"ratelimited", QT_TRANSLATE_NOOP("bn::Headline", "too much mail was sent too fast")},
        {"emailtoolarge", QT_TRANSLATE_NOOP("bn::Headline", "the message is too large")},
        {"spamdetected", QT_TRANSLATE_NOOP("bn::Headline", "a spam filter judged the content")},
        {"virusdetected", QT_TRANSLATE_NOOP("bn::Headline", "a virus filter judged the content")},
        {"filtered", QT_TRANSLATE_NOOP("bn::Headline", "the recipient's filter refused it")},
        {"policyviolation", QT_TRANSLATE_NOOP("bn::Headline", "it broke the receiving side's policy")},
        {"blocked", QT_TRANSLATE_NOOP("bn::Headline", "the receiving server blocks your sending server")},
        {"badreputation", QT_TRANSLATE_NOOP("bn::Headline", "your sending server's reputation is poor")},
        {"rejected", QT_TRANSLATE_NOOP("bn::Headline", "the sender address was refused")},
        {"norelaying", QT_TRANSLATE_NOOP("bn::Headline", "the server does not relay this mail")},
        {"expired", QT_TRANSLATE_NOOP("bn::Headline", "it could not be delivered in time")},
        {"networkerror", QT_TRANSLATE_NOOP("bn::Headline", "of a network or DNS problem")},
        {"securityerror", QT_TRANSLATE_NOOP("bn::Headline", "of a security setting")},
        {"systemerror", QT_TRANSLATE_NOOP("bn::Headline", "of an error on the receiving system")},
        {"notaccept", QT_TRANSLATE_NOOP("bn::Headline", "the receiving side does not accept mail")},
        {"contenterror", QT_TRANSLATE_NOOP("bn::Headline", "of the message's format")},
        {"vacation", QT_TRANSLATE_NOOP("bn::Headline", "the recipient is away (automatic reply)")},
    };
    for (const Phrase &p : phrases)
        if (reason == QLatin1String(p.reason))
            return QCoreApplication::translate("bn::Headline", p.text);
    return tr("of a problem the report does not name clearly");
}

} // namespace

QString bounceHeadline(const Bounce &b)
{
    const QString rcpt = b.recipient.isEmpty() ? tr("the recipient") : b.recipient;
    const OperatorInfo *op = b.operatorId.isEmpty() ? nullptr : Catalog::builtin().operatorById(b.operatorId);
    const ListInfo *list = op ? Catalog::builtin().list(b.operatorId, b.list) : nullptr;
    if (b.recipientSide) {
        return tr("Your message to %1 was refused by the recipient's own settings (%2), not because your server is listed.")
            .arg(rcpt, op ? op->name : tr("their filter"));
    }
    if (op && list) {
        const QString server = b.listedIp.isEmpty() ? tr("your sending server") : tr("the sending server %1").arg(b.listedIp);
        if (list->temporary)
            return tr("Your message to %1 was refused because %2 is on %3's %4 — a temporary list.")
                .arg(rcpt, server, op->name, list->name);
        return tr("Your message to %1 was refused because %2 is on %3's %4.").arg(rcpt, server, op->name, list->name);
    }
    if (b.temporary)
        return tr("Your message to %1 is delayed because %2; the server will keep trying.").arg(rcpt, reasonPhrase(b.reason));
    return tr("Your message to %1 was refused because %2.").arg(rcpt, reasonPhrase(b.reason));
}

QString causeLabel(const Bounce &b)
{
    if (!b.operatorId.isEmpty())
        return b.list.isEmpty() ? b.operatorId : b.operatorId + QLatin1String(" / ") + b.list;
    return reasonPhrase(b.reason);
}

} // namespace bn

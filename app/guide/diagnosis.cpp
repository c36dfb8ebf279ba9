// SPDX-License-Identifier: GPL-3.0-or-later
// Who must act first, why, and the steps: one route per operator policy, one per reason.
#include "guide/diagnosis.h"

#include "guide/templates.h"
#include "reputation/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

QString fillUrl(QString url, const Bounce &b)
{
    if ((url.contains(QLatin1String("{ip}")) && b.listedIp.isEmpty())
        || (url.contains(QLatin1String("{domain}")) && b.listedDomain.isEmpty()))
        return {};
    return url.replace(QLatin1String("{ip}"), b.listedIp).replace(QLatin1String("{domain}"), b.listedDomain);
}

//! Builds a diagnosis step by step.
class Route
{
public:
    explicit Route(Diagnosis &d)
        : m_d(d)
    {
    }
    void party(Party p, const QString &why)
    {
        m_d.party = p;
        m_d.why = why;
    }
    void step(const char *id, const QString &text, const QString &url = QString(), const QString &templateId = QString())
    {
        m_d.steps.append({QLatin1String(id), text, url, templateId});
    }

private:
    Diagnosis &m_d;
};

bool ownsIpSpace(SendingVia via)
{
    return via == SendingVia::OwnServer;
}

void firstStepSeeEvidence(Route &r, const Bounce &b)
{
    if (!b.diagnostic.isEmpty())
        r.step("read", tr("Keep the refusal text at hand; every message below quotes it: \"%1\"").arg(quotableRefusal(b.diagnostic, 300)));
}

//! The route decided by what made the list list the address (the catalog's "cause"): the first
//! party is the one who can remove that cause. Returns false where the removal policy decides.
bool causeRoute(Route &r, const Bounce &b, const OperatorInfo &op, const ListInfo &list, const QString &subject,
                const QString &listName, const QString &lookup, const QString &removal, SendingVia via)
{
    const QString expiry = !list.typicalExpiry.isEmpty() ? translatedCatalogText(list.typicalExpiry) : tr("after a while");
    switch (list.cause) {
    case ListingCause::Unspecified:
        return false;
    case ListingCause::ReputationService:
        // Your own addresses: the operator's form is yours to file (the removal policy's route).
        // A temporary list is waited out first (the removal policy's route, then the provider).
        if (ownsIpSpace(via) || b.temporary || list.temporary)
            return false;
        r.party(Party::Isp, tr("%1, a commercial reputation service, judged %2 (%3). The address belongs to your provider: "
                               "only the provider can find what harmed its reputation and ask for the removal. A request you "
                               "file yourself for the provider's address is not taken up.")
                                .arg(op.name, subject, listName));
        r.step("isp", tr("Send the message below to your provider's support desk; it quotes the refusal and asks them to "
                         "request the removal."),
               QString(), QStringLiteral("isp"));
        break;
    case ListingCause::AbuseFromIp:
        if (ownsIpSpace(via)) {
            r.party(Party::SenderAdmin, tr("%1 lists %2 (%3) because abuse was recorded from that address: spam trap hits, "
                                           "an infected computer or a hacked mailbox. The entry expires by itself, but only once "
                                           "the abuse stops: waiting without finding the source gets the address listed again. "
                                           "Your own administrator must find and stop it first.")
                                            .arg(op.name, subject, listName));
            r.step("find-source", tr("Find the source: hacked mailboxes or passwords, infected computers behind the same "
                                     "address, web forms that send mail, unusual volume in the mail log."),
                   QString(), QStringLiteral("sender_admin"));
            r.step("expire", tr("Once the source is stopped, the entry expires by itself (%1); where the list offers a "
                                "removal request, you may file it then.")
                                 .arg(expiry),
                   removal, removal.isEmpty() ? QString() : QStringLiteral("list_operator"));
        } else {
            r.party(Party::Isp, tr("%1 lists %2 (%3) because abuse was recorded from that address, which belongs to your "
                                   "provider. The entry expires by itself only once the abuse stops, and only the provider "
                                   "can find its source on its servers.")
                                    .arg(op.name, subject, listName));
            r.step("isp", tr("Send the message below to your provider's support or abuse desk."), QString(), QStringLiteral("isp"));
        }
        break;
    case ListingCause::Allocation:
        r.party(Party::Isp, tr("%1 lists %2 (%3) for the address range it belongs to (a dynamic range, a missing reverse DNS "
                               "name, or a range with too much abuse), not for mail you sent. Only the owner of the IP "
                               "address controls the range and its reverse DNS: your ISP, hosting provider or data centre.")
                                .arg(op.name, subject, listName));
        r.step("isp", tr("Send the message below to the owner of the address (your ISP, hosting provider or data centre)."),
               QString(), QStringLiteral("isp"));
        if (op.id == QLatin1String("trendmicro") && list.id == QLatin1String("ERS-DUL"))
            r.step("dul", tr("Ask them for a static reverse DNS name and a WHOIS entry that says the address is static."));
        r.step("relay", tr("Meanwhile, send through your provider's mail server (the submission port 587 with a password): "
                           "its address is not in such a range."));
        break;
    case ListingCause::ListedDomain:
        r.party(Party::ListOperator, tr("%1 lists %2 (%3). Such a list judges a domain, not the server that sent the message: "
                                        "changing provider or server does not help. Clean up what made the domain listed, then "
                                        "ask %1 for the removal.")
                                         .arg(op.name, subject, listName));
        r.step("clean", tr("Find and remove the cause first: a hacked website or mailbox of the domain, or links in your "
                           "messages to a listed site. If the listed domain is not yours but a site your message links to, "
                           "remove the link and send again."));
        r.step("form", tr("Then ask for the removal on the list's page; the answers are prepared below."), removal,
               QStringLiteral("list_operator"));
        break;
    case ListingCause::SendingPractice:
        r.party(Party::SenderAdmin,
                b.listedDomain.isEmpty()
                    ? tr("%1 judged the reputation of your sending domain: it is not a listing of an IP address, there is "
                         "no list to be removed from, and your provider cannot change it. Your own sending practice and "
                         "authentication decide it.")
                          .arg(op.name)
                    : tr("%1 judged the reputation of your domain (%2): it is not a listing of an IP address, "
                         "there is no list to be removed from, and your provider cannot change it. Your own "
                         "sending practice and authentication decide it.")
                          .arg(op.name, subject));
        r.step("auth", tr("Ask your administrator to check that SPF, DKIM and DMARC pass and align for your domain."), QString(),
               QStringLiteral("sender_admin"));
        r.step("practice", tr("Send only to people who asked for your mail, remove addresses that bounce, make unsubscribing "
                              "easy and lower the volume for a while: the reputation recovers as complaints fall."));
        // No list to look up: the provider's own page for senders, where the list has one.
        if (!list.lookupUrl.isEmpty())
            r.step("watch", tr("Watch how %1 rates your domain on its page for senders.").arg(op.name), list.lookupUrl);
        return true;
    }
    if (!lookup.isEmpty())
        r.step("lookup", tr("Check later whether %1 is still listed.").arg(subject), lookup);
    if (list.paidRemovalOffered)
        r.step("no-pay", tr("Do not pay for an \"express\" removal: it is never required."));
    return true;
}

void listingRoute(Route &r, const Bounce &b, const OperatorInfo &op, const ListInfo *list, SendingVia via)
{
    const QString listName = list ? list->name : op.name;
    // What the list judged: the IP or domain the refusal names; else, for a list of domains only
    // (URIBL, SURBL, Spamhaus DBL), a domain the message names; else the sending server's IP.
    const bool domainsOnly = list && !list->zones.isEmpty()
        && std::all_of(list->zones.cbegin(), list->zones.cend(), [](const DnsZone &z) { return z.kind == DnsZone::Kind::Domain; });
    const bool judgesDomain = domainsOnly || (list && list->judgesDomain);
    const QString ip = !b.listedIp.isEmpty() && !judgesDomain ? b.listedIp
        : !b.listedDomain.isEmpty()           ? b.listedDomain
        : judgesDomain ? tr("a domain your message names (in a link, or your own domain)")
                                              : tr("your sending server's IP address");
    const QString lookup = fillUrl(list && !list->lookupUrl.isEmpty() ? list->lookupUrl : op.lookupUrl, b);
    const QString removal = fillUrl(list && !list->removalUrl.isEmpty() ? list->removalUrl : op.removalUrl, b);
    const RemovalBy who = list ? list->removalBy : op.removalBy;
    const bool temporary = b.temporary || (list && list->temporary);

    // Escalation when waiting does not help: the IP owner acts, or you do on your own server.
    auto escalate = [&](const char *idPrefix) {
        Q_UNUSED(idPrefix);
        if (ownsIpSpace(via) || who == RemovalBy::Anyone || who == RemovalBy::NdrHolder) {
            r.step("escalate-form", tr("If it still fails, ask %1 to remove %2 with its removal form, using the answers prepared below.")
                                        .arg(op.name, ip),
                   removal, QStringLiteral("list_operator"));
        } else {
            r.step("escalate-isp", tr("If it still fails, ask your ISP or hosting provider, who owns %1, to request the removal: %2 "
                                      "only acts for the owner of the IP space. The message below is ready to send.")
                                       .arg(ip, op.name),
                   QString(), QStringLiteral("isp"));
        }
    };

    if (list && causeRoute(r, b, op, *list, ip, listName, lookup, removal, via))
        return;

    if (temporary) {
        const QString expiry = list && !list->typicalExpiry.isEmpty() ? translatedCatalogText(list->typicalExpiry) : tr("a few hours");
        // A final refusal from a temporary list (Trend Micro's 554 ERS-QIL): nothing retries it.
        r.party(Party::Wait, b.temporary ? tr("%1 listed %2 on %3, a temporary list: entries expire by themselves (%4). Your "
                                              "server keeps retrying, so the message may still arrive.")
                                                 .arg(op.name, ip, listName, expiry)
                                         : tr("%1 listed %2 on %3, a temporary list: entries expire by themselves (%4). This "
                                              "refusal was final, so send the message again once the entry has expired.")
                                                 .arg(op.name, ip, listName, expiry));
        r.step("wait", tr("Wait and let your server retry; if the message was returned, send it again after a few hours."));
        if (!lookup.isEmpty())
            r.step("check", tr("Check the current status of %1 on the operator's lookup page.").arg(ip), lookup);
        escalate("temporary");
        return;
    }

    switch (who) {
    case RemovalBy::Anyone:
    case RemovalBy::NdrHolder:
        r.party(Party::ListOperator, tr("%1 blocked %2 (%3). Anyone holding this bounce may ask for the removal, "
                                        "so you can do it yourself now.")
                                         .arg(op.name, ip, listName));
        r.step("form", tr("Open the removal page and ask for %1 to be removed; the answers are prepared below.").arg(ip),
               removal, QStringLiteral("list_operator"));
        if (!op.removalEmail.isEmpty() && list && list->id == QLatin1String("EOP-5.7.511"))
            r.step("email", tr("Forward the whole bounce to %1 and ask for the removal.").arg(op.removalEmail),
                   QStringLiteral("mailto:") + op.removalEmail, QStringLiteral("list_operator"));
        r.step("isp-info", tr("Tell your provider too, so that they find out why the IP was listed."), QString(), QStringLiteral("isp"));
        break;
    case RemovalBy::IpAdmin:
        if (ownsIpSpace(via)) {
            r.party(Party::ListOperator, tr("%1 lists %2 (%3). Listings like this are removed by the IP's administrator "
                                            "through the operator's self-service page, after fixing the cause.")
                                             .arg(op.name, ip, listName));
            r.step("fix", tr("Find and fix the cause first (an infected computer, a hacked mailbox, a missing reverse DNS name)."));
            r.step("form", tr("Then request the removal on the operator's page."), removal, QStringLiteral("list_operator"));
        } else {
            r.party(Party::Isp, tr("%1 lists %2 (%3). The IP belongs to your provider, so its administrators must remove it.")
                                    .arg(op.name, ip, listName));
            r.step("isp", tr("Send the message below to your provider's support or abuse desk."), QString(), QStringLiteral("isp"));
        }
        if (list && list->id == QLatin1String("PBL"))
            r.step("pbl", tr("The PBL lists addresses that should not send mail directly: send through your provider's "
                             "submission server (port 587 with a password) instead of delivering directly."));
        break;
    case RemovalBy::RecipientAdmin:
        r.party(Party::RecipientAdmin, tr("The refusal comes from the recipient's own settings (%1), not from a listing of your "
                                          "server. Only their administrator can allow your mail.")
                                           .arg(op.name));
        r.step("recipient-admin", tr("Ask the recipient, by phone or another address, to forward the message below to their mail administrator."),
               QString(), QStringLiteral("recipient_admin"));
        break;
    case RemovalBy::NoRemoval:
        if (ownsIpSpace(via)) {
            r.party(Party::SenderAdmin, tr("%1 has no removal process for this (%2): the block lifts when the cause stops. "
                                           "Your own administrator must find and fix it.")
                                            .arg(op.name, listName));
            r.step("fix", tr("Check the server for compromised accounts, unusual volume, and SPF, DKIM and DMARC."), QString(),
                   QStringLiteral("sender_admin"));
        } else {
            r.party(Party::Isp, tr("%1 has no removal process for this (%2): the block lifts when the cause stops. Your "
                                   "provider runs the sending server and must fix it.")
                                    .arg(op.name, listName));
            r.step("isp", tr("Send the message below to your provider."), QString(), QStringLiteral("isp"));
        }
        if (list && list->paidRemovalOffered)
            r.step("no-pay", tr("Do not pay for an \"express\" removal: the listing expires by itself."));
        break;
    case RemovalBy::IpOwner:
    case RemovalBy::Unknown:
        if (ownsIpSpace(via)) {
            r.party(Party::ListOperator, tr("%1 lists %2 (%3). It removes addresses only at the request of the owner of the IP "
                                            "space; as you run the server on your own addresses, you can ask.")
                                             .arg(op.name, ip, listName));
            r.step("fix", tr("Find and fix the cause first; the operator will ask why the IP sent spam and how it was fixed."));
            r.step("form", tr("Request the removal from an address of your domain such as postmaster@ or abuse@, with the answers below."),
                   removal, QStringLiteral("list_operator"));
        } else {
            r.party(Party::Isp, tr("%1 lists %2 (%3). It removes addresses only at the request of the owner of the IP space: "
                                   "your ISP or hosting provider, not you. Ask them to request the removal.")
                                    .arg(op.name, ip, listName));
            r.step("isp", tr("Send the message below to your provider's support desk."), QString(), QStringLiteral("isp"));
            if (op.id == QLatin1String("trendmicro") && b.list == QLatin1String("ERS-DUL"))
                r.step("dul", tr("Ask them for a static reverse DNS name and a WHOIS entry that says the address is static."));
        }
        break;
    }
    if (!lookup.isEmpty())
        r.step("lookup", tr("Check later whether %1 is still listed.").arg(ip), lookup);
    if (list && list->paidRemovalOffered && who != RemovalBy::NoRemoval)
        r.step("no-pay", tr("Do not pay for an \"express\" removal: it is never required."));
}

//! The step for an address that cannot receive mail: the sender checks it with the recipient.
void askForTheCurrentAddress(Route &r)
{
    r.step("check-address", tr("Check the address for typing mistakes, or ask the recipient for their current address "
                               "by phone or another channel."), QString(), QStringLiteral("recipient"));
}

//! Japanese mobile carriers' mail domains: their servers answer "unknown user" both for an
//! address that does not exist and for the recipient's own reception filter, which the
//! recipient sets on the phone (docomo, au, SoftBank, Y!mobile, Rakuten Mobile).
bool isCarrierAddress(const QString &recipient)
{
    static const char *const domains[] = {"docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
                                          "disney.ne.jp", "ymobile.ne.jp", "yahoo.ne.jp", "emobile.ne.jp", "pdx.ne.jp",
                                          "willcom.com", "wcm.ne.jp", "rakumail.jp", "vodafone.ne.jp", "uqmobile.jp"};
    const QString domain = recipient.section(QLatin1Char('@'), -1).toLower();
    for (const char *d : domains) {
        const QLatin1String carrier(d);
        if (domain == carrier || domain.endsWith(QLatin1Char('.') + carrier))
            return true;
    }
    return false;
}

//! An address whose local part breaks RFC 5322's dot-atom (two dots in a row, or a dot at its
//! start or just before "@"), as some carriers once allowed: real, but refused by some senders.
bool breaksAddressSyntax(const QString &recipient)
{
    const qsizetype at = recipient.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return false;
    const QString local = recipient.left(at);
    if (local.startsWith(QLatin1Char('"')))
        return false; // a quoted local part may hold any dots
    return local.contains(QLatin1String("..")) || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'));
}

void reasonRoute(Route &r, const Bounce &b, SendingVia via)
{
    const QString &reason = b.reason;
    const QString rcpt = b.recipient.isEmpty() ? tr("the recipient") : b.recipient;
    auto is = [&reason](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (reason == QLatin1String(n))
                return true;
        return false;
    };
    if (b.temporary && !is({"mailboxfull", "userunknown", "hostunknown"})) {
        r.party(Party::Wait, tr("This is a temporary refusal: your server keeps trying, usually for several days, "
                                "and the message may still arrive."));
        r.step("wait", tr("Wait a few hours. If a final failure notice arrives later, open it here."));
        r.step("escalate", tr("If it keeps failing for more than a day, show this to your own administrator."), QString(),
               QStringLiteral("sender_admin"));
        return;
    }
    if (breaksAddressSyntax(b.recipient)) {
        r.step("address-syntax", tr("The address %1 does not follow the standard address syntax (two dots in a row, or a dot "
                                    "at the start or just before @). Some carriers once allowed such addresses, and they are "
                                    "real, but many mail servers and services refuse to send to them.")
                                     .arg(b.recipient));
        if (is({"syntaxerror", "notcompliantrfc", "rejected", "userunknown", "norelaying", "mailererror"})) {
            r.party(Party::Recipient, tr("The address %1 breaks the standard address syntax, and the server refused to send to "
                                         "it. Only the recipient can give you another address or change theirs.")
                                          .arg(b.recipient));
            r.step("other-address", tr("Ask the recipient, by phone or another channel, for an address without consecutive "
                                       "dots or a dot before @ (carriers let them change it in the phone's mail settings)."),
                   QString(), QStringLiteral("recipient"));
            return;
        }
    }
    if (isCarrierAddress(b.recipient) && is({"userunknown", "filtered", "rejected", "blocked"})) {
        r.party(Party::Recipient, tr("%1 is a mobile carrier's address. The carrier answers \"unknown user\" both when the "
                                     "address does not exist and when the recipient's own reception filter, set on the phone, "
                                     "refuses your mail. Only the recipient can tell which, and allow your address.")
                                      .arg(rcpt));
        r.step("carrier-filter", tr("Ask the recipient, by phone or in person, to allow your address or domain in the carrier's "
                                    "reception settings (the spam filter or the list of allowed senders), or for their current "
                                    "address."),
               QString(), QStringLiteral("recipient"));
        return;
    }
    if (is({"userunknown", "hostunknown", "hasmoved"})) {
        r.party(Party::Recipient, tr("The address %1 does not exist (any more) at the receiving side. Nothing is wrong with "
                                     "your server.").arg(rcpt));
        askForTheCurrentAddress(r);
    } else if (is({"mailboxfull", "suspend"})) {
        r.party(Party::Recipient, tr("The mailbox of %1 is full or suspended. Only the recipient can fix it.").arg(rcpt));
        r.step("other-channel", tr("Reach the recipient another way and let them know; send again once they have made room."),
               QString(), QStringLiteral("recipient"));
    } else if (is({"authfailure"})) {
        r.party(Party::SenderAdmin, tr("The recipient's server could not verify that your domain sent this message (SPF, "
                                       "DKIM or DMARC). Your DNS administrator must fix the records."));
        r.step("dns", tr("Ask your administrator to check the SPF record lists every server that sends for your domain, "
                         "that DKIM signing is on, and that the DMARC policy matches."), QString(), QStringLiteral("sender_admin"));
    } else if (is({"requireptr"})) {
        r.party(Party::Isp, tr("Your sending server's IP address has no valid reverse DNS (PTR) name. The owner of the IP "
                               "address sets it: usually your ISP or hosting provider."));
        r.step("ptr", tr("Ask your provider to set a reverse DNS name for the IP that resolves back to the same address."),
               QString(), QStringLiteral("isp"));
    } else if (is({"notaccept"})) { // final: a temporary refusal was answered above
        r.party(Party::Recipient, tr("The domain of %1 does not accept e-mail at all (it names no mail server, or refuses "
                                     "every message). Waiting does not help.").arg(rcpt));
        askForTheCurrentAddress(r);
    } else if (is({"ratelimited", "expired", "networkerror", "systemfull"})) {
        // Final: the sending server gave up after its retries. ("onhold", a final refusal whose
        // words say nothing recognisable, is the administrator's to read, below.)
        r.party(Party::Wait, tr("Your server stopped trying: the receiving side stayed unreachable, busy or limiting the "
                                "rate. Such trouble usually passes."));
        r.step("resend", tr("Send the message again later."));
        r.step("escalate", tr("If it keeps failing, show this to your own administrator."), QString(), QStringLiteral("sender_admin"));
    } else if (is({"emailtoolarge"})) {
        r.party(Party::Recipient, tr("The message was larger than the receiving server accepts."));
        r.step("smaller", tr("Send the files as a download link, or in several smaller messages."), QString(), QStringLiteral("recipient"));
    } else if (is({"spamdetected", "filtered", "policyviolation", "virusdetected", "contenterror", "blocked", "badreputation"})) {
        const Party p = via == SendingVia::OwnServer || is({"spamdetected", "filtered", "policyviolation", "virusdetected", "contenterror"})
            ? Party::RecipientAdmin
            : Party::Isp;
        r.party(p, p == Party::RecipientAdmin
                       ? tr("The recipient's server refused the message by its own filter or policy. Their administrator can "
                            "allow your address.")
                       : tr("The recipient's server refused your sending server. Your provider runs that server and can "
                            "find out why."));
        r.step(p == Party::RecipientAdmin ? "recipient-admin" : "isp",
               p == Party::RecipientAdmin ? tr("Ask the recipient to pass the message below to their administrator.")
                                          : tr("Send the message below to your provider."),
               QString(), p == Party::RecipientAdmin ? QStringLiteral("recipient_admin") : QStringLiteral("isp"));
    } else if (is({"norelaying", "securityerror", "failedstarttls", "rejected", "syntaxerror", "notcompliantrfc", "mailererror",
                   "systemerror"})) {
        r.party(Party::SenderAdmin, tr("The refusal points at how the message was sent (server settings, sender address, "
                                       "encryption or format). Your own administrator can fix it."));
        r.step("admin", tr("Send the note below to your administrator."), QString(), QStringLiteral("sender_admin"));
    } else if (is({"vacation"})) {
        r.party(Party::Wait, tr("This is an automatic out-of-office reply: your message was delivered."));
        r.step("nothing", tr("Nothing to do; the recipient will read it on their return."));
    } else if (is({"delivered"})) {
        r.party(Party::Wait, tr("This report says the message was delivered."));
        r.step("nothing", tr("Nothing to do."));
    } else if (is({"feedback"})) {
        // What the report is about: its Feedback-Type (RFC 5965, RFC 6591), or an unsubscribe
        // message from the recipient's mail client.
        const QString kind = b.diagnostic.toLower();
        if (kind.startsWith(QLatin1String("auth-failure"))) {
            r.party(Party::SenderAdmin, tr("A receiving server reports that your message failed authentication "
                                           "(SPF, DKIM or DMARC) for your domain."));
            r.step("admin", tr("Send the note below to your administrator: the domain's SPF, DKIM and DMARC settings "
                               "need checking."),
                   QString(), QStringLiteral("sender_admin"));
        } else if (kind.startsWith(QLatin1String("opt-out")) || kind.contains(QLatin1String("unsubscribe"))) {
            r.party(Party::SenderAdmin, tr("The recipient asked to be taken off your mailing list."));
            r.step("unsubscribe", tr("Remove the address from the list, or ask whoever runs the mailing to remove it."));
        } else {
            r.party(Party::SenderAdmin, tr("A recipient reported your message as unwanted to their mailbox provider."));
            r.step("admin", tr("Stop mailing the address that complained and let your administrator review the mailing."),
                   QString(), QStringLiteral("sender_admin"));
        }
    } else {
        r.party(Party::SenderAdmin, tr("The refusal does not say enough to tell who must act. Your administrator can read "
                                       "the details."));
        r.step("admin", tr("Send the note below to your administrator."), QString(), QStringLiteral("sender_admin"));
    }
}

} // namespace

QString partyId(Party party)
{
    switch (party) {
    case Party::Isp: return QStringLiteral("isp");
    case Party::ListOperator: return QStringLiteral("list_operator");
    case Party::RecipientAdmin: return QStringLiteral("recipient_admin");
    case Party::SenderAdmin: return QStringLiteral("sender_admin");
    case Party::Recipient: return QStringLiteral("recipient");
    case Party::Wait: return QStringLiteral("wait");
    }
    return {};
}

QString partyName(Party party)
{
    switch (party) {
    case Party::Isp: return tr("Your ISP or hosting provider");
    case Party::ListOperator: return tr("The blocklist operator");
    case Party::RecipientAdmin: return tr("The recipient's mail administrator");
    case Party::SenderAdmin: return tr("Your own administrator");
    case Party::Recipient: return tr("The recipient");
    case Party::Wait: return tr("Nobody yet: wait");
    }
    return {};
}

Diagnosis diagnose(const Bounce &bounce, const Message *message, const Evidence *evidence, SendingVia answer,
                   const QString &language)
{
    Diagnosis d;
    d.guessedSendingVia = guessSendingVia(bounce, message, evidence, &d.guessBasis);
    d.sendingVia = answer == SendingVia::Unknown ? d.guessedSendingVia : answer;
    d.sendingViaAnswered = answer != SendingVia::Unknown;
    const SendingVia via = d.sendingVia == SendingVia::Cloud ? SendingVia::Provider : d.sendingVia;
    Route r(d);
    firstStepSeeEvidence(r, bounce);

    const Catalog &catalog = Catalog::builtin();
    const OperatorInfo *op = bounce.operatorId.isEmpty() ? nullptr : catalog.operatorById(bounce.operatorId);
    if (bounce.recipientSide) {
        const bool dead = op && op->dead;
        r.party(Party::RecipientAdmin,
                dead ? tr("The recipient's server still uses %1, a list that was shut down. It is not a listing of your server: "
                          "the recipient's administrator must remove it from their configuration.")
                           .arg(op->name)
                : op && op->id == QLatin1String("spamhaus")
                    ? tr("The recipient's server asks Spamhaus through a public or open DNS resolver, which Spamhaus refuses. "
                         "Your server is not listed: the recipient's administrator must fix their configuration.")
                    : tr("The refusal comes from the recipient's own settings, not from a listing of your server. Their "
                         "administrator can allow your mail."));
        r.step("recipient-admin", tr("Ask the recipient, by phone or another address, to forward the message below to their "
                                     "mail administrator."),
               QString(), QStringLiteral("recipient_admin"));
    } else if (op && (!bounce.list.isEmpty() || bounce.reason == QLatin1String("blocked")
                      || bounce.reason == QLatin1String("badreputation"))) {
        // A listing, or a provider refusing the sending server: its operator's policy decides.
        // (A provider named for another refusal, an unknown user at AOL, is routed by the reason.)
        listingRoute(r, bounce, *op, catalog.list(bounce.operatorId, bounce.list), via);
    } else {
        reasonRoute(r, bounce, via);
    }

    // The templates every step refers to, filled from the evidence.
    QStringList ids;
    for (const GuideStep &s : std::as_const(d.steps))
        if (!s.templateId.isEmpty() && !ids.contains(s.templateId))
            ids.append(s.templateId);
    for (const QString &id : std::as_const(ids))
        d.templates.append(renderTemplate(id, language, bounce, evidence));
    return d;
}

} // namespace bn

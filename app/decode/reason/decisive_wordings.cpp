// SPDX-License-Identifier: GPL-3.0-or-later
// Wordings that decide the reason on their own, whatever the status code or the SMTP command
// say: an MTA family's fixed error text (Exchange 2003, Domino/Notes, IMail, Gmail, Exchange
// Online) or a provider's documented error codes, read only from that provider's servers.
// Adding one = adding a row.
#include "decode/reason/reason_phrases.h"

#include "common/phrase_set.h"

#include <QRegularExpression>

#include <string_view>

namespace bn::reasons {

namespace {

struct Wording
{
    //! Remote MTA or recipient domain suffixes this row is read for; empty = any server.
    std::initializer_list<const char *> hosts;
    const char *phrase; //!< lower case
    const char *reason;
    const char *command = nullptr; //!< the SMTP command it must answer, when it matters
    //! A summary that decides only when no server's reply is quoted with it: the reply says more.
    bool unlessReplyQuoted = false;
};

const Wording wordings[] = {
    // MTA families
    {{}, "the recipient name is not recognized", "userunknown"},       // Exchange 2003
    {{}, "(000c05a6)", "userunknown"},                                 // Exchange 2003: unknown recipient
    {{}, "(000c0595)", "filtered"},                                    // Exchange 2003: ambiguous recipient
    {{}, "not listed in domino directory", "userunknown"},             // Domino
    {{}, "not listed in public name & address book", "userunknown"},   // Notes
    {{}, "non r\u00e9pertori\u00e9 dans l'annuaire domino", "userunknown"}, // Domino, French
    {{}, "no se encuentra en el directorio de domino", "userunknown"},  // Domino, Spanish
    {{}, "domino \u30c7\u30a3\u30ec\u30af\u30c8\u30ea\u306b\u306f\u898b\u3064\u304b\u308a\u307e\u305b\u3093", "userunknown"}, // Domino, Japanese
    {{}, "domino \u30c7\u30a3\u30ec\u30af\u30c8\u30ea \u306b\u306f\u898b\u3064\u304b\u308a\u307e\u305b\u3093", "userunknown"}, // the same, folded in a header
    {{}, "\u30c7\u30a3\u30ec\u30af\u30c8\u30ea\u306e\u30ea\u30b9\u30c8\u306b\u3042\u308a\u307e\u305b\u3093", "userunknown"}, // Notes, Japanese
    {{}, "several matches found in domino directory", "systemerror"},   // Domino: ambiguous name
    {{}, "invalid final delivery userid", "userunknown"},              // IMail
    // Gmail's "Address not found", unless the remote server's reply follows ("The response from
    // the remote server was: 501 5.1.8 Sender address rejected")
    {{}, "because the address couldn't be found", "userunknown", nullptr, true},
    {{}, "address wasn\u2019t found at the destination domain", "userunknown"}, // Exchange Online
    {{}, "address wasn't found at the destination domain", "userunknown"},
    {{}, "recipient not found by smtp address lookup", "userunknown"}, // Exchange Online 5.1.10
    {{}, "dd this user doesn't have a ", "userunknown"},               // Yahoo: senders.yahooinc.com/smtp-error-codes/
    // Exchange Online's code names the cause whatever follows it ("Recipient user@… not found by …");
    // learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/
    // non-delivery-reports-in-exchange-online (the NDR code list) and …/fix-error-code-5-1-10-in-exchange-online
    {{}, "resolver.adr.recipientnotfound", "userunknown"},
    {{}, "resolver.adr.exrecipnotfound", "userunknown"},               // Exchange: an Exchange (X.500) address
    // Exchange and Outlook's "The email address you entered couldn't be found", in the languages
    // of their NDRs; Microsoft 365's Japanese notice ("無効な受信者": invalid recipient). Source: the
    // same NDR pages, in each language (learn.microsoft.com/de-de/…, sv-se, ru-ru, es-es, ja-jp)
    {{}, "die eingegebene e-mail-adresse wurde nicht gefunden", "userunknown"},
    {{}, "det gick inte att hitta den e-postadress du angav", "userunknown"},
    {{}, "не удалось найти указанный адрес электронной почты", "userunknown"},
    {{}, "no se pudo encontrar la dirección de correo electrónico", "userunknown"},
    {{}, "入力した電子メール アドレスが見つかりませんでした", "userunknown"},
    {{}, "無効な受信者", "userunknown"},
    // Gmail's Japanese headings, as their English twins ("Address not found", "Out of storage
    // space"), unless the server's own reply follows; support.google.com/a/answer/3726730?hl=ja
    {{}, "アドレスが見つかりませんでした", "userunknown", nullptr, true},
    {{}, "メールアドレスが見つからなかった", "userunknown", nullptr, true},
    {{}, "空き容量不足", "mailboxfull", nullptr, true},
    {{}, "受信トレイに空き容量がない", "mailboxfull", nullptr, true},
    // Plain "no such user" in other languages, after any command: German, Swedish, Russian,
    // Spanish, Japanese servers
    {{}, "benutzer unbekannt", "userunknown"},
    {{}, "benutzer nicht bekannt", "userunknown"},                    // WEB.DE: "550 Benutzer nicht bekannt/User unknown"
    {{}, "empfänger unbekannt", "userunknown"},
    {{}, "unbekannter empfänger", "userunknown"},
    {{}, "postfach nicht vorhanden", "userunknown"},
    {{}, "postfach existiert nicht", "userunknown"},
    {{}, "användaren finns inte", "userunknown"},
    {{}, "okänd mottagare", "userunknown"},
    {{}, "mottagaren finns inte", "userunknown"},
    {{}, "нет такого пользователя", "userunknown"},
    {{}, "пользователь не найден", "userunknown"},
    {{}, "почтовый ящик не существует", "userunknown"},
    {{}, "el usuario no existe", "userunknown"},
    {{}, "usuario desconocido", "userunknown"},
    {{}, "destinatario desconocido", "userunknown"},
    {{}, "el buzón no existe", "userunknown"},
    {{}, "宛先不明", "userunknown"},
    {{}, "該当するユーザーがいません", "userunknown"},
    {{}, "refused due to recipient preferences", "filtered"},
    {{}, "5.4.1 recipient address rejected: access denied", "userunknown"}, // Exchange Online: no such recipient
    {{}, "please check if address is correct", "userunknown"},         // Trend Micro InterScan
    {{}, "(and other recipients in the same domain)", "userunknown"},
    {{}, "mail.local: unknown user", "userunknown"},                   // Sendmail's local delivery agent
    {{}, "blocked by our spam firewall", "spamdetected"},              // Barracuda: its spam score, not a list
    {{}, "blocked by our spam & virus firewall", "spamdetected"},
    {{}, "blacklisted url in message", "spamdetected"},                // a URL in the content, not the sender
    {{}, "no valid recipients for this mm", "userunknown"},            // Verizon's MMS gateway
    {{}, "but my name was rejected", "blocked"},                       // qmail: HELO refused
    {{}, "unable to contact ldap server", "systemerror"},              // qmail-ldap
    {{}, "couldn't find a mail exchanger or ip address", "notaccept"},  // qmail: no MX, no A
    // KDDI (au, ezweb): "550 : User unknown" is the recipient's domain filter, "550 <addr>: User unknown" a missing user
    {{"ezweb.ne.jp", "au.com", "kddi.com"}, "550 : user unknown", "filtered"},
    {{"ezweb.ne.jp", "au.com", "kddi.com"}, ">: user unknown", "userunknown"},
    // KDDI (au) answers a malformed address ("taro..yamada@", a dot before "@") with "Relay access
    // denied": the address, as written, has no mailbox there (issue 19, carrier semantics)
    {{"ezweb.ne.jp", "au.com", "kddi.com"}, "relay access denied", "userunknown"},
    // NTT docomo answers "550 Unknown user" after DATA when the recipient's own reception filter
    // (set on the phone) refuses the sender: the recipient's filter, not the sender refused
    // (libsisimai.org/ja/docs/distinguish-between-the-unknown-and-the-filtered.html,
    // note.com/sendmagic/n/neb6bbe7e51cf: 550 Unknown user, 552 Too much mail data, 500 Line Too Long)
    {{"docomo.ne.jp"}, "unknown user", "filtered", "DATA"},
    // (Providers' numbered codes, Orange's, Cox's, Spectrum's, GoDaddy's, are in provider_codes.cpp.)
    // Outlook.com: a mailbox that does not exist
    {{"hotmail.com", "outlook.com", "live.com", "msn.com"}, "requested action not taken: mailbox unavailable", "userunknown"},
    // Yahoo: complaints about the sending IP (TSS04); at MAIL FROM the sender is refused
    {{"yahoodns.net", "yahoo.com", "aol.com"}, "[tss04]", "rejected", "MAIL"},
    // Mimecast's documented refusals
    {{"mimecast.com"}, "host network not allowed", "policyviolation"},
    {{"mimecast.com"}, "mcspamsignature", "virusdetected"},
    // Mimecast's documented refusals, the rest (community.mimecast.com DOC-1369; as Sisimai reads them)
    {{"mimecast.com"}, "anti-spoofing policy - inbound not allowed", "policyviolation"},
    {{"mimecast.com"}, "rejected by header-based anti-spoofing policy", "policyviolation"},
    {{"mimecast.com"}, "message bounced due to content examination policy", "policyviolation"},
    {{"mimecast.com"}, "local ct ip reputation - (reject)", "blocked"},
    {{"mimecast.com"}, "ip temporarily blacklisted", "blocked"},
    {{"mimecast.com"}, "spf sender invalid - envelope rejected", "authfailure"},
    {{"mimecast.com"}, "dkim sender invalid - envelope rejected", "authfailure"},
    {{"mimecast.com"}, "dmarc sender invalid - envelope rejected", "authfailure"},
    {{"mimecast.com"}, "maximum email size exceeded", "emailtoolarge"},
    {{"mimecast.com"}, "mail loop detected", "networkerror"},
    {{"mimecast.com"}, "open relay not allowed", "norelaying"},
    {{"mimecast.com"}, "account inbounds disabled", "notaccept"},
    {{"mimecast.com"}, "envelope rejected - block policy for envelope from address", "rejected"},
    {{"mimecast.com"}, "this route requires encryption (tls)", "securityerror"},
    {{"mimecast.com"}, "this route requires tls version 1.2 or greater", "securityerror"},
    {{"mimecast.com"}, "this route requires high-strength ciphers", "securityerror"},
    {{"mimecast.com"}, "account service is temporarily unavailable", "ratelimited"},
    {{"mimecast.com"}, "exceeding outbound thread limit", "ratelimited"},
    // Tencent (QQ Mail, Exmail): its refusals' fixed texts; "suspected spam ip" before "suspected spam"
    {{"qq.com", "foxmail.com"}, "dmarc check failed", "authfailure"},
    {{"qq.com", "foxmail.com"}, "spf check failed", "authfailure"},
    {{"qq.com", "foxmail.com"}, "suspected spam ip", "blocked"},
    {{"qq.com", "foxmail.com"}, "mail is rejected by recipients", "filtered"},
    {{"qq.com", "foxmail.com"}, "message too large", "emailtoolarge"},
    {{"qq.com", "foxmail.com"}, "mail content denied", "spamdetected"},
    {{"qq.com", "foxmail.com"}, "spam is embedded in the email", "spamdetected"},
    {{"qq.com", "foxmail.com"}, "suspected spam", "spamdetected"},
    {{"qq.com", "foxmail.com"}, "bad address syntax", "syntaxerror"},
    {{"qq.com", "foxmail.com"}, "frequency limited", "ratelimited"}, // connection, domain, ip, sender
    {{"qq.com", "foxmail.com"}, "connection denied", "ratelimited"},
    {{"qq.com", "foxmail.com"}, "mailbox unavailable or access denied", "ratelimited"},
    {{"qq.com", "foxmail.com"}, "mailbox not found", "userunknown"},
    // Zoho's documented refusals
    {{"zoho.com", "zohomail.com"}, "mail rejected by destination domain", "rejected"},
    {{"zoho.com", "zohomail.com"}, "email flagged as spam", "rejected"},
    // Cloudflare Email Routing
    {{"cloudflare.net"}, "upstream error", "systemerror"},
    // Exchange relaying the next server's refusal (5.1.351): after the provider rows, which read
    // the quoted reply first
    {{}, "remote server returned unknown recipient", "userunknown"},
};

//! Every row's phrase, searched at once: a row is read only when its phrase is in the text.
const PhraseSet &wordingPhrases()
{
    static const PhraseSet phrases = [] {
        std::vector<std::string> out;
        for (const Wording &w : wordings)
            out.emplace_back(w.phrase);
        return PhraseSet(out);
    }();
    return phrases;
}

} // namespace

QString decisiveReason(const QString &lowerText, const QString &remoteMta, const QString &recipient,
                       const QString &command)
{
    if (lowerText.isEmpty())
        return {};
    const QString domain = recipient.section(QLatin1Char('@'), -1).toLower();
    const QString host = remoteMta.toLower();
    if (const QString byCode = providerCodeReason(lowerText, host, domain); !byCode.isEmpty())
        return byCode;
    const QByteArray utf8 = lowerText.toUtf8();
    std::vector<bool> found;
    wordingPhrases().find(std::string_view(utf8.constData(), size_t(utf8.size())), found);
    for (size_t i = 0; i < std::size(wordings); ++i) {
        const Wording &w = wordings[i];
        if (!found[i] || (w.command && command != QLatin1String(w.command)))
            continue;
        static const QRegularExpression reply(QStringLiteral("(?:^|\\s)[45]\\d\\d[\\s-]"));
        if (w.unlessReplyQuoted && reply.match(lowerText).hasMatch())
            continue;
        if (w.hosts.size() > 0) {
            bool ok = false;
            for (const char *h : w.hosts)
                ok = ok || hostIsUnder(host, h) || hostIsUnder(domain, h);
            if (!ok)
                continue;
        }
        return QString::fromLatin1(w.reason);
    }
    return {};
}

} // namespace bn::reasons

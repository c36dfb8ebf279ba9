// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/listing/listing.h"

#include "common/lower_case.h"
#include "common/regex_literal.h"
#include "reputation/catalog.h"

#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

#include <cstring>
#include <memory>
#include <mutex>

namespace bn {

namespace {

struct CompiledList
{
    const OperatorInfo *op;
    const ListInfo *list; // null: an operator-level pattern
    QList<QRegularExpression> patterns;
    qsizetype first = 0; //!< the index of its first pattern in CompiledCatalog::prefilter
};

//! The catalog's bounce patterns, compiled once per catalog. Most refusals name no list: the
//! patterns' literals, searched at once, rule out nearly all of them without a regex.
struct CompiledCatalog
{
    QList<CompiledList> lists;
    //! Every pattern, in `lists` order: a pattern whose literal a text lacks is not run.
    RegexPrefilter prefilter;
};

const CompiledCatalog &compiled(const Catalog &catalog)
{
    static std::mutex lock;
    static const Catalog *cachedFor = nullptr;
    static CompiledCatalog compiledCatalog;
    QList<CompiledList> &cache = compiledCatalog.lists;
    std::lock_guard<std::mutex> guard(lock);
    if (cachedFor == &catalog)
        return compiledCatalog;
    cache.clear();
    auto compile = [](const QStringList &patterns) {
        QList<QRegularExpression> out;
        for (const QString &p : patterns)
            out.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption));
        return out;
    };
    QStringList all;
    // The list the text names wins: every list's naming patterns are tried before any list's
    // other words ("(S3140)" before S3150's wording, "Cloudmark Sender Intelligence" before the
    // name of the provider that runs the refusing server).
    for (const OperatorInfo &op : catalog.operators()) {
        for (const ListInfo &l : op.lists) {
            if (!l.namedBy.isEmpty()) {
                cache.append({&op, &l, compile(l.namedBy), all.size()});
                all += l.namedBy;
            }
        }
    }
    for (const OperatorInfo &op : catalog.operators()) {
        for (const ListInfo &l : op.lists) {
            if (!l.bouncePatterns.isEmpty()) {
                cache.append({&op, &l, compile(l.bouncePatterns), all.size()});
                all += l.bouncePatterns;
            }
        }
    }
    for (const OperatorInfo &op : catalog.operators()) {
        cache.append({&op, nullptr, compile(op.bouncePatterns), all.size()});
        all += op.bouncePatterns;
    }
    compiledCatalog.prefilter = RegexPrefilter(all);
    cachedFor = &catalog;
    return compiledCatalog;
}

//! Whether one of the list's patterns matches \a text; \a scan, of the same text, skips those
//! that cannot.
bool anyMatch(const CompiledList &list, const QString &text, const RegexPrefilter::Scan &scan)
{
    for (qsizetype i = 0; i < list.patterns.size(); ++i)
        if (scan.mayMatch(list.first + i)
            && list.patterns[i].match(text, 0, QRegularExpression::NormalMatch, scan.matchOptions()).hasMatch())
            return true;
    return false;
}

//! Whether one of the operators' own patterns (not their lists') matches \a text; \a scan, of
//! the same text, skips those that cannot.
bool anyOperatorMatch(const CompiledCatalog &patterns, const QString &text, const RegexPrefilter::Scan &scan)
{
    for (const CompiledList &c : patterns.lists)
        if (!c.list && anyMatch(c, text, scan))
            return true;
    return false;
}

//! An IPv4 or IPv6 address other than a loopback one (127/8, ::1).
bool isPlausibleIp(const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    unsigned char address[16];
    if (inet_pton(AF_INET, ascii.constData(), address) == 1)
        return address[0] != 127;
    static const unsigned char loopback6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    return inet_pton(AF_INET6, ascii.constData(), address) == 1 && memcmp(address, loopback6, 16) != 0;
}

//! The IP the refusal judged: the one named as the client or the sender, never the refusing
//! server's own address ("host mx[192.0.2.10] said") nor a resolver ("returnc/pub/<ip>").
QString judgedIp(const QString &text)
{
    static const QString ip4 = QStringLiteral("(\\d{1,3}(?:\\.\\d{1,3}){3})");
    static const QString ip6 = QStringLiteral("([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})");
    struct Contexts
    {
        QList<QRegularExpression> regexes;
        RegexPrefilter prefilter; //!< skips (and never compiles) those whose words the text lacks
    };
    static const Contexts contexts = [] {
        QList<QRegularExpression> out;
        for (const QString &ip : {ip4, ip6}) {
            for (const QString &p : {
                     QStringLiteral("ip(?:_address)?=") + ip, // lookup?ip_address=, q.cgi?ip=
                     QStringLiteral("[?&][a-z_]*=") + ip, // a lookup URL's query: ?searchterm=, ?q=, ?search=, ?ipr=
                     QStringLiteral("query/ip/") + ip, // spamhaus.org/query/ip/
                     QStringLiteral("bl\\.shtml\\?") + ip, // spamcop
                     QStringLiteral("lookup\\?") + ip, // mail-abuse.com/cgi-bin/lookup?ip
                     QStringLiteral("client host \\[") + ip + QStringLiteral("\\]"),
                     QStringLiteral("\\blisted (?:at|in|on|by) [a-z0-9.\\-]+ for \\[?") + ip, // "listed at zen.spamhaus.org for <ip>"
                     QStringLiteral("(?:client|sender|sending|source|connecting) (?:host|ip|address)(?: address)?:? \\[?") + ip,
                     QStringLiteral("(?:mail|messages?) from \\[?") + ip,
                     QStringLiteral("sending ip \\[?") + ip,
                     QStringLiteral("banned sender ?\\[") + ip,
                     QStringLiteral("\\b[45]\\d\\d[ -][45]\\.\\d\\.\\d{1,3} \\[") + ip
                         + QStringLiteral("(?: \\d+)?\\]"), // Gmail "[ip nn]"
                     QStringLiteral("\\bip(?: address)?:? \\[?") + ip,
                     QStringLiteral("host ") + ip + QStringLiteral(" is listed"),
                     QStringLiteral("\\[") + ip + QStringLiteral("\\] (?:is )?(?:listed|blocked)"),
                     QStringLiteral("(?:^|\\s)") + ip + QStringLiteral(" is listed"), // "<ip> is listed on …"
                     QStringLiteral("(?:^|\\s)") + ip + QStringLiteral(" listed (?:by|on|at|in) "), // "Rejected <ip> Listed by CSS"
                     // the sentence's subject: "<ip> has a poor reputation", "<ip> was blocked"
                     QStringLiteral("(?:^|[\\s:;,])") + ip + QStringLiteral(" (?:has|is|was|appears) "),
                     QStringLiteral("\\bfrom \\[") + ip + QStringLiteral("\\]"), // "try again later from [ip]"
                 })
                out.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption));
        }
        QStringList patterns;
        for (const QRegularExpression &re : std::as_const(out))
            patterns.append(re.pattern());
        return Contexts{out, RegexPrefilter(patterns)};
    }();
    // In order, the first whose match is a plausible address (not just the first that matches).
    const RegexPrefilter::Scan scan = contexts.prefilter.scan(text);
    for (qsizetype i = 0; i < contexts.regexes.size(); ++i) {
        if (!scan.mayMatch(i))
            continue;
        const QRegularExpressionMatch m = contexts.regexes[i].match(text, 0, QRegularExpression::NormalMatch, scan.matchOptions());
        if (m.hasMatch() && isPlausibleIp(m.captured(1)))
            return m.captured(1);
    }
    return {};
}

//! The domain a domain list judged: a sender address's domain in brackets, or the domain the
//! text says is listed. Never the refusing host or the list's own zone.
QString judgedDomain(const QString &lower)
{
    static const QString domain
        = QStringLiteral("([a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?)*\\.[a-z]{2,})");
    static const QList<QRegularExpression> contexts {
        QRegularExpression(QStringLiteral("(?:sender|from|address) (?:address )?\\[[^@\\]\\s]*@") + domain
                           + QStringLiteral("\\]")),
        QRegularExpression(QStringLiteral("domain ") + domain
                           + QStringLiteral(" (?:is )?(?:listed|blacklisted|blocked)")),
        QRegularExpression(domain + QStringLiteral("\\]? is (?:listed|blacklisted)")),
        // A lookup URL's query: ?domain=, ?searchterm=, ?q=
        QRegularExpression(QStringLiteral("[?&][a-z_]*=") + domain + QStringLiteral("(?![a-z0-9.\\-])")),
        QRegularExpression(QStringLiteral("query/dbl/") + domain),
        QRegularExpression(QStringLiteral("\\blisted (?:at|in|on|by) [a-z0-9.\\-]+ for \\[?") + domain),
        // "Client host [mail.example.com] blocked using dbl…", "(DKIM|SPF|sending) domain [example.com]"
        QRegularExpression(QStringLiteral("(?:client host|helo(?: name)?|(?:dkim|spf|sending|sender) domain) [\\[<(]?") + domain),
        // Postfix's reject_rhsbl_*: "<user@example.com>: Sender address rejected"
        QRegularExpression(QStringLiteral("<[^@>\\s]*@") + domain + QStringLiteral(">: (?:sender|recipient) address rejected")),
        QRegularExpression(QStringLiteral("(?:uri|url|link|host|domain)s? [<\"'(]?") + domain
                           + QStringLiteral("[>\"')]? (?:is |was )?(?:listed|blacklisted|blocked)")),
    };
    // The list's own zone or site is never the domain it judged.
    static const QRegularExpression listSite(QStringLiteral(
        "(?:^|\\.)(?:spamhaus\\.(?:org|net|com)|uribl\\.com|surbl\\.org|spamcop\\.net|barracudacentral\\.org|google\\.com)$"));
    for (const QRegularExpression &re : contexts) {
        auto it = re.globalMatch(lower);
        while (it.hasNext()) {
            const QString d = it.next().captured(1);
            if (!listSite.match(d).hasMatch())
                return d;
        }
    }
    return {};
}

QString firstUrl(const QString &text, qsizetype from, QStringList &urls)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"')]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto it = url.globalMatch(text, from);
    while (it.hasNext()) {
        QString u = it.next().captured(0);
        while (u.endsWith(QLatin1Char('.')) || u.endsWith(QLatin1Char(',')) || u.endsWith(QLatin1Char(';')))
            u.chop(1);
        if (!urls.contains(u))
            urls.append(u);
    }
    return urls.isEmpty() ? QString() : urls.first();
}

QString fill(QString url, const QString &ip, const QString &domain)
{
    if (url.contains(QLatin1String("{ip}")) && ip.isEmpty())
        return {};
    if (url.contains(QLatin1String("{domain}")) && domain.isEmpty())
        return {};
    return url.replace(QLatin1String("{ip}"), ip).replace(QLatin1String("{domain}"), domain);
}

bool looksLikeReputation(const QString &lower)
{
    static const QRegularExpression cues(QStringLiteral(
        "block|black|listed|reputation|rbl|spam|banned|refused|reject|deferred|denied|unsolicited|poor|abuse"
        "|\\b4\\.7\\.5\\d\\d\\b")); // Exchange Online's throttling of an IP it has no reputation for yet
    return cues.match(lower).hasMatch();
}

} // namespace

void annotateListing(Bounce &bounce, const Message &message, const Catalog &catalog)
{
    Q_UNUSED(message);
    const QString &text = bounce.diagnostic;
    if (text.isEmpty())
        return;
    const QString lower = lowerCased(text);

    const CompiledCatalog &patterns = compiled(catalog);
    const RegexPrefilter::Scan inText = patterns.prefilter.scan(text);

    // A list's refusal to answer written into the bounce: the recipient's server asks through an
    // open or public resolver, or over its quota, and takes the error answer for a listing
    // (Spamhaus "Error: open resolver", ".../returnc/pub/<ip>", 127.255.255.x; DBL 127.0.1.255;
    // URIBL "127.0.0.1 -> Query Refused … [Your DNS IP: <ip>]"). The IP named is that resolver,
    // not you: the recipient's misconfiguration, and no list.
    static const QRegularExpression refusal(
        QStringLiteral("open resolver|returnc/|query refused|refused\\.shtml|your dns ip"
                       "|\\b127\\.255\\.255\\.\\d{1,3}\\b|\\b127\\.0\\.1\\.255\\b"));
    // Its words, searched at once, rule out nearly every refusal without running it.
    static const RegexPrefilter refusalWords({refusal.pattern()});
    if (refusalWords.scan(lower).mayMatch(0) && refusal.match(lower).hasMatch()) {
        for (const CompiledList &c : patterns.lists) {
            if (anyMatch(c, text, inText)) {
                bounce.operatorId = c.op->id;
                break;
            }
        }
        if (bounce.operatorId.isEmpty() && (lower.contains(QLatin1String("returnc/")) || lower.contains(QLatin1String("127.255.255."))))
            bounce.operatorId = QStringLiteral("spamhaus");
        if (!bounce.operatorId.isEmpty()) {
            bounce.recipientSide = true;
            firstUrl(text, 0, bounce.links);
            return;
        }
    }

    const CompiledList *hit = nullptr;
    for (const CompiledList &c : patterns.lists) {
        if (c.list && anyMatch(c, text, inText)) {
            hit = &c;
            break;
        }
    }
    const RegexPrefilter::Scan inRemoteMta = patterns.prefilter.scan(bounce.remoteMta);
    const auto operatorNamed = [&] {
        return anyOperatorMatch(patterns, text, inText)
            || (!bounce.remoteMta.isEmpty() && anyOperatorMatch(patterns, bounce.remoteMta, inRemoteMta));
    };
    if (!hit && operatorNamed() && looksLikeReputation(lower)) {
        // The refusal's own words first, then the server's name: "…mail.protection.outlook.com"
        // names two Microsoft operators, "(AS77712344)" in the text only one.
        for (const QString *where : std::initializer_list<const QString *>{&text, &bounce.remoteMta}) {
            const RegexPrefilter::Scan &scan = where == &text ? inText : inRemoteMta;
            for (const CompiledList &c : patterns.lists) {
                if (!c.list && !where->isEmpty() && anyMatch(c, *where, scan)) {
                    hit = &c;
                    break;
                }
            }
            if (hit)
                break;
        }
    }
    if (!hit)
        return;

    bounce.operatorId = hit->op->id;
    if (hit->list)
        bounce.list = hit->list->id;
    bounce.recipientSide = hit->op->recipientSide || hit->op->dead;
    // A list of domains judged a domain: never name an IP for it.
    const bool judgesDomain = hit->list
        && (hit->list->judgesDomain
            || (hit->list->zones.size() == 1 && hit->list->zones.first().kind == DnsZone::Kind::Domain));
    if (!bounce.recipientSide && !judgesDomain)
        bounce.listedIp = judgedIp(text);
    if (judgesDomain)
        bounce.listedDomain = judgedDomain(lower);
    static const QRegularExpression helo(
        QStringLiteral("helo (?:domain|name) (?:is )?(?:listed|blocked)[^\\[]*\\[?([a-z0-9.\\-]+\\.[a-z]{2,})"));
    const QRegularExpressionMatch h = helo.match(lower);
    if (h.hasMatch())
        bounce.listedDomain = h.captured(1);

    firstUrl(text, 0, bounce.links);
    const ListInfo *list = hit->list;
    for (const QString &u :
         {list ? list->lookupUrl : hit->op->lookupUrl, list ? list->removalUrl : hit->op->removalUrl}) {
        const QString filled = fill(u, bounce.listedIp, bounce.listedDomain);
        if (!filled.isEmpty() && !bounce.links.contains(filled))
            bounce.links.append(filled);
    }
}

} // namespace bn

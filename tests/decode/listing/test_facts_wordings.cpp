// SPDX-License-Identifier: GPL-3.0-or-later
// Every real bounce wording quoted in shared/docs/reputation-facts.md (sections 1.1–1.18, the
// Japanese NDR phrasing of section 5 and each token row of the quick decoder table, section 6),
// placed inside a minimal NDR of the shape the facts show it in, and what the decoder must make
// of it. Placeholders ("x.x.x.x", "<IP>", elided IPs) are documentation addresses; the refusing
// server's own address (192.0.2.10/20/30/40) never is the listed IP. Where the facts quote a
// wording without its reply code, the code it was sent with (per the facts) is put in front and
// the row says so. Rows marked "token" are built around a section 6 token the facts quote no
// full sentence for.
#include "decode/decoder.h"
#include "input/reader.h"

#include <QRegularExpression>
#include <QTest>

#include <iterator>

using namespace bn;

namespace {

enum class Shape {
    Postfix,  //!< Postfix bounce (or delay notice for 4xx): "<rcpt>: host X[ip] said: …" + DSN
    Qmail,    //!< qmail-send "Remote host said: …"
    Exim,     //!< Exim "SMTP error from remote mail server after RCPT TO"
    Sendmail, //!< Sendmail 4-hour warning with transcript and DSN
};

struct Row
{
    const char *name;
    Shape shape;
    const char *recipient;
    const char *remote;
    const char *reply;
    const char *command; //!< "RCPT TO" or "end of DATA"
    // expected
    const char *op;
    const char *list;
    const char *ip;
    const char *domain;
    bool temporary;
    const char *reason;
    bool recipientSide;
};

constexpr bool T = true;
constexpr bool F = false;
const char *const RCPT = "RCPT TO";
const char *const DATA = "end of DATA";

const Row rows[] = {
    // ---- 1.1 Trend Micro ERS ---------------------------------------------------------------
    {"1.1 ERS-QIL 554 (Virgin Media)", Shape::Postfix, "j.smith@example.org.uk", "mx.example.org.uk",
     "554 5.7.1 <j.smith@example.org.uk>: Recipient address rejected: ERS-QIL.", RCPT,
     "trendmicro", "ERS-QIL", "", "", F, "blocked", F},
    {"1.1 ERS-QIL 450 relay trendmicro.com", Shape::Postfix, "aaa@example.com", "mx1.example.trendmicro.com",
     "450 4.7.1 <aaa@example.com>: Recipient address rejected: ERS-QIL.", RCPT,
     "trendmicro", "ERS-QIL", "", "", T, "blocked", F},
    {"1.1 refused by rbl-plus.mail-abuse.org", Shape::Postfix, "info@example.com", "mx.example.com",
     "550 Mail from 203.0.113.7 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an "
     "explanation", RCPT,
     "trendmicro", "RBL+", "203.0.113.7", "", F, "blocked", F},
    {"1.1 blocked using Trend Micro RBL+", Shape::Exim, "info@example.com", "mx.example.com",
     "550 Service unavailable; Client host [203.0.113.8] blocked using Trend Micro RBL+. Please see "
     "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.8", RCPT,
     "trendmicro", "RBL+", "203.0.113.8", "", F, "blocked", F},
    {"1.1 RBL+ and Email Reputation database (sjc)", Shape::Postfix, "info@example.com", "in.sjc.mx.trendmicro.com",
     "550 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using Trend Micro RBL+. Please see "
     "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.9; Mail from 203.0.113.9 blocked using Trend Micro "
     "Email Reputation database. Please see <http://www.mail-abuse.com/cgi-bin/lookup?203.0.113.9>", RCPT,
     "trendmicro", "RBL+", "203.0.113.9", "", F, "blocked", F},
    {"1.1 blocked by the recipient OR by Trend Micro", Shape::Postfix, "info@example.com", "mx.example.com",
     "550 5.7.1 Your email messages have been blocked by the recipient OR by Trend Micro Email Reputation Service. "
     "Contact the recipient or his/her administrator using alternate means to resolve the issue.", RCPT,
     "trendmicro", "RBL+", "", "", F, "blocked", F},
    // quoted without a code; "deferred" is Trend's 450
    {"1.1 deferred using Email Reputation database", Shape::Postfix, "info@example.com", "mx.example.com",
     "450 4.7.1 Mail from [203.0.113.10] deferred using Trend Micro Email Reputation database. Please see "
     "https://www.mail-abuse.com/cgi-bin/lookup?[203.0.113.10]", RCPT,
     "trendmicro", "ERS-QIL", "203.0.113.10", "", T, "blocked", F},
    {"1.1 Exim template deny (RBL+)", Shape::Exim, "info@example.com", "mx.example.com",
     "550 203.0.113.11 blocked using Trend Micro RBL+. Please see "
     "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.11", RCPT,
     "trendmicro", "RBL+", "203.0.113.11", "", F, "blocked", F},
    {"1.1 Exim template defer (Network Anti-Spam)", Shape::Exim, "info@example.com", "mx.example.com",
     "451 203.0.113.12 blocked using Trend Micro Network Anti-Spam. Please see "
     "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.12", RCPT,
     "trendmicro", "ERS-QIL", "203.0.113.12", "", T, "blocked", F},
    {"1.1 sender IP found in ERS-QIL (tmems-jp)", Shape::Sendmail, "tanaka@example.jp",
     "abcd1234.in.tmems-jp.trendmicro.com",
     "450 4.7.1 <tanaka@example.jp>: Recipient address rejected: Mail from 203.0.113.13 was refused due to the sender "
     "IP found in ERS-QIL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.",
     RCPT, "trendmicro", "ERS-QIL", "203.0.113.13", "", T, "blocked", F},
    {"1.1 Network Anti-Spam Service 450 (kabeto)", Shape::Postfix, "suzuki@example.co.jp", "mx.example.co.jp",
     "450 4.7.1 Service temporarily unavailable; Client host [203.0.113.14] blocked using Trend Micro Network Anti-Spam "
     "Service. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.14; Mail from 203.0.113.14 "
     "deferred using Trend Micro Email Reputation database.", RCPT,
     "trendmicro", "ERS-QIL", "203.0.113.14", "", T, "blocked", F},
    // quoted as "5.7.1 …" without the reply code
    {"1.1 has been blocked by Trend Micro Email Reputation Service", Shape::Postfix, "info@example.com", "mx.example.com",
     "550 5.7.1 Mail from 203.0.113.15 has been blocked by Trend Micro Email Reputation Service.", RCPT,
     "trendmicro", "RBL+", "203.0.113.15", "", F, "blocked", F},
    // ---- 1.2 Spamhaus ----------------------------------------------------------------------
    {"1.2 open resolver (check.spamhaus.org/returnc/pub)", Shape::Postfix, "team@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.16] blocked using zen.spamhaus.org; Error: open resolver; "
     "https://check.spamhaus.org/returnc/pub/198.51.100.53/", RCPT,
     "spamhaus", "", "", "", F, "blocked", T},
    {"1.2 zen.spamhaus.org + query/ip", Shape::Postfix, "info@example.net", "mx1.example.net",
     "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org; "
     "https://www.spamhaus.org/query/ip/203.0.113.45", RCPT,
     "spamhaus", "ZEN", "203.0.113.45", "", F, "blocked", F},
    {"1.2 Exchange Online blocked using Spamhaus (AS16012611)", Shape::Postfix, "ceo@example.com",
     "example-com.mail.protection.outlook.com",
     "550 5.7.1 Service unavailable, Client host [203.0.113.17] blocked using Spamhaus. To request removal from this "
     "list see https://www.spamhaus.org/query/ip/203.0.113.17 (AS16012611)", RCPT,
     "spamhaus", "ZEN", "203.0.113.17", "", F, "blocked", F},
    {"1.2 Helo domain is listed in Spamhaus (S8001)", Shape::Postfix, "ceo@example.com",
     "example-com.mail.protection.outlook.com",
     "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001)", RCPT,
     "spamhaus", "DBL", "", "", F, "blocked", F},
    // Not quoted whole in the facts, built like the "token" rows around the sub-lists and lookup
    // URLs they name: the sub-list from its words or its lookup URL, the judged IP or domain from
    // each common phrasing, and the list the text names winning over another operator's words.
    {"1.2 zen, Listed by CSS", Shape::Postfix, "team@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.46] blocked using zen.spamhaus.org; Listed by CSS, see "
     "https://check.spamhaus.org/query/ip/203.0.113.46", RCPT,
     "spamhaus", "CSS", "203.0.113.46", "", F, "blocked", F},
    {"1.2 XBL named, searchterm URL", Shape::Exim, "team@example.org", "mx.example.org",
     "550 Rejected: 203.0.113.47 is listed in Spamhaus XBL, see https://check.spamhaus.org/listed/?searchterm=203.0.113.47",
     RCPT, "spamhaus", "XBL", "203.0.113.47", "", F, "blocked", F},
    {"1.2 PBL record URL, mail from", Shape::Sendmail, "team@example.org", "mx.example.org",
     "550 5.7.1 Mail from 203.0.113.48 refused - see https://www.spamhaus.org/pbl/query/PBL1948375", RCPT,
     "spamhaus", "PBL", "203.0.113.48", "", T, "blocked", F}, // the Sendmail shape is a delay warning
    {"1.2 SBL record URL beside 'blocked using Spamhaus'", Shape::Postfix, "ceo@example.com",
     "example-com.mail.protection.outlook.com",
     "550 5.7.1 Service unavailable, Client host [203.0.113.49] blocked using Spamhaus. To request removal from this "
     "list see https://www.spamhaus.org/sbl/query/SBL612345 (AS16012611)", RCPT,
     "spamhaus", "SBL", "203.0.113.49", "", F, "blocked", F},
    {"1.2 listed at zen for <ip>", Shape::Qmail, "team@example.org", "mx.example.org",
     "554 5.7.1 Rejected because listed at zen.spamhaus.org for 203.0.113.50", RCPT,
     "spamhaus", "ZEN", "203.0.113.50", "", F, "blocked", F},
    // A domain list names the domain, never the client's IP.
    {"1.2 DBL, sender address with the client IP", Shape::Postfix, "team@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.51] said nothing; Sender address [news@example-news.com] "
     "blocked using dbl.spamhaus.org", RCPT,
     "spamhaus", "DBL", "", "example-news.com", F, "blocked", F},
    {"1.2 DBL, lookup URL's query", Shape::Exim, "team@example.org", "mx.example.org",
     "550 5.7.1 Message rejected: see https://check.spamhaus.org/listed/?searchterm=example-promo.net (Spamhaus DBL)",
     DATA, "spamhaus", "DBL", "", "example-promo.net", F, "blocked", F},
    {"1.18 URIBL, URI is listed", Shape::Postfix, "team@example.org", "mx.example.org",
     "554 5.7.1 Message rejected: URI example-deals.biz is listed in multi.uribl.com", DATA,
     "uribl", "URIBL", "", "example-deals.biz", F, "blocked", F},
    // The list the text names wins over another operator's words ("poor reputation" is Talos's).
    {"1.17 Cloudmark CSI named beside 'poor reputation'", Shape::Postfix, "team@example.org", "mx.example-isp.net",
     "550 5.7.1 Connection refused: 203.0.113.52 has a poor reputation with Cloudmark Sender Intelligence (CSI).", RCPT,
     "cloudmark", "CSI", "203.0.113.52", "", F, "badreputation", F},
    {"1.17 Cloudmark CSI at a Proofpoint-hosted recipient", Shape::Exim, "team@example.org", "mx0a-00998877.pphosted.com",
     "554 5.7.1 Message from 203.0.113.53 rejected by Cloudmark Sender Intelligence (CSI); see proofpoint support", RCPT,
     "cloudmark", "CSI", "203.0.113.53", "", F, "blocked", F},
    {"1.15 Talos lookup URL's query", Shape::Postfix, "team@example.org", "esa1.example.iphmx.com",
     "554 5.7.1 Rejected: poor reputation, see https://talosintelligence.com/reputation_center/lookup?search=203.0.113.54",
     RCPT, "cisco-talos", "TALOS", "203.0.113.54", "", F, "badreputation", F},
    {"1.11 4.7.28 DKIM domain", Shape::Postfix, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain "
     "[example-news.com 12]. To protect our users from spam, mail sent from your domain has been temporarily rate "
     "limited. - gsmtp", DATA, "gmail", "GMAIL-DOMAIN", "", "example-news.com", T, "ratelimited", F},
    // Outlook.com's authentication requirement for large senders judges the From domain
    // (https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef).
    {"1.10 5.7.515 sending domain", Shape::Postfix, "friend@outlook.com", "outlook-com.olc.protection.outlook.com",
     "550 5.7.515 Access denied, sending domain [example-shop.com] does not meet the required authentication level.",
     // (the reason is the reason decoder's: a recognised list is read as a block today)
     DATA, "microsoft-outlook", "OLC-AUTH", "", "example-shop.com", F, "blocked", F},
    // ---- 1.3 Barracuda ---------------------------------------------------------------------
    // A Received-header IP judged (deep header parsing): the bracketed name is the sending MTA,
    // the IP in the URL the one Barracuda judged.
    {"1.3 Barracuda Reputation, IP from a Received header", Shape::Postfix, "sales@example.com", "mx.example.com",
     "554 Service unavailable; Client host [server1.example.net] blocked using Barracuda Reputation; "
     "http://bbl.barracudacentral.com/q.cgi?ip=198.51.100.23", RCPT,
     "barracuda", "BRBL", "198.51.100.23", "", F, "blocked", F},
    {"1.3 blocked using b.barracudacentral.org", Shape::Postfix, "sales@example.com", "mx.example.com",
     "554 5.7.1 Service unavailable; Client host [203.0.113.18] blocked using b.barracudacentral.org; "
     "https://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.18", RCPT,
     "barracuda", "BRBL", "203.0.113.18", "", F, "blocked", F},
    {"1.3 hosted ESS permanent failure", Shape::Postfix, "sales@example.com", "d241253a.ess.barracudanetworks.com",
     "550 permanent failure for one or more recipients (sales@example.com:blocked)", DATA,
     "barracuda", "", "", "", F, "blocked", F},
    // ---- 1.4 SpamCop -----------------------------------------------------------------------
    // quoted without a code
    {"1.4 Blocked - see spamcop.net/bl.shtml", Shape::Exim, "news@example.org", "mx.example.org",
     "550 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.19", RCPT,
     "spamcop", "SCBL", "203.0.113.19", "", F, "blocked", F},
    {"1.4 spamcop.mimecast.org", Shape::Postfix, "help@example.com", "spamcop.mimecast.org",
     "550 spamcop.mimecast.org Blocked - see http://www.spamcop.net/bl.shtml?203.0.113.20.", RCPT,
     "spamcop", "SCBL", "203.0.113.20", "", F, "blocked", F},
    // ---- 1.10 Microsoft --------------------------------------------------------------------
    {"1.10 S3150", Shape::Postfix, "user@hotmail.com", "hotmail-com.olc.protection.outlook.com",
     "550 5.7.1 Unfortunately, messages from [203.0.113.21] weren't sent. Please contact your Internet service provider "
     "since part of their network is on our block list (S3150). You can also refer your provider to "
     "http://mail.live.com/mail/troubleshooting.aspx#errors. [BN8NAM12FT066.eop-nam12.prod.protection.outlook.com]",
     RCPT, "microsoft-outlook", "S3150", "203.0.113.21", "", F, "blocked", F},
    {"1.10 S3140", Shape::Postfix, "user@outlook.com", "outlook-com.olc.protection.outlook.com",
     "550 5.7.1 Unfortunately, messages from [203.0.113.22] weren't sent. Please contact your Internet service provider "
     "since part of their network is on our block list (S3140). You can also refer your provider to "
     "http://mail.live.com/mail/troubleshooting.aspx#errors.", RCPT,
     "microsoft-outlook", "S3140", "203.0.113.22", "", F, "blocked", F},
    {"1.10 AS3140", Shape::Exim, "user@live.com", "live-com.olc.protection.outlook.com",
     "550 5.7.1 Unfortunately, messages from [203.0.113.23] weren't sent. Please contact your Internet service provider "
     "since part of their network is on our block list (AS3140).", RCPT,
     "microsoft-outlook", "S3140", "203.0.113.23", "", F, "blocked", F},
    {"1.10 AS3150", Shape::Postfix, "user@msn.com", "msn-com.olc.protection.outlook.com",
     "550 5.7.1 Unfortunately, messages from [203.0.113.24] weren't sent. Please contact your Internet service provider "
     "since part of their network is on our block list (AS3150).", RCPT,
     "microsoft-outlook", "S3150", "203.0.113.24", "", F, "blocked", F},
    {"1.10 SC-001", Shape::Postfix, "user@hotmail.com", "mx1.hotmail.com",
     "550 SC-001 (SNT004-MC10F17) Unfortunately, messages from 203.0.113.25 weren't sent. Please contact your Internet "
     "service provider since part of their network is on our block list.", RCPT,
     "microsoft-outlook", "S3150", "203.0.113.25", "", F, "blocked", F},
    {"1.10 [CSR] unusual amount of unsolicited email", Shape::Postfix, "user@hotmail.com",
     "hotmail-com.olc.protection.outlook.com",
     "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address. "
     "Contact your service provider for support", RCPT,
     "microsoft-outlook", "", "", "", F, "blocked", F},
    {"1.10 5.7.606 banned sending IP AS(1430)", Shape::Postfix, "ceo@example.com",
     "example-com.mail.protection.outlook.com",
     "550 5.7.606 Access denied, banned sending IP [203.0.113.26]. To request removal from this list please visit "
     "https://sender.office.com/ and follow the directions. For more information please go to "
     "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)", RCPT,
     "microsoft-365", "EOP-BANNED", "203.0.113.26", "", F, "blocked", F},
    {"1.10 5.7.606 banned sending IP (AS16012609)", Shape::Exim, "ceo@example.com",
     "example-com.mail.protection.outlook.com",
     "550 5.7.606 Access denied, banned sending IP [203.0.113.27]. To request removal from this list please visit "
     "https://sender.office.com/ and follow the directions. (AS16012609)", RCPT,
     "microsoft-365", "EOP-BANNED", "203.0.113.27", "", F, "blocked", F},
    {"1.10 5.7.649 (range end)", Shape::Postfix, "ceo@example.com", "example-com.mail.protection.outlook.com",
     "550 5.7.649 Access denied, banned sending IP [203.0.113.28]; To request removal from this list please visit "
     "https://sender.office.com/ and follow the directions.", RCPT,
     "microsoft-365", "EOP-BANNED", "203.0.113.28", "", F, "blocked", F},
    {"1.10 5.7.511 banned sender", Shape::Postfix, "ceo@example.com", "example-com.mail.protection.outlook.com",
     "550 5.7.511 Access denied, banned sender[203.0.113.29]. To request removal from this list, forward this message "
     "to delist@microsoft.com", RCPT,
     "microsoft-365", "EOP-5.7.511", "203.0.113.29", "", F, "blocked", F},
    {"1.10 451 4.7.500 Server busy (new IP throttle)", Shape::Postfix, "ceo@example.com",
     "example-com.mail.protection.outlook.com",
     "451 4.7.500 Server busy. Please try again later from [203.0.113.30]. (AS77712344)", RCPT,
     "microsoft-365", "", "203.0.113.30", "", T, "ratelimited", F},
    // ---- 1.11 Gmail ------------------------------------------------------------------------
    {"1.11 421 4.7.0 very low reputation of the sending IP", Shape::Postfix, "friend@gmail.com",
     "gmail-smtp-in.l.google.com",
     "421-4.7.0 [203.0.113.31 15] This message is suspicious due to the very low reputation of the sending IP address. "
     "To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp",
     DATA, "gmail", "GMAIL-REPUTATION", "203.0.113.31", "", T, "badreputation", F},
    {"1.11 550 5.7.1 very low reputation of the sending IP", Shape::Postfix, "friend@gmail.com",
     "gmail-smtp-in.l.google.com",
     "550-5.7.1 [203.0.113.32 12] Our system has detected that this message is likely suspicious due to the very low "
     "reputation of the sending IP address. To best protect our users from spam, the message has been blocked. - gsmtp",
     DATA, "gmail", "GMAIL-REPUTATION", "203.0.113.32", "", F, "badreputation", F},
    {"1.11 421 4.7.0 very low reputation of the sending domain", Shape::Postfix, "friend@gmail.com",
     "gmail-smtp-in.l.google.com",
     "421-4.7.0 This message is suspicious due to the very low reputation of the sending domain. To protect our users "
     "from spam, mail sent from your domain has been temporarily rate limited. - gsmtp",
     DATA, "gmail", "GMAIL-DOMAIN", "", "", T, "badreputation", F},
    {"1.11 550 5.7.1 very low reputation of the sending domain", Shape::Exim, "friend@gmail.com",
     "gmail-smtp-in.l.google.com",
     "550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the "
     "sending domain. To best protect our users from spam, the message has been blocked. - gsmtp",
     DATA, "gmail", "GMAIL-DOMAIN", "", "", F, "badreputation", F},
    {"1.11 421 4.7.0 no PTR", Shape::Postfix, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "421-4.7.0 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS "
     "entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR "
     "records. - gsmtp", RCPT,
     "", "", "", "", T, "requireptr", F},
    {"1.11 451 4.7.23 no PTR", Shape::Postfix, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "451-4.7.23 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS "
     "entry does not point to the sending IP. - gsmtp", RCPT,
     "", "", "", "", T, "requireptr", F},
    {"1.11 550 5.7.25 no PTR", Shape::Exim, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS "
     "entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR "
     "records. - gsmtp", RCPT,
     "", "", "", "", F, "requireptr", F},
    {"1.11 421-4.7.28 unusual rate (IP)", Shape::Postfix, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "421-4.7.28 [203.0.113.42] Our system has detected an unusual rate of unsolicited mail originating from your IP "
     "address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please "
     "visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. "
     "- gsmtp", DATA,
     "gmail", "GMAIL-REPUTATION", "203.0.113.42", "", T, "ratelimited", F},
    {"1.11 421 4.7.28 unusual rate (DKIM domain)", Shape::Exim, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail containing one of your URL domains. To protect "
     "our users from spam, mail sent from your domain has been temporarily rate limited. - gsmtp", DATA,
     "gmail", "GMAIL-REPUTATION", "", "", T, "ratelimited", F},
    {"1.11 550 5.7.28 unusual rate, blocked", Shape::Postfix, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "550-5.7.28 [203.0.113.33] Our system has detected an unusual rate of unsolicited mail originating from your IP "
     "address. To protect our users from spam, mail sent from your IP address has been blocked. - gsmtp", DATA,
     "gmail", "GMAIL-REPUTATION", "203.0.113.33", "", F, "blocked", F},
    {"1.11 550-5.7.1 likely unsolicited mail [IP nn]", Shape::Postfix, "friend@gmail.com", "gmail-smtp-in.l.google.com",
     "550-5.7.1 [203.0.113.34 12] Our system has detected that this message is likely unsolicited mail. To reduce the "
     "amount of spam sent to Gmail, this message has been blocked. Please visit "
     "https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp", DATA,
     "gmail", "GMAIL-REPUTATION", "203.0.113.34", "", F, "spamdetected", F},
    {"1.11 not authorized to send directly (dynamic IP)", Shape::Postfix, "friend@gmail.com",
     "gmail-smtp-in.l.google.com",
     "550-5.7.1 [203.0.113.35] The IP you're using to send mail is not authorized to send email directly to our servers. "
     "Please use the SMTP relay at your service provider instead. - gsmtp", RCPT,
     "gmail", "GMAIL-REPUTATION", "203.0.113.35", "", F, "blocked", F},
    // ---- 1.12 Yahoo / AOL ------------------------------------------------------------------
    {"1.12 [TSS04] deferred", Shape::Postfix, "pal@yahoo.com", "mta7.am0.yahoodns.net",
     "421 4.7.0 [TSS04] Messages from 203.0.113.36 temporarily deferred due to unexpected volume or user complaints - "
     "4.16.55.1; see https://postmaster.yahooinc.com/error-codes", RCPT,
     "yahoo", "TSS04", "203.0.113.36", "", T, "badreputation", F},
    {"1.12 [TSS05] deferred", Shape::Exim, "pal@aol.com", "mx-aol.mail.gm0.yahoodns.net",
     "421 4.7.0 [TSS05] Messages from 203.0.113.37 temporarily deferred due to unexpected volume or user complaints - "
     "4.16.55.1; see https://postmaster.yahooinc.com/error-codes", RCPT,
     "yahoo", "TSS04", "203.0.113.37", "", T, "badreputation", F},
    {"1.12 [TSS09] permanently deferred", Shape::Postfix, "pal@yahoo.com", "mta7.am0.yahoodns.net",
     "553 5.7.2 [TSS09] All messages from 203.0.113.38 will be permanently deferred; Retrying will NOT succeed. See "
     "https://postmaster.yahooinc.com/error-codes", RCPT,
     "yahoo", "TSS09", "203.0.113.38", "", F, "blocked", F},
    {"1.12 [TSS11] permanently deferred", Shape::Exim, "pal@yahoo.com", "mta7.am0.yahoodns.net",
     "553 5.7.2 [TSS11] All messages from 203.0.113.39 will be permanently deferred; Retrying will NOT succeed. See "
     "https://postmaster.yahooinc.com/error-codes", RCPT,
     "yahoo", "TSS09", "203.0.113.39", "", F, "blocked", F},
    {"1.12 [TS03] 421 permanently deferred", Shape::Postfix, "pal@yahoo.com", "mta5.am0.yahoodns.net",
     "421 4.7.1 [TS03] All messages from 203.0.113.40 permanently deferred; Retrying will NOT succeed", RCPT,
     "yahoo", "TSS09", "203.0.113.40", "", T, "blocked", F},
    // token rows ([TS0x]); Sisimai reads "temporarily deferred due to user complaints" as a block
    {"1.12 [TS01] token", Shape::Postfix, "pal@yahoo.com", "mta5.am0.yahoodns.net",
     "421 4.7.0 [TS01] Messages from 203.0.113.41 temporarily deferred due to user complaints", RCPT,
     "yahoo", "TSS04", "203.0.113.41", "", T, "blocked", F},
    {"1.12 [TS02] token", Shape::Exim, "pal@yahoo.com", "mta5.am0.yahoodns.net",
     "421 4.7.0 [TS02] Messages from 203.0.113.43 temporarily deferred due to user complaints", RCPT,
     "yahoo", "TSS04", "203.0.113.43", "", T, "blocked", F},
    {"1.12 [PH01] content policy", Shape::Postfix, "pal@yahoo.com", "mta7.am0.yahoodns.net",
     "554 Message not allowed - [PH01] Email not accepted for policy reasons.  Please visit "
     "https://postmaster.yahooinc.com/error-codes", DATA,
     "yahoo", "PH01", "", "", F, "policyviolation", F},
    {"1.12 554 5.7.9 not accepted for policy reasons (DMARC, not reputation)", Shape::Postfix, "pal@yahoo.com",
     "mta7.am0.yahoodns.net", "554 5.7.9 Message not accepted for policy reasons.  See "
     "https://help.yahoo.com/kb/postmaster/SLN7253.html", DATA,
     "", "", "", "", F, "policyviolation", F},
    // ---- 1.13 Cisco Talos ------------------------------------------------------------------
    {"1.13 IronPort sending MTA's poor reputation", Shape::Postfix, "abc@example.com", "esa1.example.iphmx.com",
     "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe "
     "that this failure is in error, please contact the intended recipient via alternate means.", RCPT,
     "cisco-talos", "TALOS", "", "", F, "badreputation", F},
    {"6 token poor reputation + SenderBase", Shape::Exim, "abc@example.com", "mx.example.com",
     "554 5.7.1 Message from 203.0.113.44 rejected: poor reputation (SenderBase Reputation Score -3.0)", RCPT,
     "cisco-talos", "TALOS", "203.0.113.44", "", F, "badreputation", F},
    // ---- 1.14 Proofpoint, 1.14b CBL --------------------------------------------------------
    {"1.14 ipcheck.proofpoint.com", Shape::Postfix, "me@icloud.com", "mx01.mail.icloud.com",
     "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.46", RCPT,
     "proofpoint", "PDR", "203.0.113.46", "", F, "blocked", F},
    {"1.14b cbl.abuseat.org open resolver", Shape::Exim, "team@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.47] blocked using cbl.abuseat.org; Error: open resolver; "
     "https://www.spamhaus.org/returnc/pub/198.51.100.54", RCPT,
     "spamhaus", "", "", "", F, "blocked", T},
    {"1.14b cbl.abuseat.org listing", Shape::Postfix, "team@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.48] blocked using cbl.abuseat.org", RCPT,
     "spamhaus", "XBL", "203.0.113.48", "", F, "blocked", F},
    // ---- 1.15 Mimecast (the recipient's own policy) ----------------------------------------
    {"1.15 Rejected by header based Blocked Senders", Shape::Postfix, "boss@example.com",
     "eu-smtp-inbound-1.mimecast.com",
     "550 Rejected by header based Blocked Senders: sato@example.co.jp - "
     "https://community.mimecast.com/docs/DOC-1369#550", DATA,
     "mimecast", "BLOCKED-SENDERS", "", "", F, "rejected", T},
    {"1.15 Rejected by header based manually Blocked Senders", Shape::Exim, "boss@example.com",
     "eu-smtp-inbound-2.mimecast.com",
     "550 Rejected by header based manually Blocked Senders - https://community.mimecast.com/docs/DOC-1369#550", DATA,
     "mimecast", "BLOCKED-SENDERS", "", "", F, "rejected", T},
    {"1.15 Envelope blocked - User Entry", Shape::Postfix, "boss@example.com", "us-smtp-inbound-1.mimecast.com",
     "550 Envelope blocked \u2013 User Entry - https://community.mimecast.com/docs/DOC-1369#550", RCPT,
     "mimecast", "BLOCKED-SENDERS", "", "", F, "rejected", T},
    {"1.15 Administrative prohibition - envelope blocked", Shape::Postfix, "boss@example.com",
     "us-smtp-inbound-1.mimecast.com",
     "550 Administrative prohibition \u2013 envelope blocked - https://community.mimecast.com/docs/DOC-1369#550", RCPT,
     "mimecast", "BLOCKED-SENDERS", "", "", F, "rejected", T},
    // The Blocked Senders policy too, but "Sender address blocked" alone is no Mimecast wording:
    // the operator comes from the server's name, the list cannot.
    {"1.15 421 Sender address blocked", Shape::Postfix, "boss@example.com", "eu-smtp-inbound-1.mimecast.com",
     "421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421", RCPT,
     "mimecast", "", "", "", T, "rejected", T},
    {"1.15 Email rejected due to security policies", Shape::Postfix, "boss@example.com",
     "eu-smtp-inbound-1.mimecast.com",
     "550 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#550", DATA,
     "mimecast", "", "", "", F, "policyviolation", T},
    // ---- 1.16 Abusix -----------------------------------------------------------------------
    // both quoted without a code
    {"1.16 listed at combined.mail.abusix.zone", Shape::Exim, "abc@example.com", "mx.example.com",
     "550 5.7.1 Service unavailable; host 203.0.113.49 is listed at combined.mail.abusix.zone (127.0.0.12, see "
     "https://lookup.abusix.com/search?q=203.0.113.49)", RCPT,
     "abusix", "ABUSIX", "203.0.113.49", "", F, "blocked", F},
    {"1.16 rejected by Abusix blacklist", Shape::Postfix, "abc@example.com", "mx.example.com",
     "550 5.7.1 Mail from 203.0.113.50 rejected by Abusix blacklist", RCPT,
     "abusix", "ABUSIX", "203.0.113.50", "", F, "blocked", F},
    // ---- 1.18 URIBL refused: the receiver's resolver, not a listing ------------------------
    // URIBL's TXT answer, as Postfix's reject_rhsbl_sender quotes it
    {"1.18 URIBL Query Refused (refused.shtml)", Shape::Postfix, "abc@example.com", "mx.example.com",
     "554 5.7.1 Service unavailable; Sender address [promo@example.net] blocked using multi.uribl.com; 127.0.0.1 -> "
     "Query Refused. See https://uribl.com/refused.shtml for more information [Your DNS IP: 198.51.100.55]", RCPT,
     "uribl", "", "", "", F, "blocked", T},
    // ---- 5 Japanese NDR phrasing -----------------------------------------------------------
    {"5 Postfix log variant ERS-QIL deferred", Shape::Postfix, "aaa@example.com", "xxxxx.trendmicro.com",
     "450 4.7.1 <aaa@example.com>: Recipient address rejected: ERS-QIL.", RCPT,
     "trendmicro", "ERS-QIL", "", "", T, "blocked", F},
    {"5 Trend HES outbound: possible spamming activity", Shape::Postfix, "client@example.com",
     "relay.example.hes.trendmicro.com",
     "550 5.7.1 : Mail blocked due to possible spamming activity", DATA,
     "trendmicro", "", "", "", F, "blocked", F},
    {"5 Xserver shared IP S3150", Shape::Postfix, "user@hotmail.co.jp", "hotmail-co-jp.olc.protection.outlook.com",
     "550 5.7.1 Unfortunately, messages from [203.0.113.51] weren't sent. Please contact your Internet service provider "
     "since part of their network is on our block list (S3150).", RCPT,
     "microsoft-outlook", "S3150", "203.0.113.51", "", F, "blocked", F},
    {"5 qmail: Spamhaus via EOP AS(1440)", Shape::Qmail, "sato@example.co.jp", "example-co-jp.mail.protection.outlook.com",
     "550 5.7.1 Service unavailable, Client host [203.0.113.52] blocked using Spamhaus. To request removal from this "
     "list see https://www.spamhaus.org/query/ip/203.0.113.52 AS(1440)", RCPT,
     "spamhaus", "ZEN", "203.0.113.52", "", F, "blocked", F},
    {"5 qmail: Client host [] ; spamhaus query/ip", Shape::Qmail, "sato@example.co.jp", "mx.example.co.jp",
     "554 5.7.1 Service unavailable; Client host [203.0.113.53] ; https://www.spamhaus.org/query/ip/203.0.113.53", RCPT,
     "spamhaus", "ZEN", "203.0.113.53", "", F, "blocked", F},
    // Gandi: no list is named, so no operator is guessed
    {"5 Gandi: blocked you may be infected", Shape::Postfix, "info@example.fr", "mx.example.fr",
     "554 5.7.1 Service unavailable; Client host [203.0.113.54] blocked you may be infected", RCPT,
     "", "", "", "", F, "blocked", F},
    {"5 mail not accepted from blacklisted IP address", Shape::Postfix, "info@example.com", "mx.example.com",
     "550 mail not accepted from blacklisted IP address", RCPT,
     "", "", "", "", F, "blocked", F},
    {"5 Blacklisted IP of x at", Shape::Exim, "info@example.com", "mx.example.com",
     "550-Blacklisted IP of 203.0.113.55 at mx.example.com", RCPT,
     "", "", "", "", F, "blocked", F},
    {"5 old Hotmail SC-001", Shape::Postfix, "user@hotmail.com", "mx3.hotmail.com",
     "550 SC-001 (SNT004-MC10F17) Unfortunately, messages from 203.0.113.56 weren't sent.", RCPT,
     "microsoft-outlook", "S3150", "203.0.113.56", "", F, "blocked", F},
    // ---- 6 quick decoder tokens ------------------------------------------------------------
    {"6 token ERS-DUL", Shape::Postfix, "info@example.com", "mx.example.com",
     "554 5.7.1 <info@example.com>: Recipient address rejected: ERS-DUL.", RCPT,
     "trendmicro", "ERS-DUL", "", "", F, "blocked", F},
    {"6 token Dynamic User List (DUL auto-reply wording)", Shape::Postfix, "info@example.com", "mx.example.com",
     "550 5.7.1 203.0.113.57 is listed on the Trend Micro Dynamic User List (DUL) because it appears to be an IP "
     "address not clearly labeled as static.", RCPT,
     "trendmicro", "ERS-DUL", "203.0.113.57", "", F, "blocked", F},
    {"6 token ERS-RBL", Shape::Exim, "info@example.com", "mx.example.com",
     "554 5.7.1 <info@example.com>: Recipient address rejected: ERS-RBL.", RCPT,
     "trendmicro", "RBL+", "", "", F, "blocked", F},
    {"6 token 127.255.255.254 (public resolver)", Shape::Postfix, "team@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.58] blocked using zen.spamhaus.org (127.255.255.254)", RCPT,
     "spamhaus", "", "", "", F, "blocked", T},
    {"6 token bl.spamcop.net", Shape::Postfix, "news@example.org", "mx.example.org",
     "554 5.7.1 Service unavailable; Client host [203.0.113.59] blocked using bl.spamcop.net; Blocked - see "
     "https://www.spamcop.net/bl.shtml?203.0.113.59", RCPT,
     "spamcop", "SCBL", "203.0.113.59", "", F, "blocked", F},
    {"6 token uceprotect L1", Shape::Postfix, "ops@example.de", "mx.example.de",
     "554 5.7.1 Service unavailable; Client host [203.0.113.60] blocked using dnsbl-1.uceprotect.net; IP 203.0.113.60 is "
     "UCEPROTECT-Level1 listed.", RCPT,
     "uceprotect", "UCEPROTECT-L1", "203.0.113.60", "", F, "blocked", F},
    {"6 token uceprotect L2", Shape::Exim, "ops@example.de", "mx.example.de",
     "550 5.7.1 Service unavailable; Client host [203.0.113.61] blocked using dnsbl-2.uceprotect.net", RCPT,
     "uceprotect", "UCEPROTECT-L2", "203.0.113.61", "", F, "blocked", F},
    {"6 token uceprotect L3", Shape::Postfix, "ops@example.de", "mx.example.de",
     "550 5.7.1 Service unavailable; Client host [203.0.113.62] blocked using dnsbl-3.uceprotect.net", RCPT,
     "uceprotect", "UCEPROTECT-L3", "203.0.113.62", "", F, "blocked", F},
    {"6 token sorbs.net (dead list: the recipient's stale configuration)", Shape::Postfix, "abc@example.com",
     "mx.example.com",
     "554 5.7.1 Service unavailable; Client host [203.0.113.63] blocked using dnsbl.sorbs.net", RCPT,
     "sorbs", "SORBS", "", "", F, "blocked", T},
    {"6 token sophos ip-lookup", Shape::Postfix, "abc@example.com", "mx.example.com",
     "550 5.7.1 Rejected: 203.0.113.64 is listed, see https://www.sophos.com/en-us/threat-center/ip-lookup.aspx?ip=203.0.113.64",
     RCPT, "sophos", "SOPHOS-IP", "203.0.113.64", "", F, "blocked", F},
    {"6 token Connection rejected by policy [7.3] (Broadcom)", Shape::Postfix, "abc@example.com",
     "cluster1.eu.messagelabs.com",
     "553 Connection rejected by policy [7.3] 12345, please visit www.symanteccloud.com/troubleshooting for more "
     "details about this error message.", RCPT,
     "broadcom", "ESS-POLICY", "", "", F, "blocked", F},
};

QString statusOf(const QString &reply)
{
    static const QRegularExpression re(QStringLiteral("\\b([245]\\.\\d\\.\\d{1,3})\\b"));
    const QRegularExpressionMatch m = re.match(reply);
    if (m.hasMatch())
        return m.captured(1);
    return reply.startsWith(QLatin1Char('4')) ? QStringLiteral("4.0.0") : QStringLiteral("5.0.0");
}

const QString head = QStringLiteral("Date: Mon, 9 Nov 2026 13:05:21 +0900\nMIME-Version: 1.0\n");

QString postfix(const Row &r)
{
    const QString rcpt = QString::fromUtf8(r.recipient), remote = QString::fromUtf8(r.remote),
                  reply = QString::fromUtf8(r.reply);
    const bool delayed = reply.startsWith(QLatin1Char('4'));
    return QStringLiteral("From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)\nTo: sato@example.co.jp\n")
        + (delayed ? QStringLiteral("Subject: Delayed Mail (still being retried)\n")
                   : QStringLiteral("Subject: Undelivered Mail Returned to Sender\n"))
        + head
        + QStringLiteral("Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n"
                         "--B1\nContent-Type: text/plain; charset=utf-8\n\n"
                         "This is the mail system at host mail.example.co.jp.\n\n")
        + (delayed ? QStringLiteral("####################################################################\n"
                                    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                                    "####################################################################\n\n"
                                    "Your message could not be delivered for more than 4 hour(s).\n"
                                    "It will be retried until it is 5 day(s) old.\n\n")
                   : QStringLiteral("I'm sorry to have to inform you that your message could not\n"
                                    "be delivered to one or more recipients. It's attached below.\n\n"))
        + QStringLiteral("                   The mail system\n\n<%1>: host %2[192.0.2.10] said: %3 (in reply to %4 "
                         "command)\n\n")
              .arg(rcpt, remote, reply, QString::fromUtf8(r.command))
        + QStringLiteral("--B1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.co.jp\n\n"
                         "Final-Recipient: rfc822; %1\nOriginal-Recipient: rfc822;%1\nAction: %2\nStatus: %3\n"
                         "Remote-MTA: dns; %4\nDiagnostic-Code: smtp; %5\n\n")
              .arg(rcpt, delayed ? QStringLiteral("delayed") : QStringLiteral("failed"), statusOf(reply), remote, reply)
        + QStringLiteral("--B1\nContent-Type: text/rfc822-headers\n\nFrom: sato@example.co.jp\nTo: %1\n"
                         "Subject: Quote\n\n--B1--\n")
              .arg(rcpt);
}

QString qmail(const Row &r)
{
    return QStringLiteral("From: MAILER-DAEMON@mail.example.jp\nTo: sato@example.jp\nSubject: failure notice\n") + head
        + QStringLiteral("\nHi. This is the qmail-send program at mail.example.jp.\n"
                         "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                         "<%1>:\n192.0.2.40 does not like recipient.\nRemote host said: %2\nGiving up on 192.0.2.40.\n\n"
                         "--- Below this line is a copy of the message.\n\nFrom: sato@example.jp\nSubject: Quote\n\n"
                         "Hello\n")
              .arg(QString::fromUtf8(r.recipient), QString::fromUtf8(r.reply));
}

QString exim(const Row &r)
{
    const QString rcpt = QString::fromUtf8(r.recipient);
    const QString command = QString::fromUtf8(r.command) == QLatin1String(RCPT)
        ? QStringLiteral("RCPT TO:<%1>").arg(rcpt)
        : QStringLiteral("end of data");
    // A 4xx reply is still being retried: Exim's delay warning, as Postfix's above. Its failure
    // notice ("This is a permanent error") comes only once Exim has given up (issue 19).
    if (QString::fromUtf8(r.reply).startsWith(QLatin1Char('4')))
        return QStringLiteral("From: Mail Delivery System <Mailer-Daemon@mail.example.co.uk>\nTo: sato@example.co.uk\n"
                              "Subject: Warning: message 1vXyZa-000AbC-Qq delayed 24 hours\n")
            + head
            + QStringLiteral("Content-Type: text/plain; charset=utf-8\n\n"
                             "This message was created automatically by mail delivery software.\n"
                             "A message that you sent has not yet been delivered to one or more of its\n"
                             "recipients after more than 24 hours on the queue on mail.example.co.uk.\n\n"
                             "The address to which the message has not yet been delivered is:\n\n"
                             "  %1\n    host %2 [192.0.2.20]\n    SMTP error from remote mail server after %3:\n    %4\n\n"
                             "No action is required on your part. Delivery attempts will continue for\n"
                             "some time, and this warning may be repeated at intervals if the message\n"
                             "remains undelivered.\n")
                  .arg(rcpt, QString::fromUtf8(r.remote), command, QString::fromUtf8(r.reply));
    return QStringLiteral("From: Mail Delivery System <Mailer-Daemon@mail.example.co.uk>\nTo: sato@example.co.uk\n"
                          "Subject: Mail delivery failed: returning message to sender\n")
        + head
        + QStringLiteral("Content-Type: text/plain; charset=utf-8\n\n"
                         "This message was created automatically by mail delivery software.\n\n"
                         "A message that you sent could not be delivered to one or more of its\n"
                         "recipients. This is a permanent error. The following address(es) failed:\n\n"
                         "  %1\n    host %2 [192.0.2.20]\n    SMTP error from remote mail server after %3:\n    %4\n\n"
                         "------ This is a copy of the message, including all the headers. ------\n\n"
                         "From: sato@example.co.uk\nSubject: Quote\n\nHello\n")
              .arg(rcpt, QString::fromUtf8(r.remote), command, QString::fromUtf8(r.reply));
}

QString sendmail(const Row &r)
{
    const QString rcpt = QString::fromUtf8(r.recipient), remote = QString::fromUtf8(r.remote),
                  reply = QString::fromUtf8(r.reply);
    return QStringLiteral("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.co.jp>\nTo: <sato@example.co.jp>\n"
                          "Subject: Warning: could not send message for past 4 hours\n")
        + head
        + QStringLiteral("Content-Type: multipart/report; report-type=delivery-status; boundary=\"B2\"\n\n"
                         "--B2\n\n    **********************************************\n"
                         "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                         "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                         "    **********************************************\n\n"
                         "   ----- Transcript of session follows -----\n... while talking to %1.:\n>>> DATA\n<<< %2\n"
                         "<%3>... Deferred: %2\n<<< 554 5.5.1 Error: no valid recipients\n"
                         "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n"
                         "--B2\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.co.jp\n\n"
                         "Final-Recipient: RFC822; %3\nAction: delayed\nStatus: %4\nRemote-MTA: DNS; %1\n"
                         "Diagnostic-Code: SMTP; %2\nWill-Retry-Until: Sat, 14 Nov 2026 09:01:47 +0900\n\n--B2--\n")
              .arg(remote, reply, rcpt, statusOf(reply));
}

QByteArray ndr(const Row &r)
{
    switch (r.shape) {
    case Shape::Postfix: return postfix(r).toUtf8();
    case Shape::Qmail: return qmail(r).toUtf8();
    case Shape::Exim: return exim(r).toUtf8();
    case Shape::Sendmail: return sendmail(r).toUtf8();
    }
    return {};
}

} // namespace

class TestFactsWordings : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(rows)); ++i)
            QTest::newRow(rows[i].name) << i;
    }

    void decodes()
    {
        QFETCH(int, index);
        const Row &r = rows[index];
        const ReadResult read = readData(ndr(r), QStringLiteral("facts.eml"));
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.messages.size(), 1);
        const QList<Bounce> bounces = decode(read.messages.first());
        QCOMPARE(bounces.size(), 1);
        const Bounce &b = bounces.first();
        QCOMPARE(b.recipient, QString::fromUtf8(r.recipient));
        const QString got = QStringLiteral("op=%1 list=%2 ip=%3 domain=%4 temp=%5 reason=%6 recipientSide=%7")
                                .arg(b.operatorId, b.list, b.listedIp, b.listedDomain,
                                     b.temporary ? QStringLiteral("1") : QStringLiteral("0"), b.reason,
                                     b.recipientSide ? QStringLiteral("1") : QStringLiteral("0"));
        const QString want = QStringLiteral("op=%1 list=%2 ip=%3 domain=%4 temp=%5 reason=%6 recipientSide=%7")
                                 .arg(QString::fromUtf8(r.op), QString::fromUtf8(r.list), QString::fromUtf8(r.ip),
                                      QString::fromUtf8(r.domain), r.temporary ? QStringLiteral("1") : QStringLiteral("0"),
                                      QString::fromUtf8(r.reason), r.recipientSide ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(got, want);
        // Never the refusing server's own address, never a resolver's.
        QVERIFY(b.listedIp.isEmpty() || !b.listedIp.startsWith(QLatin1String("192.0.2.")));
        QVERIFY(b.listedIp.isEmpty() || !b.listedIp.startsWith(QLatin1String("198.51.100.5")));
    }
};

QTEST_GUILESS_MAIN(TestFactsWordings)
#include "test_facts_wordings.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Reason classification: the status code says what it can; the reply text, read against
// phrase tables in a fixed order of precedence, says the rest.
#include "decode/reason/reason.h"

#include "decode/reason/reason_phrases.h"

#include "common/lower_case.h"
#include "common/regex_literal.h"

#include <QRegularExpression>

namespace bn {

namespace {

using reasons::mentions;
using reasons::reasonOfStatus;

//! Reasons that a later, more specific finding may replace.
bool isVague(const QString &reason)
{
    static const QStringList vague{QStringLiteral("undefined"), QStringLiteral("onhold"), QStringLiteral("systemerror"),
                                   QStringLiteral("securityerror"), QStringLiteral("expired"),
                                   QStringLiteral("networkerror"), QStringLiteral("hostunknown"),
                                   QStringLiteral("userunknown")};
    return reason.isEmpty() || vague.contains(reason);
}

bool isExplicit(const QString &reason)
{
    return !reason.isEmpty() && reason != QLatin1String("undefined") && reason != QLatin1String("onhold");
}

bool beforeData(const QString &command)
{
    static const QStringList commands{QStringLiteral("CONN"), QStringLiteral("EHLO"), QStringLiteral("HELO"),
                                      QStringLiteral("STARTTLS"), QStringLiteral("AUTH"), QStringLiteral("MAIL"),
                                      QStringLiteral("RCPT")};
    return commands.contains(command);
}

struct Facts
{
    const Bounce &b;
    QString text;          //!< the diagnostic, lower case
    QString statusReason;  //!< what the status alone says
};

// Each rule decides whether the refusal is of its reason, in the order of `firstPass`.
using Rule = bool (*)(const Facts &);

bool isMailboxFull(const Facts &f) { return f.statusReason == QLatin1String("mailboxfull") || mentions(u"mailboxfull", f.text); }
bool isTooLarge(const Facts &f) { return f.statusReason == QLatin1String("emailtoolarge") || mentions(u"emailtoolarge", f.text); }
bool isSuspend(const Facts &f) { return f.b.replyCode == QLatin1String("525") || mentions(u"suspend", f.text); }
bool isHasMoved(const Facts &f) { return f.statusReason == QLatin1String("hasmoved") || mentions(u"hasmoved", f.text); }
bool isNoRelaying(const Facts &f)
{
    const QString &c = f.b.smtpCommand;
    if (c == QLatin1String("CONN") || c == QLatin1String("EHLO") || c == QLatin1String("HELO"))
        return false;
    return mentions(u"norelaying", f.text);
}
bool isAuthFailure(const Facts &f) { return f.statusReason == QLatin1String("authfailure") || mentions(u"authfailure", f.text); }
bool isUserUnknown(const Facts &f)
{
    if (f.statusReason == QLatin1String("userunknown")) {
        for (const char16_t *other : {u"norelaying", u"blocked", u"mailboxfull", u"hasmoved", u"rejected", u"notaccept",
                                      u"ratelimited"})
            if (mentions(QStringView(other), f.text))
                return false;
        return true;
    }
    // The recipient's existence is judged at RCPT; "user unknown" after DATA, or in a report
    // that names no command, is a filter's answer (Sisimai reads it so too).
    if (f.b.smtpCommand != QLatin1String("RCPT"))
        return false;
    return mentions(u"userunknown", f.text) || f.text.endsWith(QLatin1String("recipient address rejected."));
}
bool isFiltered(const Facts &f)
{
    if (f.statusReason == QLatin1String("filtered"))
        return mentions(u"userunknown", f.text) || mentions(u"filtered", f.text);
    if (beforeData(f.b.smtpCommand))
        return false;
    return mentions(u"filtered", f.text) || mentions(u"userunknown", f.text);
}
bool isRequirePtr(const Facts &f) { return f.statusReason == QLatin1String("requireptr") || mentions(u"requireptr", f.text); }
bool isNotCompliant(const Facts &f) { return mentions(u"notcompliantrfc", f.text); }
bool isBadReputation(const Facts &f) { return mentions(u"badreputation", f.text); }
bool isSpamDetected(const Facts &f)
{
    if (f.b.status.isEmpty())
        return false;
    if (f.statusReason == QLatin1String("spamdetected"))
        return true;
    if (beforeData(f.b.smtpCommand))
        return false;
    return mentions(u"spamdetected", f.text);
}
bool isContentError(const Facts &f)
{
    if (isSpamDetected(f))
        return false;
    return f.statusReason == QLatin1String("contenterror") || mentions(u"contenterror", f.text);
}
bool isRejected(const Facts &f)
{
    if (f.statusReason == QLatin1String("rejected"))
        return true;
    const QString &c = f.b.smtpCommand;
    if (c == QLatin1String("MAIL"))
        return mentions(u"rejected", f.text) || f.text.contains(QLatin1String("access denied"));
    if (c == QLatin1String("DATA") && f.statusReason != QLatin1String("userunknown"))
        return mentions(u"rejected", f.text);
    if (!isExplicit(f.statusReason) || f.statusReason == QLatin1String("securityerror")
        || f.statusReason == QLatin1String("systemerror"))
        return mentions(u"rejected", f.text);
    return false;
}
bool isHostUnknown(const Facts &f)
{
    if (f.statusReason == QLatin1String("hostunknown"))
        return !mentions(u"networkerror", f.text);
    // Gmail's "DNS Error: … Domain name not found": the domain does not exist. A report that
    // still calls it temporary (4.x.x) is about a lookup that failed for now (a network error).
    if (!f.b.status.startsWith(QLatin1Char('4')) && f.text.contains(QLatin1String("domain name not found")))
        return true;
    return mentions(u"hostunknown", f.text);
}
bool isRateLimited(const Facts &f) { return f.statusReason == QLatin1String("ratelimited") || mentions(u"ratelimited", f.text); }
bool isBlocked(const Facts &f)
{
    // A blocklist the catalog recognised names the sending IP: a block, whatever the wording;
    // unless the wording says the message broke a policy (Yahoo [PH01]: content, not the IP).
    if (!f.b.operatorId.isEmpty() && !f.b.list.isEmpty() && !mentions(u"policyviolation", f.text))
        return true;
    return f.statusReason == QLatin1String("blocked") || mentions(u"blocked", f.text);
}

struct NamedRule
{
    const char *reason;
    Rule rule;
};

// The order matters: the first rule that holds wins.
const NamedRule firstPass[] = {
    {"mailboxfull", isMailboxFull}, {"emailtoolarge", isTooLarge}, {"suspend", isSuspend},
    {"hasmoved", isHasMoved}, {"norelaying", isNoRelaying}, {"authfailure", isAuthFailure},
    {"userunknown", isUserUnknown}, {"filtered", isFiltered}, {"requireptr", isRequirePtr},
    {"notcompliantrfc", isNotCompliant}, {"badreputation", isBadReputation}, {"contenterror", isContentError},
    {"rejected", isRejected}, {"hostunknown", isHostUnknown}, {"spamdetected", isSpamDetected},
    {"ratelimited", isRateLimited}, {"blocked", isBlocked},
};

// When the first pass finds nothing: phrases alone, in this order.
const char *const secondPass[] = {"mailboxfull", "authfailure", "badreputation", "ratelimited", "spamdetected",
                                  "virusdetected", "policyviolation", "norelaying", "systemerror",
                                  "notaccept", // a null MX is named in DNS wordings: before networkerror
                                  "networkerror",
                                  "suspend", "contenterror", "systemfull", "notaccept", "expired", "failedstarttls",
                                  "securityerror", "mailererror", "syntaxerror"};

QString secondChance(const Facts &f, const QString &action)
{
    QString reason = f.statusReason;
    const QString type = f.b.diagnosticType;
    if (!isVague(reason) && !type.startsWith(QLatin1String("X-")))
        return reason;
    for (const char *r : secondPass) {
        const QString name = QLatin1String(r);
        if (mentions(name, f.text))
            return name;
    }
    if (f.b.replyCode == QLatin1String("521") || f.b.replyCode == QLatin1String("556"))
        return QStringLiteral("notaccept");
    if (!reason.isEmpty())
        return reason;
    const QStringView klass = QStringView(f.b.status).left(3);
    if (klass == QLatin1String("5.6") || klass == QLatin1String("4.6"))
        return QStringLiteral("contenterror");
    if (klass == QLatin1String("5.7") || klass == QLatin1String("4.7"))
        return QStringLiteral("securityerror");
    if (type.startsWith(QLatin1String("X-UNIX")))
        return QStringLiteral("mailererror");
    const int code = f.b.replyCode.toInt();
    if ((code > 400 && code < 408) || (code > 500 && code < 508))
        return QStringLiteral("syntaxerror");
    if (action == QLatin1String("delayed") || action == QLatin1String("expired"))
        return QStringLiteral("expired");
    if (f.b.smtpCommand == QLatin1String("EHLO") || f.b.smtpCommand == QLatin1String("HELO"))
        return QStringLiteral("blocked");
    return {};
}

//! A multi-line reply unfolded: "550-5.2.1 The user … at a rate that 550-5.2.1 prevents …" read
//! as one sentence, the code repeated at each line removed after its first use.
QString withoutContinuations(const QString &text)
{
    static const QRegularExpression first(QStringLiteral("(?:^|\\s)([2-5]\\d\\d)-([2-5]\\.\\d{1,3}\\.\\d{1,3}\\s)?"));
    const QRegularExpressionMatch m = first.match(text);
    if (!m.hasMatch())
        return text;
    const QString code = m.captured(1);
    const QString status = m.captured(2).trimmed();
    // Each later "<space><code>-" or "<space><code> ", with the status and a space after it if
    // they follow, becomes one space.
    const QStringView t(text);
    QString out = text.left(m.capturedEnd());
    qsizetype i = m.capturedEnd();
    while (i < t.size()) {
        const qsizetype sep = i + 1 + code.size();
        if (t[i].isSpace() && sep < t.size() && t.mid(i + 1).startsWith(code)
            && (t[sep] == QLatin1Char('-') || t[sep] == QLatin1Char(' '))) {
            i = sep + 1;
            const qsizetype after = i + status.size();
            if (!status.isEmpty() && after < t.size() && t.mid(i).startsWith(status) && t[after].isSpace())
                i = after + 1;
            out += QLatin1Char(' ');
            continue;
        }
        out += t[i++];
    }
    return out;
}

//! Whether a notification's text says that its sender is still trying to deliver (a delay warning).
bool stillRetrying(const QString &text)
{
    static const CaselessPhrases retrying({"delivery attempts will continue", "will continue to try",
                                           "will continue to attempt", "will continue trying", "will keep trying",
                                           "will keep on trying", "this is a warning only", "you do not need to resend",
                                           "notification about a delay", "will retry for", "will be retried until",
                                           "delivery incomplete"});
    // Gmail's Japanese "配信未完了" (delivery incomplete), "再試行します" (will retry)
    return retrying.foundIn(text) || text.contains(QStringView(u"配信未完了")) || text.contains(QStringView(u"再試行します"));
}

bool isDelayWarning(const ReasonContext &context, const Bounce &bounce)
{
    if (context.action == QLatin1String("delayed"))
        return true;
    if (!context.message)
        return false;
    static const CaselessPhrases delay({"delay", "will keep trying", "will retry", "still undelivered",
                                        "has not yet been delivered", "not yet been delivered", "warning: could not send"});
    if (delay.foundIn(context.message->headers.value("Subject")))
        return true;
    // A refusal with a code says what it is by the code's class. Without one, the text may say
    // that the server keeps trying ("Delivery attempts will continue to be made for 5 day(s).",
    // "We will continue to try to deliver your message"); "will not retry" says no such thing.
    if (!bounce.status.isEmpty() || !bounce.replyCode.isEmpty())
        return false;
    return stillRetrying(context.message->notificationText());
}

//! Whether the notification says that the sending server gave up: the message came back and is
//! not being retried, whatever class the last reply was of ("retry timeout exceeded", "could not
//! be delivered for 5 days", "Message expired", a report's "Action: failed" with a 4.x.x status).
bool gaveUp(const ReasonContext &context, const Bounce &bounce)
{
    if (context.action == QLatin1String("failed") && bounce.status.startsWith(QLatin1Char('4')))
        return true;
    if (!context.message)
        return false;
    static const CaselessPhrases final({"retry timeout exceeded", "message expired",
                                        "i've given up", "has given up", "gave up", "giving up", "will be deleted from queue",
                                        "deleted from the queue", "stopped trying", "will not be retried",
                                        "will not retry", "this is a permanent error", "** message not delivered **",
                                        "delivery time expired", "message timed out", "unable to deliver message after"});
    // "could not be delivered for 5 days", "… for too long" (not "for the following reason")
    static const QRegularExpression forDays(QStringLiteral("could not be delivered for (?:\\d|too long)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString text = context.message->notificationText();
    // Japanese notices: 「配信を中止しました」 (delivery was stopped), 「再送を中止」 (no more retries)
    const bool stoppedJa = text.contains(QStringView(u"配信を中止")) || text.contains(QStringView(u"再送を中止"));
    return (final.foundIn(text) || forDays.match(text).hasMatch() || stoppedJa) && !stillRetrying(text);
}

} // namespace

void classifyReason(Bounce &bounce, const ReasonContext &context)
{
    // `temporary` says whether the sending server is still trying: a 4xx refusal is, unless the
    // notification says it gave up and returned the message.
    const bool delayed = isDelayWarning(context, bounce);
    bounce.temporary = bounce.status.startsWith(QLatin1Char('4')) || bounce.replyCode.startsWith(QLatin1Char('4'))
        || delayed;
    if (bounce.status.startsWith(QLatin1Char('5')) && !delayed)
        bounce.temporary = false;
    // A message returned after its server kept retrying a 4xx refusal: its delivery time expired,
    // when nothing more specific is said.
    const bool expiredAfterRetries = bounce.temporary && !delayed && gaveUp(context, bounce);
    if (expiredAfterRetries)
        bounce.temporary = false;

    // What the format states itself wins unless it is vague.
    if (!context.engineHint.isEmpty() && !isVague(context.engineHint)) {
        bounce.reason = context.engineHint;
        if (bounce.reason == QLatin1String("feedback") || bounce.reason == QLatin1String("vacation")
            || bounce.reason == QLatin1String("delivered"))
            bounce.temporary = false;
        return;
    }
    if (bounce.status.startsWith(QLatin1String("2."))) {
        bounce.reason = QStringLiteral("delivered");
        return;
    }

    const Facts facts{bounce, withoutContinuations(lowerCased(bounce.diagnostic)), reasonOfStatus(bounce.status)};
    // Without a remote MTA, the reporting MTA refused on its own: its wordings are the ones to read.
    const QString &server = bounce.remoteMta.isEmpty() ? bounce.reportingMta : bounce.remoteMta;
    QString reason = reasons::decisiveReason(facts.text, server, bounce.recipient, bounce.smtpCommand);
    if (!reason.isEmpty()) {
        bounce.reason = reason;
        return;
    }
    if (!bounce.diagnosticType.startsWith(QLatin1String("X-"))) { // SMTP, empty, or "unknown"
        for (const NamedRule &r : firstPass) {
            if (r.rule(facts)) {
                reason = QLatin1String(r.reason);
                break;
            }
        }
    }
    if (reason.isEmpty())
        reason = secondChance(facts, context.action);
    if (reason.isEmpty() && (delayed || expiredAfterRetries))
        reason = QStringLiteral("expired");
    if (reason.isEmpty() && mentions(u"vacation", facts.text))
        reason = QStringLiteral("vacation");
    if (reason.isEmpty())
        reason = context.engineHint;
    if (reason.isEmpty())
        reason = bounce.diagnostic.isEmpty() ? QStringLiteral("undefined") : QStringLiteral("onhold");
    bounce.reason = reason;
}

} // namespace bn

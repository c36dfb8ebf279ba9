// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text notifications (Postfix, qmail, Exim, Sendmail, Courier, and the many MTAs that
// write "<recipient>: reason" or an indented address followed by the error).
#include "decode/formats/extraction.h"
#include "decode/formats/quoted_headers.h"
#include "decode/formats/smtp_text.h"

#include "common/regex_literal.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace bn {

namespace {

//! An SMTP reply code or an enhanced status code, anywhere.
const QRegularExpression &replyCodeOrStatus()
{
    static const QRegularExpression re(QStringLiteral("\\b[45]\\d\\d\\b|[45]\\.\\d\\.\\d"));
    return re;
}

// Cheap necessary conditions of the line shapes that hold no literal text but the address.
// Each may say yes where the shape fails, never the reverse: "\\s" is taken widely (PCRE2 reads
// only ASCII white space so), and an address as any run of its characters around an '@'.

bool isSpaceLike(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= '\t' && u <= '\r') || u == 0x85 || u == 0xA0;
}

bool isLocalPartChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && (QChar::isLetterOrNumber(u) || QByteArrayView("!#$%&'*+/=?^_`{|}~.-").contains(char(u)));
}

//! Whether \a line can start with an address: at most 8 blanks, a '"' or '<' perhaps, then the
//! address's local part up to its '@' ("^\\s{0,8}\"?<address>", "^\\s{0,8}<?<address>").
bool mayStartWithAddress(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpaceLike(line[i]))
        ++i;
    if (i > 8)
        return false;
    if (i < line.size() && (line[i] == QLatin1Char('"') || line[i] == QLatin1Char('<')))
        ++i;
    const qsizetype local = i;
    while (i < line.size() && isLocalPartChar(line[i]))
        ++i;
    return i > local && i < line.size() && line[i] == QLatin1Char('@');
}

//! Whether \a line can end with an address after a colon: "…:\\s*<?<address>>?\\s*$". The
//! address's domain runs from the last '@' to the end, and its local part, all the characters it
//! may hold before that '@', follows the colon.
bool mayEndWithAddressAfterColon(QStringView line)
{
    const qsizetype at = line.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return false;
    qsizetype end = line.size();
    while (end > at && isSpaceLike(line[end - 1]))
        --end;
    if (end > at && line[end - 1] == QLatin1Char('>'))
        --end;
    for (qsizetype i = at + 1; i < end; ++i)
        if (!isLocalPartChar(line[i])) // the domain's characters are among them
            return false;
    qsizetype i = at;
    while (i > 0 && isLocalPartChar(line[i - 1]))
        --i;
    if (i == at)
        return false;
    if (i > 0 && line[i - 1] == QLatin1Char('<'))
        --i;
    while (i > 0 && isSpaceLike(line[i - 1]))
        --i;
    return i > 0 && line[i - 1] == QLatin1Char(':');
}

//! A line that names a recipient, and what follows it on that line.
struct RecipientLine
{
    QString address;
    QString rest;
    bool inSentence = false; //!< a sentence names it ("Your message to <user@example.jp> was rejected")
};

bool recipientLine(QStringView line, RecipientLine &out)
{
    static const QString addr = QStringLiteral("([A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})");
    // Tried in order; the shapes' fixed words ("<", "...", "rcpt to:"…), searched at once, skip
    // those a line lacks, and the address's place those without any (the checks, after the list).
    static const OrderedRegexes shapes({
        // "<user@example.jp>: host … said: 550 …" (Postfix, qmail), "<user@example.jp>" (Sendmail)
        QRegularExpression(QStringLiteral("^\\s{0,8}<") + addr + QStringLiteral(">\\s*(?:\\(expanded from[^)]*\\))?:?\\s*(.*)$")),
        // "  user@example.jp" alone, "user@example.jp: reason", "\"user@example.jp\":" (Exim, Courier, GMX…),
        // "\"user@example.jp\" <user@example.jp>" (Microsoft CDO)
        QRegularExpression(QStringLiteral("^\\s{0,8}\"?") + addr + QStringLiteral("\"?(?:\\s+<[^<>\\s]+>)?\\s*(?::\\s+(.*)|:?\\s*$)")),
        // ">>> user@example.jp <user@example.jp>" (ActiveHunter, some Sendmail variants)
        QRegularExpression(QStringLiteral("^\\s*>>>\\s*<?") + addr + QStringLiteral(">?(?:\\s+<[^>]*>)?\\s*()$")),
        // "user@example.jp... User unknown", "550 5.1.1 <user@example.jp>... User unknown" (Sendmail transcripts)
        QRegularExpression(QStringLiteral("^\\s{0,4}(?:[45]\\d\\d\\s+)?(?:[45]\\.\\d\\.\\d{1,3}\\s+)?<?") + addr + QStringLiteral(">?\\.\\.\\.\\s*(.*)$")),
        // "   * user@example.jp", "  - user@example.jp", "-- user@example.jp" (bulleted lists)
        QRegularExpression(QStringLiteral("^\\s{0,8}(?:[*\\-\\x{2022}]|--)\\s+<?") + addr + QStringLiteral(">?\\s*()$")),
        // "Final-Recipient: rfc822; user@example.jp" written into the text
        QRegularExpression(QStringLiteral("^\\s*(?:Final|Original)-Recipient:\\s*(?:rfc822;)?\\s*<?") + addr
                           + QStringLiteral(">?\\s*()$"), QRegularExpression::CaseInsensitiveOption),
        // "user@example.jp Invalid Address, ERROR_CODE :550", "user@example.jp on Thu, 29 Apr 2010" (Zoho, Exchange),
        // "user@example.jp; Action: Delayed" (a delay notice listing its recipients)
        QRegularExpression(QStringLiteral("^\\s{0,8}<?") + addr + QStringLiteral(">?;?\\s+(\\S.*)$")),
        // "There was an error delivering your mail to <user@example.jp>." (DragonFly and others),
        // "Your message wasn't delivered to user@example.jp because the address couldn't be found" (Gmail),
        // "The following message, addressed to 'user@example.jp', failed", "(Originally addressed to
        // user@example.jp)", "Your message to <user@example.jp> was automatically rejected" (Dovecot),
        // "Local mailbox user@example.jp is unavailable", "Recipient: [SMTP:user@example.jp]" (MailEnable,
        // Exchange)
        QRegularExpression(QStringLiteral("(?:deliver(?:ing|ed)?\\s+(?:your\\s+)?(?:mail|message)\\s+to|(?:could\\s+not|couldn't|couldn\u2019t)\\s+be\\s+delivered\\s+to"
                                          "|(?:wasn't|wasn\u2019t|was\\s+not)\\s+delivered\\s+to"
                                          "|undeliverable\\s+to|delivery\\s+to|failed\\s+to\\s+deliver\\s+to|addressed\\s+to"
                                          "|your\\s+(?:message|mail|e-?mail)\\s+to|\\bmailbox(?=\\s)|recipient)"
                                          "\\s*:?\\s*(?:\\[?SMTP:)?[<'\"]?")
                               + addr + QStringLiteral("[>'\"\\]]?[.:,)]?\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption),
        // "The following recipients returned permanent errors: user@example.jp. Reason: …"
        QRegularExpression(QStringLiteral("(?:recipients?|address(?:es)?) (?:returned|had) (?:permanent |temporary |fatal )?errors?:\\s*<?")
                               + addr + QStringLiteral(">?[.,;]?\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption),
        // "[Status: Error, Address: <user@example.jp>, ResponseCode 421, , Host not reachable.]" (Zoho)
        QRegularExpression(QStringLiteral("^\\s*\\[?Status:\\s*[^,]*,\\s*Address:\\s*<?") + addr
                               + QStringLiteral(">?\\s*,\\s*(.*?)\\]?\\s*$"), QRegularExpression::CaseInsensitiveOption),
        // "  RCPT TO: user@example.jp" in a list of the message's details (Apache James, Verizon),
        // " In:  RCPT TO:<user@example.jp> ORCPT=…" in Postfix's session transcript, "SMTP error from
        // remote mail server after RCPT TO:<user@example.jp>:" (Exim, the local part alone above it)
        QRegularExpression(QStringLiteral("^\\s*(?:In:\\s*|SMTP error from remote mail server after\\s+)?RCPT TO:\\s*<?") + addr
                               + QStringLiteral(">?:?(?:\\s+\\S+=\\S*)*\\s*()$"),
                           QRegularExpression::CaseInsensitiveOption),
        // "User mailbox exceeds allowed size: user@example.jp" (IMail and others: the reason first)
        // (the sender named in the returned message's details is no recipient: "MAIL FROM: …", "From: …",
        // nor in a transcript: ">>> MAIL FROM:<…>")
        QRegularExpression(QStringLiteral("^\\s*(?!(?:>>>\\s*)?(?i:mail from|from|cc|bcc|reply-to|sender|return-path)\\s*:)"
                                          "(\\S.*\\S)\\s*:\\s*<?") + addr + QStringLiteral(">?\\s*$")),
        // "Failed recipient: user@example.jp", "Recipient address: …", "Original-Recipient …"
        QRegularExpression(QStringLiteral("^\\s*(?:Failed recipient|Recipient address|Recipient|Address|Invalid recipient|Unknown recipient)s?:\\s*<?")
                               + addr + QStringLiteral(">?\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption),
        // "c=US;a= ;p=ORG;o=Site;dda:SMTP=user@example.jp; on Fri, 4 Oct 2002" (Exchange 5.5, X.400)
        QRegularExpression(QStringLiteral("dda:SMTP=") + addr + QStringLiteral(";?\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption),
        // "  save to /var/mail/user" or "  pipe to |/usr/bin/filter", then "    generated by user@example.jp":
        // Exim naming the address whose own delivery (a file, a program) failed
        QRegularExpression(QStringLiteral("^\\s+generated by\\s+<?") + addr + QStringLiteral(">?\\s*()$")),
        // "user@example.jp にメールを配信できませんでした" (Gmail), "user@example.jp 宛てのメッセージを配信できませんでした"
        // (Microsoft 365), "user@example.jp へのメールはブロックされました": a Japanese sentence names it before its verb
        QRegularExpression(addr + QStringLiteral("\\s*(?:\u306b|\u3078|\u5b9b\u3066|\u5b9b)\u306e?\\s*(?:\u30e1\u30fc\u30eb|\u30e1\u30c3\u30bb\u30fc\u30b8)(.*)$")),
    }, {nullptr, mayStartWithAddress, nullptr, nullptr, nullptr, nullptr, mayStartWithAddress, // the 2nd and 7th
        nullptr, nullptr, nullptr, nullptr, mayEndWithAddressAfterColon}); // the 12th

    constexpr qsizetype SentenceShape = 7;     // "There was an error delivering your mail to <user@example.jp>."
    constexpr qsizetype JapaneseSentenceShape = 15; // "user@example.jp にメールを配信できませんでした"
    constexpr qsizetype ReasonFirstShape = 11; // "User mailbox exceeds allowed size: user@example.jp"
    if (!line.contains(QLatin1Char('@'))) // every shape holds an address: most lines are ruled out at once
        return false;
    qsizetype shape = -1;
    const QRegularExpressionMatch m = shapes.firstMatch(line, &shape);
    if (!m.hasMatch())
        return false;
    const bool reasonFirst = shape == ReasonFirstShape; // the reason may hold an address too
    const int addressGroup = reasonFirst ? 2 : 1;
    if (smtp::isTruncated(line, m.capturedStart(addressGroup), m.capturedEnd(addressGroup)))
        return false; // a piece of an unreadable address
    out.address = (reasonFirst ? m.captured(2) : m.captured(1)).toLower();
    out.rest = (reasonFirst ? m.captured(1) : m.captured(2)).trimmed();
    if (shape == JapaneseSentenceShape) // the reason comes before the address: the whole sentence is the error
        out.rest = line.trimmed().toString();
    out.inSentence = shape == SentenceShape || shape == JapaneseSentenceShape;
    return true;
}

//! Whether \a address on \a line is one to write to for help ("please contact <support@…>",
//! or "write to" ending the line \a before it), or the sender's ("A message sent by" ending the
//! line before, Exim), not a recipient.
bool namesContact(QStringView line, const QString &address, QStringView before)
{
    static const QRegularExpression invitation(QStringLiteral("(?:contact(?: us)?(?: at)?|write (?:to|us at)|e-?mail us(?: at)?|reach us at"
                                                              "|\\bsent by)\\s*:?\\s*<?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const qsizetype at = line.indexOf(address, 0, Qt::CaseInsensitive);
    const QStringView lead = at < 0 ? QStringView() : line.left(at);
    if (!lead.trimmed().isEmpty() && lead.trimmed() != QLatin1String("<"))
        return invitation.match(lead).hasMatch();
    return invitation.match(before.trimmed()).hasMatch();
}

bool looksLikeBounce(const Message &message, const NotificationText &n)
{
    // Plain words, found at once as case-insensitive regexes of them would.
    static const CaselessPhrases from({"mailer-daemon", "postmaster", "post_master", "mail delivery", "mail administrator",
                                       "mailer", "mail system", "mdaemon", "returned", "bounce", "nobody@", "root@",
                                       "notification", "failure", "administrator"});
    static const CaselessPhrases subject({"undeliver", "undelivered", "delivery", "returned", "failure", "failed", "fail",
                                          "bounce", "could not", "can't", "cannot", "not delivered", "error", "problem",
                                          "rejected", "warning", "delayed", "notification", "notice", "unzustellbar",
                                          "non remis"});
    // The rest of the subject's words: not plain ASCII.
    static const QRegularExpression subjectOthers(QStringLiteral("non.?deliver|配信|送信|エラー|不達|返送|届"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (message.headers.contains("X-Failed-Recipients"))
        return true;
    if (message.headers.value("Content-Type").contains(QLatin1String("report"), Qt::CaseInsensitive))
        return true;
    // Notifications sent from ordinary-looking addresses still say what they are.
    static const CaselessPhrases body({"could not be delivered to", "was not delivered to", "couldn't be delivered to",
                                       "delivery to the following recipient failed",
                                       "delivery to the following recipients failed",
                                       "following addresses had fatal errors", "following addresses had delivery errors",
                                       "following addresses had permanent fatal errors",
                                       "following addresses had permanent delivery errors",
                                       "unable to deliver message to", "unable to deliver your message to",
                                       "message could not be delivered", "did not reach the following recipient"});
    return from.foundIn(n.from) || subject.foundIn(n.subject) || subjectOthers.match(n.subject).hasMatch()
        || body.foundIn(n.text);
}

//! The lines around \a address: where it stands alone on a line (a list entry, no label), else
//! where a sentence names it as a recipient ("(Originally addressed to user@example.jp)", the
//! reason below; not prose that merely starts with it, "mike@example.edu fails, try …", nor a
//! field); empty if no line does.
QString textAroundAddress(const QString &text, const QString &address)
{
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    static const QRegularExpression bare(QStringLiteral(
        "^\\s*(?:[*\\-\\x{2022}]\\s+|--\\s+)?[<\"]?([^\\s<>\"]+@[^\\s<>\"]+?)[>\"]?(?:\\s+<[^<>\\s]+>)?[.:,]?\\s*$"));
    const auto inSentence = [&](QStringView line) {
        RecipientLine r;
        return recipientLine(line, r) && r.inSentence && r.address.compare(address, Qt::CaseInsensitive) == 0;
    };
    qsizetype at = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).contains(address, Qt::CaseInsensitive)) // most lines are ruled out at once
            continue;
        if (at < 0 && inSentence(lines.at(i)))
            at = i;
        const QRegularExpressionMatch m = bare.match(lines.at(i));
        if (m.hasMatch() && m.captured(1).compare(address, Qt::CaseInsensitive) == 0) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return {};
    QStringList context;
    for (qsizetype j = qMax<qsizetype>(0, at - 8); j < qMin(lines.size(), at + 9); ++j)
        if (j != at && !lines.at(j).contains(QLatin1Char('@')))
            context.append(lines.at(j).trimmed().toString());
    return smtp::squeeze(context.join(QLatin1Char(' '))).left(1000);
}

//! The addresses the returned original was sent to: its To header, attached or inline after
//! the notification. At most a few: more would be a guess.
QStringList returnedRecipients(const Message &message, const NotificationText &n)
{
    QString to = message.returnedHeaders.value("To");
    static const QRegularExpression header(QStringLiteral("^To:[ \\t]*(.+)$"), QRegularExpression::MultilineOption);
    if (to.isEmpty()) {
        const QString whole = message.notificationText();
        const QRegularExpressionMatch m = header.match(whole, qMin(n.text.size(), whole.size()));
        if (m.hasMatch() && n.text.size() < whole.size())
            to = m.captured(1);
    }
    if (to.isEmpty()) {
        // The failed message summed up in the notification ("Subject: …" then "To: user@…", qmail),
        // unless that To is the notification's own (the sender's).
        const QRegularExpressionMatch m = header.match(n.text);
        const QStringList sender = smtp::findAddresses(message.headers.value("To").toLower());
        if (m.hasMatch() && !sender.contains(smtp::firstAddress(m.captured(1)).toLower()))
            to = m.captured(1);
    }
    const QStringList addresses = smtp::findAddresses(to);
    return addresses.size() <= 3 ? addresses : QStringList();
}

//! Sendmail answers every refusal at RCPT TO with its own "550 5.1.1 <user@example.jp>... User
//! unknown", whatever the server said ("<<< 550 5.7.1 IP address blacklisted by recipient",
//! repeated as "(reason: …)"): where the server's words in \a diagnostic carry a status of their
//! own, its line goes (without one, "550 unknown user", its 5.1.1 is the only status there is).
void dropSendmailsOwnVerdict(QString &diagnostic)
{
    if (!diagnostic.contains(QLatin1String("... User unknown")))
        return;
    static const QRegularExpression serverStatus(QStringLiteral("(?:\\(reason:|<<<)\\s*[45]\\d\\d[ -][45]\\.\\d\\.\\d{1,3}\\b"));
    static const QRegularExpression ownVerdict(QStringLiteral("\\s*\\b[45]\\d\\d [45]\\.\\d\\.\\d{1,3} <[^<>\\s]+>\\.\\.\\. User unknown(?=\\s|$)"));
    if (serverStatus.match(diagnostic).hasMatch())
        diagnostic = diagnostic.remove(ownVerdict).trimmed();
}

//! The addresses that follow \a command ("mail from:", lower case) in \a text, lower case.
QStringList addressesAfter(const QString &text, QStringView command)
{
    QStringList out;
    for (qsizetype at = text.indexOf(command, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(command, at + 1, Qt::CaseInsensitive)) {
        QStringView after = QStringView(text).mid(at + command.size()).left(320);
        while (!after.isEmpty() && (after.front().isSpace() || after.front() == QLatin1Char('<')))
            after = after.mid(1);
        qsizetype end = 0;
        while (end < after.size() && !after[end].isSpace() && after[end] != QLatin1Char('>'))
            ++end;
        const QString address = smtp::firstAddress(after.left(end));
        if (!address.isEmpty() && !out.contains(address))
            out.append(address);
    }
    return out;
}

//! Recipients listed by their local part alone under "…the following recipients…:", one per
//! indented line (AOL: "Your mail to the following recipients could not be delivered because
//! they are not accepting mail from …:", then "\tscreenname"): at the domain of the mail system
//! that wrote the notification.
QStringList localPartRecipients(const Message &message, const NotificationText &n)
{
    static const QRegularExpression daemon(QStringLiteral("^(?:mailer-daemon|postmaster)@(.+)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch from = daemon.match(smtp::firstAddress(message.headers.value("From")));
    if (!from.hasMatch())
        return {};
    static const QRegularExpression list(QStringLiteral("following (?:recipients?|addresses?)\\b[^\\n]*:[ \\t]*\\n((?:[ \\t]+[A-Za-z0-9._%+\\-]+[ \\t]*(?:\\n|$))+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = list.match(n.text);
    QStringList out;
    if (!m.hasMatch())
        return out;
    const QString listed = m.captured(1); // outlives the views split from it
    for (QStringView local : QStringView(listed).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!local.trimmed().isEmpty())
            out.append(local.trimmed().toString().toLower() + QLatin1Char('@') + from.captured(1));
    return out.size() <= 20 ? out : QStringList();
}

} // namespace

QList<ExtractedRecipient> plainTextRecipients(const QString &text)
{
    QList<ExtractedRecipient> out;
    ExtractedRecipient *current = nullptr;
    QStringList block;
    auto finish = [&] {
        if (!current)
            return;
        const QString more = smtp::squeeze(block.join(QLatin1Char(' ')));
        if (!more.isEmpty())
            current->bounce.diagnostic = current->bounce.diagnostic.isEmpty()
                ? more
                : current->bounce.diagnostic + QLatin1Char(' ') + more;
        current = nullptr;
        block.clear();
    };
    QString lastCommand;
    QStringView previousLine; //!< the last line with text
    // A server's reply in a transcript, outside any recipient's account ("<<< 550 Insecure Mail
    // Relay" after MAIL FROM, then "554 <user@example.edu>... Remote protocol error"): the cause
    // for the recipient named next, if new.
    QString pendingReply;
    QuotedHeaderFields quoted;
    for (QStringView line : QStringView(text).tokenize(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const bool quotedField = quoted.namesNoRecipient(line);
        static const QRegularExpression transcriptCommand(QStringLiteral("^\\s*>>>\\s*(RCPT TO|MAIL FROM|DATA|EHLO|HELO|\\.)"),
                                                          QRegularExpression::CaseInsensitiveOption);
        // The expression needs ">>>": most lines are ruled out without running it.
        if (line.contains(QLatin1String(">>>")) && transcriptCommand.match(line).hasMatch())
            lastCommand = smtp::findCommand(line);
        RecipientLine r;
        const QStringView before = previousLine;
        if (!line.trimmed().isEmpty())
            previousLine = line;
        if (!quotedField && recipientLine(line, r) && !namesContact(line, r.address, before)) {
            // The same recipient again (a transcript line after the summary): add to it.
            ExtractedRecipient *existing = nullptr;
            for (ExtractedRecipient &e : out)
                if (e.bounce.recipient == r.address)
                    existing = &e;
            finish();
            const QString reply = std::exchange(pendingReply, QString());
            if (existing) {
                // The same recipient again (a transcript after the summary): keep collecting.
                current = existing;
                if (existing->bounce.smtpCommand.isEmpty())
                    existing->bounce.smtpCommand = lastCommand;
                block = QStringList{line.trimmed().toString()}; // the whole line: it may begin with the reply
                continue;
            }
            ExtractedRecipient e;
            e.bounce.recipient = r.address;
            e.bounce.smtpCommand = lastCommand;
            out.append(e);
            current = &out.last();
            // "Did not reach the following recipient: user@example.jp": the sentence is the error
            // ("SMTP error from remote mail server after RCPT TO:<…>:" names the command too).
            static const QRegularExpression sentence(QStringLiteral(
                "did not reach|not be delivered|was not delivered|undeliverable|unable to deliver|delivery (?:to .* )?failed"
                "|smtp error from remote mail server"),
                QRegularExpression::CaseInsensitiveOption);
            block = QStringList{r.rest.isEmpty() && sentence.match(line).hasMatch() ? line.trimmed().toString() : r.rest};
            if (!reply.isEmpty())
                block.append(reply);
            continue;
        }
        if (!current) {
            if (line.trimmed().startsWith(QLatin1String("<<< ")))
                pendingReply = line.trimmed().mid(4).toString();
            continue;
        }
        if (line.trimmed().isEmpty()) {
            // Exim and Postfix put one blank line at most inside an entry; a block without a
            // reply yet may have it in a later paragraph (Gmail: "The error that the other
            // server returned was:", after two or three blank lines): it stays open for it, up
            // to its length limit, unless the next recipient begins.
            if (replyCodeOrStatus().match(block.join(QLatin1Char(' '))).hasMatch())
                finish();
            continue;
        }
        // Sendmail's line about a host ("550 example.org (smtp)... 550 Host unknown") begins the
        // account of the next recipients, those at that host.
        static const QRegularExpression hostStatus(QStringLiteral("^\\s*[45]\\d\\d\\s+\\S+\\s+\\(\\w+\\)\\.\\.\\.\\s"));
        if (block.size() >= 12 || (line.contains(u"...") && hostStatus.match(line).hasMatch())) {
            finish();
            continue;
        }
        block.append(line.trimmed().toString());
    }
    finish();
    for (ExtractedRecipient &e : out)
        dropSendmailsOwnVerdict(e.bounce.diagnostic);
    return out;
}

//! Notices that name an address and say a message is not delivered yet, but are no bounce:
//! challenge-response and whitelist requests (Boxbe, "confirm you are human"), encrypted-mail
//! notices ("You have received a secure message"), quarantine digests. Read so only when they
//! quote no server's reply: a refusal that mentions a quarantine is still a refusal.
bool isNoticeNotBounce(const NotificationText &n)
{
    static const CaselessPhrases notice({"challenge-response", "challenge/response", "confirm that you are a human",
                                         "confirm that you are human", "confirm you are human", "confirm you are a human",
                                         "prove that you are human", "prove you are human", "verify that you are human",
                                         "verify you are human", "please verify your message", "whitelist request",
                                         "accepts mail only from senders on a whitelist", "boxbe waiting list",
                                         "join my guest list", "sender verification request",
                                         "has sent you a secure message", "has sent you an encrypted message",
                                         "you have received a secure message", "you have received an encrypted message",
                                         "secure message notification", "encrypted message notification",
                                         "quarantine summary", "spam quarantine", "messages in quarantine",
                                         "held in your quarantine", "quarantine digest", "quarantine notification"});
    if (!notice.foundIn(n.subject) && !notice.foundIn(n.text))
        return false;
    return !replyCodeOrStatus().match(withoutReturnedOriginal(n.text)).hasMatch();
}

bool extractPlainText(const Message &message, const NotificationText &n, QList<ExtractedRecipient> &out)
{
    const bool pasted = message.kind == Message::Kind::PastedText;
    if (!pasted && !looksLikeBounce(message, n))
        return false;
    if (message.deliveryStatus.isEmpty() && isNoticeNotBounce(n))
        return false;
    QList<ExtractedRecipient> found = plainTextRecipients(n.text);
    // The notification goes to the original's sender, whom the text often names too ("A message
    // sent by <you>", "Your message … From: you"): among other addresses, never a recipient.
    const QStringList sender = smtp::findAddresses(message.headers.value("To").toLower());
    const auto isSender = [&](const ExtractedRecipient &r) { return sender.contains(r.bounce.recipient); };
    if (!std::all_of(found.cbegin(), found.cend(), isSender))
        found.removeIf(isSender);
    // The envelope sender, named after "MAIL FROM:" in a transcript or an error line ("SMTP error
    // … after MAIL FROM:<you>: … 550 <you>... Please use the smtp server of your ISP"), is no
    // recipient either, unless it was written to as well ("RCPT TO:<it>").
    const QStringList envelopeSender = addressesAfter(n.text, u"mail from:");
    if (!envelopeSender.isEmpty()) {
        const QStringList writtenTo = addressesAfter(n.text, u"rcpt to:");
        found.removeIf([&](const ExtractedRecipient &r) {
            return envelopeSender.contains(r.bounce.recipient) && !writtenTo.contains(r.bounce.recipient);
        });
    }
    // Exim lists the failed recipients in X-Failed-Recipients: other addresses are not, even when
    // the text names none of those (the field is read below then).
    const QStringList failed = smtp::findAddresses(message.headers.value("X-Failed-Recipients").toLower());
    const auto notFailed = [&](const ExtractedRecipient &r) { return !failed.contains(r.bounce.recipient); };
    if (!failed.isEmpty())
        found.removeIf(notFailed);
    // Lines that name an address but hold no error are not recipients of a bounce. An error:
    // a reply or status code, or one of these words (compared without case).
    static const CaselessPhrases words({"unknown", "invalid", "not exist", "no such", "rejected", "refused", "denied",
                                        "failed", "failure", "error", "full", "quota", "blocked", "timed out", "timedout",
                                        "time out", "timeout", "expired", "unable", "could not", "couldn't", "cannot",
                                        "can't", "not found", "disabled", "suspended", "unavailable", "unroutable",
                                        "unrouteable", "too large", "too big", "exceed", "spam", "virus", "relay",
                                        "deferred", "delayed", "retry", "retried", "giving up", "not accept", "loop",
                                        "host", "domain", "not listed", "mailbox", "undeliverable", "not delivered",
                                        "could not be delivered", "locked", "doesn't have", "not recognized",
                                        "did not reach", "malformed", "not known", "not been delivered",
                                        "not yet been delivered", "undelivered", "no longer valid", "did not respond",
                                        "lost connection", "connection refused", "aborted"});
    // The same in other scripts, which have no case.
    static const char16_t *const otherWords[] = {u"无法发送", u"无法送达", u"无法投递", u"送信できません",
                                                  u"配信できません", u"届きません", u"見つかりません", u"存在しません",
                                                  u"無効な受信者", u"配信できませんでした",
                                                  // Exchange's NDRs in German, Swedish, Russian, Spanish
                                                  u"nicht gefunden", u"nicht \u00fcbermittelt", u"gick inte att",
                                                  u"\u0443\u0434\u0430\u043b\u043e\u0441\u044c", u"se pudo encontrar", u"se puede entregar"};
    // Read without its links: "…/faq/mail/errormail/" states no error.
    static const QRegularExpression link(QStringLiteral("\\b(?:https?|ftp)://\\S+"), QRegularExpression::CaseInsensitiveOption);
    const auto errorWords = [&](const QString &text) {
        const QString said = text.contains(QLatin1String("://")) ? QString(text).remove(link) : text;
        return replyCodeOrStatus().match(said).hasMatch() || words.foundIn(said)
            || std::any_of(std::begin(otherWords), std::end(otherWords),
                           [&](const char16_t *w) { return said.contains(QStringView(w)); });
    };
    for (ExtractedRecipient &r : found) {
        if (r.bounce.diagnostic.isEmpty() || !errorWords(r.bounce.diagnostic)) {
            // An address alone on its line, the reason written around it ("The user(s) account
            // is disabled." above, "because: …" below): read the lines around it.
            QString around = textAroundAddress(n.text, r.bounce.recipient);
            if ((around.isEmpty() || !errorWords(around)) && found.size() == 1) {
                // The only recipient, named apart from the error ("Error message below: 550 - …",
                // then the message's details): the notification's reply line is its error.
                static const QRegularExpression replyLine(QStringLiteral("^\\s*[45]\\d\\d[ -].*$"),
                                                          QRegularExpression::MultilineOption);
                around = smtp::squeeze(replyLine.match(n.text).captured(0));
            }
            if (around.isEmpty() || !errorWords(around))
                continue;
            r.bounce.diagnostic = around;
        }
        r.bounce.engine = QStringLiteral("text");
        if (r.bounce.smtpCommand.isEmpty())
            r.bounce.smtpCommand = smtp::findCommand(r.bounce.diagnostic);
        completeFromDiagnostic(r.bounce);
        out.append(r);
    }
    if (out.isEmpty() && pasted) {
        // A paste of the refusal alone: "554 5.7.1 <user@example.jp>: Recipient address rejected: …"
        static const QRegularExpression refusal(QStringLiteral("(?:^|\\s)[45]\\d\\d[ -](?:[45]\\.\\d{1,3}\\.\\d{1,3}\\s)?.*"));
        const QRegularExpressionMatch m = refusal.match(n.text);
        if (m.hasMatch()) {
            ExtractedRecipient r;
            r.bounce.engine = QStringLiteral("text");
            r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).mid(m.capturedStart(), 1000));
            // Its first address, unless that is the envelope sender's; then the address the
            // returned copy was written to, if the paste holds it.
            for (const QString &a : smtp::findAddresses(r.bounce.diagnostic))
                if (!envelopeSender.contains(a)) {
                    r.bounce.recipient = a;
                    break;
                }
            if (r.bounce.recipient.isEmpty() && !envelopeSender.isEmpty())
                r.bounce.recipient = returnedRecipients(message, n).value(0);
            r.bounce.smtpCommand = smtp::findCommand(n.text);
            completeFromDiagnostic(r.bounce);
            out.append(r);
        }
    }
    if (out.isEmpty()) {
        // X-Failed-Recipients names them even when the text is unusual.
        QStringList failed = smtp::findAddresses(message.headers.value("X-Failed-Recipients"));
        static const QRegularExpression anyError(QStringLiteral("\\b[45]\\d\\d[ -]|[45]\\.\\d\\.\\d{1,3}"));
        const QRegularExpressionMatch m = anyError.match(n.text);
        // A transcript or an error line that names no address ("421 example.com (smtp)... Deferred: …",
        // "Error: No valid recipients for this MM"): the recipient is the one the returned original
        // was written to.
        static const QRegularExpression replyLine(QStringLiteral("^\\s*(?:[45]\\d\\d[ -]|Error:\\s+\\S)"),
                                                  QRegularExpression::MultilineOption);
        // … or a notification that says it gave up without naming anyone (qmail: "I wasn't able
        // to deliver the following message. This is a permanent error; I've given up.").
        static const CaselessPhrases gaveUp({"wasn't able to deliver", "was not able to deliver", "this is a permanent error"});
        if (failed.isEmpty() && (replyLine.match(n.text).hasMatch() || gaveUp.foundIn(n.text)))
            failed = returnedRecipients(message, n);
        if (failed.isEmpty())
            failed = localPartRecipients(message, n);
        for (const QString &a : failed) {
            ExtractedRecipient r;
            r.bounce.recipient = a;
            r.bounce.engine = QStringLiteral("text");
            if (const QString around = textAroundAddress(n.text, a); !around.isEmpty() && errorWords(around)) {
                r.bounce.diagnostic = around;
            } else if (m.hasMatch()) {
                const qsizetype lineStart = n.text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
                r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).mid(lineStart, 400));
            } else {
                r.bounce.diagnostic = smtp::squeeze(QStringView(n.text).left(600));
            }
            completeFromDiagnostic(r.bounce);
            out.append(r);
        }
    }
    return !out.isEmpty();
}

} // namespace bn

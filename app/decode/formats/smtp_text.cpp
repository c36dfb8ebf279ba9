// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/smtp_text.h"

#include "common/regex_literal.h"

#include <QRegularExpression>

namespace bn::smtp {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isKnownReplyCode(int code)
{
    static const int known[] = {211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 421, 422, 430, 432, 450,
                                451, 452, 453, 454, 455, 458, 459, 500, 501, 502, 503, 504, 521, 523, 524, 525,
                                530, 533, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556, 557};
    for (int k : known)
        if (k == code)
            return true;
    return false;
}

} // namespace

bool isStatus(QStringView code)
{
    static const QRegularExpression re(QStringLiteral("^[245]\\.[0-7]\\.\\d{1,3}$"));
    return re.match(code).hasMatch();
}

namespace {

//! The SMTP reply code written just before position \a at ("550 ", "550-", "550-'", "<421 "), or empty.
QString replyCodeBefore(QStringView text, qsizetype at)
{
    qsizetype i = at;
    if (i > 0 && (text[i - 1] == QLatin1Char('\'') || text[i - 1] == QLatin1Char('"')))
        --i;
    if (i < 4 || (text[i - 1] != QLatin1Char(' ') && text[i - 1] != QLatin1Char('-')))
        return {};
    const qsizetype c = i - 4;
    if (!isDigit(text[c]) || !isDigit(text[c + 1]) || !isDigit(text[c + 2]))
        return {};
    if (c > 0 && (text[c - 1].isLetterOrNumber() || text[c - 1] == QLatin1Char('.')))
        return {};
    const int code = text.mid(c, 3).toInt();
    if (!isKnownReplyCode(code) || text[c] != text[at])
        return {};
    return QString::number(code);
}

} // namespace

StatusMatch findStatusMatch(QStringView text)
{
    StatusMatch fallback;
    StatusMatch unpaired;
    StatusMatch success; // "250 2.1.0 Ok" quoted in a transcript: only when nothing else is written
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 4 < n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('2') && c != QLatin1Char('4') && c != QLatin1Char('5'))
            continue;
        if (text[i + 1] != QLatin1Char('.') || !isDigit(text[i + 2]) || text[i + 3] != QLatin1Char('.')
            || !isDigit(text[i + 4]))
            continue;
        if (text[i + 2] > QLatin1Char('7'))
            continue;
        const QString reply = replyCodeBefore(text, i);
        if (i > 0 && reply.isEmpty()) {
            const QChar p = text[i - 1];
            // Part of a number, an IP address or a version ("v5.1.1", "10.5.1.1")
            if (isDigit(p) || p == QLatin1Char('.') || p == QLatin1Char('v') || p == QLatin1Char('V')
                || p == QLatin1Char('-') || p.isLetter())
                continue;
        }
        qsizetype end = i + 5;
        while (end < n && end < i + 7 && isDigit(text[end]))
            ++end;
        if (end < n && (isDigit(text[end]) || (text[end] == QLatin1Char('.') && end + 1 < n && isDigit(text[end + 1]))))
            continue; // an IPv4 address or a longer number
        const StatusMatch found{text.mid(i, end - i).toString(), reply};
        if (c == QLatin1Char('2')) {
            if (success.status.isEmpty())
                success = found;
            continue;
        }
        if (found.status.mid(1) == QLatin1String(".0.0") || found.status == QLatin1String("4.4.7")) {
            if (fallback.status.isEmpty())
                fallback = found;
            continue;
        }
        // A status written with its reply code is the answering server's own ("550-'5.2.2", "<421 4.4.2");
        // one alone may be what the reporting MTA derived ("5.1.0 - Unknown address error").
        if (!reply.isEmpty())
            return found;
        if (unpaired.status.isEmpty())
            unpaired = found;
    }
    if (!unpaired.status.isEmpty())
        return unpaired;
    return fallback.status.isEmpty() ? success : fallback;
}

QString findStatus(QStringView text)
{
    return findStatusMatch(text).status;
}

QString findReplyCode(QStringView text)
{
    // A refusal's code comes before a greeting or an acceptance quoted with it ("220-mx … 421 …").
    QString accepted;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 2 < n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('2') && c != QLatin1Char('3') && c != QLatin1Char('4') && c != QLatin1Char('5'))
            continue;
        if (!isDigit(text[i + 1]) || !isDigit(text[i + 2]))
            continue;
        if (i > 0) {
            const QChar p = text[i - 1];
            if (p.isLetterOrNumber() || p == QLatin1Char('.') || p == QLatin1Char('#') || p == QLatin1Char('-')
                || p == QLatin1Char('/') || p == QLatin1Char('@') || p == QLatin1Char('+') || p == QLatin1Char('_')
                || p == QLatin1Char('=') || (p == QLatin1Char(':') && i > 1 && isDigit(text[i - 2])))
                continue;
        }
        if (i + 3 < n) {
            const QChar f = text[i + 3];
            const bool colonThenSpace = f == QLatin1Char(':') && (i + 4 >= n || text[i + 4].isSpace()); // "550: 5.2.2 …"
            if (f != QLatin1Char(' ') && f != QLatin1Char('-') && f != QLatin1Char('\n') && f != QLatin1Char('\t')
                && f != QLatin1Char('\r') && f != QLatin1Char(',') && f != QLatin1Char(')') && !colonThenSpace)
                continue;
        }
        const int code = text.mid(i, 3).toInt();
        if (!isKnownReplyCode(code))
            continue;
        if (code >= 400)
            return QString::number(code);
        if (accepted.isEmpty())
            accepted = QString::number(code);
    }
    if (!accepted.isEmpty())
        return accepted;
    // A code outside the standard's list ("511 sorry, no mailbox here by that name", qmail's "522
    // mailbox full") is still the reply's when it opens the reply, at the start of the text or
    // of a line or after a colon, followed by words, and the text gives no other such code.
    static const QRegularExpression opening(QStringLiteral("(?:^|[\\n:(])\\s*([45][0-5]\\d)[ -](?=[A-Za-z#(<])"));
    QString only;
    for (QRegularExpressionMatchIterator it = opening.globalMatch(text); it.hasNext();) {
        const QString code = it.next().captured(1);
        if (!only.isEmpty() && code != only)
            return {};
        only = code;
    }
    return only;
}

QString findCommand(QStringView text)
{
    // The first that matches names the command; most texts hold none of their words, and the
    // regexes a text cannot match are skipped without running.
    static const OrderedRegexes patterns([] {
        QList<QRegularExpression> out;
        for (const char *p : {
                 "in\\s+reply\\s+to\\s+(?:the\\s+)?(RCPT\\s+TO|MAIL\\s+FROM|end\\s+of\\s+DATA|DATA|EHLO|HELO|STARTTLS|AUTH)",
                 "after\\s+(RCPT\\s+TO|MAIL\\s+FROM|end\\s+of\\s+data|DATA|EHLO|HELO|STARTTLS|AUTH|initial\\s+connection)",
                 ">>>\\s*(RCPT\\s+TO|MAIL\\s+FROM|DATA|EHLO|HELO|STARTTLS|AUTH|\\.)",
                 // "RCPT TO response", "RCPT TO generated following response:" (SMTP32)
                 "(RCPT\\s+TO|MAIL\\s+FROM)\\s+(?:generated\\s+(?:the\\s+)?following\\s+)?response",
                 "SMTP error from remote (?:mail server|mailer) after (RCPT TO|MAIL FROM|end of data|DATA)",
                 "\\b(RCPT|MAIL|DATA)\\s+command",
                 // qmail "does not like recipient", DragonFly "did not like our RCPT TO", "SMTP:RCPT host"
                 "(?:does|did) not like (?:our )?(recipient|RCPT TO|MAIL FROM|sender|DATA)",
                 "SMTP:(RCPT|MAIL|DATA) host",
                 "\\[(RCPT_TO|MAIL_FROM)\\]",
                 "refused to accept your message \\((RCPT|MAIL|DATA)\\)",
             })
            out.append(QRegularExpression(QString::fromLatin1(p), QRegularExpression::CaseInsensitiveOption));
        return out;
    }());
    const QRegularExpressionMatch m = patterns.firstMatch(text);
    if (!m.hasMatch())
        return {};
    const QString w = m.captured(1).toUpper();
    if (w.startsWith(QLatin1String("RCPT")) || w == QLatin1String("RECIPIENT"))
        return QStringLiteral("RCPT");
    if (w.startsWith(QLatin1String("MAIL")) || w == QLatin1String("SENDER"))
        return QStringLiteral("MAIL");
    if (w.contains(QLatin1String("DATA")) || w == QLatin1String("."))
        return QStringLiteral("DATA");
    if (w.startsWith(QLatin1String("INITIAL")))
        return QStringLiteral("CONN");
    return w;
}

namespace {

const QRegularExpression &addressPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+"));
    return re;
}

//! A character that, written against an address, means the address went on through bytes that
//! are no text: U+FFFD (invalid UTF-8), C1 controls and Latin letters (a stray 8-bit byte read as
//! Latin-1). The match beside it is a piece of the address, not an address. Japanese and other
//! scripts written without spaces are not counted: "宛先tanaka@example.jpへ" is whole.
bool isGarbageBeside(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xfffd || (u >= 0x80 && u < 0xa0) || (u >= 0xc0 && u <= 0x24f && u != 0xd7 && u != 0xf7);
}

bool hasGarbage(QStringView text)
{
    if (QtPrivate::isAscii(text)) // most texts: one vectorised pass
        return false;
    for (const QChar c : text)
        if (c.unicode() >= 0x80 && isGarbageBeside(c))
            return true;
    return false;
}

} // namespace

bool isTruncated(QStringView text, qsizetype start, qsizetype end)
{
    return (start > 0 && isGarbageBeside(text.at(start - 1))) || (end < text.size() && isGarbageBeside(text.at(end)));
}

namespace {

bool isAddressDelimiter(QChar c)
{
    return c.isSpace() || QStringView(u"<>()[]\"',;:").contains(c);
}

} // namespace

QStringList unreadableAddresses(QStringView text)
{
    QStringList out;
    if (!hasGarbage(text))
        return out;
    for (auto it = addressPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!isTruncated(text, m.capturedStart(), m.capturedEnd()))
            continue;
        // The whole token, as written, with the unreadable characters in it.
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        while (start > 0 && !isAddressDelimiter(text.at(start - 1)) && m.capturedStart() - start < 64)
            --start;
        while (end < text.size() && !isAddressDelimiter(text.at(end)) && end - m.capturedEnd() < 64)
            ++end;
        const QString token = text.sliced(start, end - start).toString();
        if (!out.contains(token))
            out.append(token);
    }
    return out;
}

QStringList findAddresses(QStringView text)
{
    const QRegularExpression &re = addressPattern();
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (isTruncated(text, m.capturedStart(), m.capturedEnd()))
            continue; // a piece of an unreadable address would pass for another mailbox
        QString a = m.captured(0).toLower();
        while (a.startsWith(QLatin1Char('.')))
            a.remove(0, 1);
        if (!out.contains(a))
            out.append(a);
    }
    return out;
}

QString firstAddress(QStringView text)
{
    const QStringList all = findAddresses(text);
    return all.isEmpty() ? QString() : all.first();
}

QString squeeze(QStringView text)
{
    return text.toString().simplified();
}

} // namespace bn::smtp

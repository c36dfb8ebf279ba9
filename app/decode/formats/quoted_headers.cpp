// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/quoted_headers.h"

#include <QLatin1String>

namespace bn {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

//! The field name that \a line starts with, indented or quoted ("> ") or not:
//! "^[\\s>]*([A-Za-z][A-Za-z0-9-]*):" followed by a blank or the end of the line; empty if none.
QStringView fieldName(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (isBlank(line[i]) || line[i] == QLatin1Char('>')))
        ++i;
    const qsizetype start = i;
    const auto isLetter = [](char16_t u) { return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'); };
    if (i >= line.size() || !isLetter(line[i].unicode()))
        return {};
    while (i < line.size()
           && (isLetter(line[i].unicode()) || (line[i] >= QLatin1Char('0') && line[i] <= QLatin1Char('9'))
               || line[i] == QLatin1Char('-')))
        ++i;
    if (i >= line.size() || line[i] != QLatin1Char(':'))
        return {};
    if (i + 1 < line.size() && !isBlank(line[i + 1]) && line[i + 1] != QLatin1Char('<')) // "Message-ID:<id@host>"
        return {};
    return line.mid(start, i - start);
}

//! Message header fields whose addresses are never a failed recipient.
bool namesNoRecipientField(QStringView name)
{
    static const char *const fields[] = {
        "message-id", "in-reply-to", "references", "resent-message-id", "content-id", "original-envelope-id",
        "envelope-id", "from", "sender", "reply-to", "return-path", "errors-to", "to", "cc", "bcc",
        "delivered-to", "x-original-to", "received", "dkim-signature", "authentication-results"};
    for (const char *f : fields)
        if (name.compare(QLatin1String(f), Qt::CaseInsensitive) == 0)
            return true;
    return name.startsWith(QLatin1String("list-"), Qt::CaseInsensitive);
}

//! Whether \a line ends with the name of a field that names messages, not people
//! ("… Message-Id:"), as in header fields pasted run together, whose value then starts the next
//! line. Only names that prose never ends a line with: not "to:", "from:" ("was not delivered
//! to:" is followed by the recipient).
bool endsWithMessageField(QStringView line)
{
    line = line.trimmed();
    if (!line.endsWith(QLatin1Char(':')))
        return false;
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
    const QStringView name = line.mid(space + 1).chopped(1);
    static const char *const fields[] = {"message-id", "in-reply-to", "references", "resent-message-id", "content-id",
                                         "original-envelope-id", "return-path", "errors-to", "dkim-signature"};
    for (const char *f : fields)
        if (name.compare(QLatin1String(f), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

//! Whether \a line holds, after the field \a first it starts with, another message header field:
//! " Subject: ", " Message-Id: "… (header fields pasted run together, wrapped anywhere).
bool holdsFurtherMessageField(QStringView line, QStringView first)
{
    static const char *const fields[] = {"Date", "From", "To", "Cc", "Subject", "Message-Id", "Message-ID",
                                         "MIME-Version", "Reply-To", "Return-Path"};
    // One pass over the colons after the first field's: each may end " Name: ".
    for (qsizetype colon = line.indexOf(QLatin1Char(':'), first.data() - line.data() + first.size() + 1); colon > 0;
         colon = line.indexOf(QLatin1Char(':'), colon + 1)) {
        if (colon + 1 >= line.size() || line[colon + 1] != QLatin1Char(' '))
            continue;
        const QStringView before = line.left(colon);
        for (const char *f : fields) {
            const QLatin1String name(f);
            if (before.endsWith(name) && before.size() > name.size() && before[before.size() - name.size() - 1] == QLatin1Char(' '))
                return true;
        }
    }
    return false;
}

//! Whether \a line names a failed recipient in a field of a report ("Final-Recipient:"…).
bool holdsRecipientField(QStringView line)
{
    return line.contains(QLatin1String("Recipient"), Qt::CaseInsensitive);
}

} // namespace

bool QuotedHeaderFields::namesNoRecipient(QStringView line)
{
    // Message header fields run together ("Date: … From: <MAILER-DAEMON@…> Message-Id:"), up to
    // the next blank line: every address in them is a sender's or a message's.
    const bool blank = line.trimmed().isEmpty();
    const QStringView name = fieldName(line);
    if (blank)
        m_runTogether = false;
    else if (!m_runTogether && !name.isEmpty() && holdsFurtherMessageField(line, name) && !holdsRecipientField(line))
        m_runTogether = true;
    if (m_runTogether && !holdsRecipientField(line))
        return true;
    const bool valueOfPreviousLine = m_valueOnNextLine && !blank;
    m_valueOnNextLine = endsWithMessageField(line);
    if (valueOfPreviousLine) {
        m_inField = true;
        m_noRecipient = true;
        return true;
    }
    if (!name.isEmpty()) {
        m_inField = true;
        m_noRecipient = namesNoRecipientField(name);
        return m_noRecipient;
    }
    if (m_inField && !blank && isBlank(line[0]))
        return m_noRecipient; // folded onto this line
    m_inField = false;
    return false;
}

} // namespace bn

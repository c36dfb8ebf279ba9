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
    if (i + 1 < line.size() && !isBlank(line[i + 1]))
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

} // namespace

bool QuotedHeaderFields::namesNoRecipient(QStringView line)
{
    const QStringView name = fieldName(line);
    if (!name.isEmpty()) {
        m_inField = true;
        m_noRecipient = namesNoRecipientField(name);
        return m_noRecipient;
    }
    if (m_inField && !line.isEmpty() && isBlank(line[0]) && !line.trimmed().isEmpty())
        return m_noRecipient; // folded onto this line
    m_inField = false;
    return false;
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/extraction.h"

#include "common/regex_literal.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace bn {

const QList<ReportFormat> &reportFormats()
{
    static const QList<ReportFormat> formats{
        {"arf", extractFeedbackReport},      // RFC 5965 abuse/feedback reports
        {"rfc3464", extractDeliveryStatus},  // message/delivery-status, with the text to complete it
        {"amazonses", extractAmazonSes},     // Amazon SES JSON notifications
        {"googlegroups", extractGoogleGroups}, // a group refusing a post
        {"mailinglist", extractMailingList},   // fml refusing a post or stopping a loop
        {"rfc3834", extractAutoReply},       // auto-replies (vacation)
        {"text", extractPlainText},          // MTA-specific plain-text notifications
    };
    return formats;
}

namespace {

bool caselessAtAny(QStringView text, qsizetype i, std::initializer_list<std::string_view> lower, qsizetype *end = nullptr)
{
    for (std::string_view l : lower)
        if (caselessAt(text, i, l, end))
            return true;
    return false;
}

//! Where "$" matches in multi-line mode: at a line feed or the end of the text.
bool atLineEnd(QStringView text, qsizetype i)
{
    return i == text.size() || text[i] == QLatin1Char('\n');
}

qsizetype skipRun(QStringView text, qsizetype i, std::initializer_list<char16_t> units)
{
    while (i < text.size() && std::find(units.begin(), units.end(), text[i].unicode()) != units.end())
        ++i;
    return i;
}

//! Whether the line that starts at \a i introduces an inline copy of the original message, in the
//! words of many MTAs. Written out by hand, it reads lines as this case-insensitive, multi-line
//! expression did, without a large regex to compile at start-up and to run on every whole text:
//!   ^(?:[ \t]*-{2,}[ \t]*(?:Below this line is a copy of the message|…|Forwarded message)
//!   |Content-Type: message/rfc822|Content-Type: text/rfc822-headers
//!   |[ \t]*-{5,} ?(?:Original message|original message|Returned mail|The following is the original)
//!   |Original message follows\.?$|The original message was:|Below is a copy of the original message
//!   |-+ ?Message headers follow|Headers of the original message|------ original message ------|Original Message:$)
bool opensReturnedOriginal(QStringView text, qsizetype i)
{
    // Most lines start with none of the characters a marker can start with.
    static constexpr std::string_view firstUnits(" \t-cotbh");
    if (i == text.size() || firstUnits.find(caselessFoldOf(text[i].unicode())) == std::string_view::npos)
        return false;
    // After optional blanks, a rule of dashes, then a phrase.
    const qsizetype dashes = skipRun(text, i, {u' ', u'\t'});
    const qsizetype afterDashes = skipRun(text, dashes, {u'-'});
    const qsizetype dashCount = afterDashes - dashes;
    // " ?" after the dashes.
    const qsizetype afterSpace = afterDashes < text.size() && text[afterDashes] == QLatin1Char(' ') ? afterDashes + 1 : afterDashes;
    if (dashCount >= 2) {
        // ("------ original message ------" is one of these.)
        if (caselessAtAny(text, skipRun(text, afterDashes, {u' ', u'\t'}),
                          {"below this line is a copy of the message", "this is a copy of the message", "original message",
                           "returned message", "the original message", "unsent message below", "message text follows",
                           "the header of the original message", "undelivered message", "start of returned message",
                           "text of the message follows", "unsent message follows", "begin original message",
                           "original message follows", "forwarded message"}))
            return true;
        // ("Original message" after five dashes is one of the above.)
        if (dashCount >= 5 && caselessAtAny(text, afterSpace, {"returned mail", "the following is the original"}))
            return true;
    }
    if (dashes == i && dashCount >= 1 && caselessAt(text, afterSpace, "message headers follow"))
        return true;
    // Phrases at the very start of the line.
    qsizetype end = 0;
    if (caselessAtAny(text, i, {"content-type: message/rfc822", "content-type: text/rfc822-headers", "the original message was:",
                                "below is a copy of the original message", "headers of the original message"}))
        return true;
    if (caselessAt(text, i, "original message follows", &end)) {
        if (end < text.size() && text[end] == QLatin1Char('.') && atLineEnd(text, end + 1))
            return true;
        if (atLineEnd(text, end))
            return true;
    }
    return caselessAt(text, i, "original message:", &end) && atLineEnd(text, end);
}

} // namespace

QString withoutReturnedOriginal(const QString &text)
{
    for (qsizetype line = 0; line < text.size();) {
        if (opensReturnedOriginal(text, line))
            return text.left(line);
        line = text.indexOf(QLatin1Char('\n'), line);
        if (line < 0)
            break;
        ++line;
    }
    return text;
}

} // namespace bn

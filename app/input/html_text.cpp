// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/html_text.h"
#include "input/reader.h"

#include "common/regex_literal.h"

#include <QRegularExpression>

namespace bn {

namespace {

//! \a text without its tags: what removing "<[^>]*>" does, without a regex. Each '<' with a
//! '>' after it starts a tag that ends at the first such '>'; a '<' without one stays, and so
//! does everything after it (no later '<' has a '>' either).
QString withoutTags(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = text.indexOf(QLatin1Char('<'), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0) {
            out += QStringView(text).mid(from);
            return out;
        }
        out += QStringView(text).mid(from, open - from);
        from = close + 1;
    }
}

//! Runs of spaces, tabs and no-break spaces as one space: "[ \t\x{00A0}]+" replaced by " ".
QString withSpacesSqueezed(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    bool inRun = false;
    for (const QChar c : text) {
        const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.unicode() == 0x00A0;
        if (!space)
            *to++ = c;
        else if (!inRun)
            *to++ = QLatin1Char(' ');
        inRun = space;
    }
    out.truncate(to - out.constData());
    return out;
}

char16_t lowerAscii(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 'A' && u <= 'Z' ? char16_t(u - 'A' + 'a') : u;
}

//! Whether \a text holds \a name (lower case) at \a at, compared as the case-insensitive
//! expressions these passes replace compare it.
bool namedAt(QStringView text, qsizetype at, QLatin1String name)
{
    return caselessAt(text, at, std::string_view(name.data(), size_t(name.size())));
}

//! A regex word character without Unicode properties: [A-Za-z0-9_].
bool isWordChar(QChar c)
{
    const char16_t u = lowerAscii(c);
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_';
}

//! Where the tag of "<(?:br|/p|/div|/tr|/li|/h[1-6]|/table|/pre|p|div|tr|li|hr)\b[^>]*>" (without
//! case) that starts at \a at ends, or -1. Every alternative ends at the first '>' after it, and
//! their names hold no '>': a match needs one alternative followed by a word boundary, then a '>'.
qsizetype lineBreakTagEnd(QStringView text, qsizetype at)
{
    static const char *const names[] = {"br", "/p", "/div", "/tr", "/li", "/table", "/pre", "p", "div", "tr", "li", "hr"};
    const auto boundaryAt = [&](qsizetype i) { return i == text.size() || !isWordChar(text[i]); };
    bool named = false;
    for (const char *name : names) {
        const QLatin1String n(name);
        named = named || (namedAt(text, at + 1, n) && boundaryAt(at + 1 + n.size()));
    }
    named = named
        || (namedAt(text, at + 1, QLatin1String("/h")) && at + 3 < text.size() && text[at + 3] >= u'1'
            && text[at + 3] <= u'6' && boundaryAt(at + 4));
    if (!named)
        return -1;
    const qsizetype close = text.indexOf(u'>', at + 1);
    return close < 0 ? -1 : close + 1;
}

//! Whether \a text holds "<script", "<style" or "<head" in any case, as the block that htmlToText
//! drops must begin.
bool holdsDroppedTag(QStringView text)
{
    for (qsizetype at = text.indexOf(u'<'); at >= 0; at = text.indexOf(u'<', at + 1))
        if (namedAt(text, at + 1, QLatin1String("script")) || namedAt(text, at + 1, QLatin1String("style"))
            || namedAt(text, at + 1, QLatin1String("head")))
            return true;
    return false;
}

//! Where the tag of "</t[dh]\s*>" (without case) that starts at \a at ends, or -1.
qsizetype cellTagEnd(QStringView text, qsizetype at)
{
    if (!namedAt(text, at + 1, QLatin1String("/t")) || at + 3 >= text.size())
        return -1;
    const char16_t kind = lowerAscii(text[at + 3]);
    if (kind != 'd' && kind != 'h')
        return -1;
    qsizetype i = at + 4;
    while (i < text.size() && (text[i] == u' ' || (text[i].unicode() >= 9 && text[i].unicode() <= 13))) // \\s
        ++i;
    return i < text.size() && text[i] == u'>' ? i + 1 : -1;
}

//! \a text with each tag that \a tagEnd recognises at a '<' replaced by \a by, scanning on
//! after each replacement, as QString::replace with a regex does.
QString replaceTags(const QString &text, qsizetype (*tagEnd)(QStringView, qsizetype), QLatin1String by)
{
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(u'<'); at >= 0; at = text.indexOf(u'<', at + 1)) {
        const qsizetype end = tagEnd(text, at);
        if (end < 0)
            continue;
        out += QStringView(text).mid(from, at - from);
        out += by;
        from = end;
        at = end - 1;
    }
    out += QStringView(text).mid(from);
    return out;
}

//! Whether \a text holds a tag, a comment or a declaration: "<" then an ASCII letter, '/', '!'
//! or '?' (HTML's tag open state; "<ſtyle>" and "a < b" are text).
bool holdsMarkup(QStringView text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('<'), i + 1)) {
        const QChar next = text[i + 1];
        if ((next.unicode() < 128 && next.isLetter()) || next == QLatin1Char('/') || next == QLatin1Char('!')
            || next == QLatin1Char('?'))
            return true;
    }
    return false;
}

} // namespace

QString decodeHtmlEntities(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    if (!text.contains(QLatin1Char('&')))
        return text; // no entity at all: the common case, without a pass per entity
    QString t = text;
    // The common named entities, then numeric references.
    const std::pair<const char *, const char *> named[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
                                                           {"&apos;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}};
    for (const auto &[entity, ch] : named)
        t.replace(QLatin1String(entity), QLatin1String(ch));
    if (!t.contains(QLatin1String("&#")))
        return t;
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += QStringView(t).mid(last, m.capturedStart() - last);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(t).mid(last);
    return out;
}

QString htmlToText(const QString &html)
{
    // Plain text labelled text/html (Yahoo's notifications): its lines are kept as they are.
    if (!holdsMarkup(html))
        return html.trimmed();

    static const QRegularExpression dropped(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*\\n+"));

    QString t = html;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Each expression runs only on a text that holds what it needs to match.
    if (holdsDroppedTag(t))
        t.remove(dropped);
    if (t.contains(QLatin1String("<!--")))
        t.remove(comment);
    t = replaceTags(t, lineBreakTagEnd, QLatin1String("\n"));
    t = replaceTags(t, cellTagEnd, QLatin1String(" "));
    t = withoutTags(t);
    QString out = decodeHtmlEntities(t);
    out = withSpacesSqueezed(out);
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    out = lines.join(QLatin1Char('\n'));
    if (out.count(QLatin1Char('\n')) >= 3)
        out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

} // namespace bn

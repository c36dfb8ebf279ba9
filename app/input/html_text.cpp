// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/reader.h"

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
    QString out;
    out.reserve(text.size());
    bool inRun = false;
    for (const QChar c : text) {
        const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.unicode() == 0x00A0;
        if (!space)
            out.append(c);
        else if (!inRun)
            out.append(QLatin1Char(' '));
        inRun = space;
    }
    return out;
}

} // namespace

QString htmlToText(const QString &html)
{
    static const QRegularExpression dropped(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(?:br|/p|/div|/tr|/li|/h[1-6]|/table|/pre|p|div|tr|li|hr)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*\\n+"));

    QString t = html;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.remove(dropped);
    t.remove(comment);
    t.replace(breaks, QStringLiteral("\n"));
    t.replace(cells, QStringLiteral(" "));
    t = withoutTags(t);
    // Entities: the common named ones, then numeric references.
    const std::pair<const char *, const char *> named[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
                                                           {"&apos;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}};
    for (const auto &[entity, ch] : named)
        t.replace(QLatin1String(entity), QLatin1String(ch));
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
    out = withSpacesSqueezed(out);
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    out = lines.join(QLatin1Char('\n'));
    out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

} // namespace bn

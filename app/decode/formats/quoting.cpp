// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/extraction.h"

namespace bn {

namespace {

enum class LineKind { Blank, Transcript, Quoted, Plain };

LineKind kindOf(QStringView line)
{
    if (line.trimmed().isEmpty())
        return LineKind::Blank;
    if (!line.startsWith(QLatin1Char('>')))
        return LineKind::Plain;
    if (line.startsWith(QLatin1String(">>>")) && !line.startsWith(QLatin1String(">>>>")))
        return LineKind::Transcript; // ">>> RCPT TO:<…>", Sendmail's side of the session
    return LineKind::Quoted;
}

} // namespace

QString withoutQuoting(const QString &text)
{
    if (!text.contains(QLatin1Char('>')))
        return text;
    qsizetype quoted = 0, plain = 0;
    for (QStringView line : QStringView(text).tokenize(QLatin1Char('\n'))) {
        const LineKind kind = kindOf(line);
        quoted += kind == LineKind::Quoted;
        plain += kind == LineKind::Plain;
    }
    // Most lines quoted, and enough of them to be a message rather than a line or two.
    if (quoted < 5 || quoted < 2 * plain)
        return text;
    QString out;
    out.reserve(text.size());
    for (QStringView line : QStringView(text).tokenize(QLatin1Char('\n'))) {
        if (kindOf(line) == LineKind::Quoted)
            line = line.mid(line.startsWith(QLatin1String("> ")) ? 2 : 1);
        out += line;
        out += QLatin1Char('\n');
    }
    out.chop(1); // the text's own last line break, if it had one, is kept by the last token
    return out;
}

} // namespace bn

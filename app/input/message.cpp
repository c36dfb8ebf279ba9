// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/message.h"

namespace bn {

static bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString HeaderField::value() const
{
    if (!plain)
        return decoded;
    // QString::fromLatin1(ascii).simplified() in one pass: ASCII white space (what QChar::isSpace
    // says below 0x80: 9 to 13 and the space) trimmed, and each run inside as one space.
    QString out(ascii.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *dst = begin;
    bool pendingSpace = false;
    for (const char c : ascii) {
        if (c == ' ' || (c >= 9 && c <= 13)) {
            pendingSpace = dst != begin;
            continue;
        }
        if (pendingSpace)
            *dst++ = QLatin1Char(' ');
        pendingSpace = false;
        *dst++ = QLatin1Char(c);
    }
    out.truncate(dst - begin);
    return out;
}

QString Headers::value(QByteArrayView name) const
{
    for (const HeaderField &f : m_fields)
        if (sameName(f.name, name))
            return f.value();
    return {};
}

QStringList Headers::values(QByteArrayView name) const
{
    QStringList out;
    for (const HeaderField &f : m_fields)
        if (sameName(f.name, name))
            out.append(f.value());
    return out;
}

bool Headers::contains(QByteArrayView name) const
{
    for (const HeaderField &f : m_fields)
        if (sameName(f.name, name))
            return true;
    return false;
}

QString Message::notificationText() const
{
    QString out;
    for (const MessagePart &p : parts) {
        if (p.inReturnedOriginal || !p.contentType.startsWith("text/"))
            continue;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        out += p.text;
    }
    return out;
}

} // namespace bn

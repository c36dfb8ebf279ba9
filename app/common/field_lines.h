// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace bn {

//! One line of "Name: value" fields (header fields, RFC 5322 §2.2; delivery-status fields,
//! RFC 3464), read once for the parsers of such blocks.
struct FieldLine
{
    enum class Kind {
        Blank,        //!< nothing but white space: a block ends
        Continuation, //!< starts with a space or a tab: the field before it goes on
        Field,        //!< "Name: value" ("Name : value" too)
        Other,        //!< anything else: no colon, or a name with a blank inside
    };
    Kind kind = Kind::Blank;
    QStringView name;  //!< for a Field, trimmed
    QStringView value; //!< for a Field, its value; otherwise the line; trimmed
};

//! What \a line is; a CR before its end is not part of it.
inline FieldLine readFieldLine(QStringView line)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (line.front() == u' ' || line.front() == u'\t')
        return {FieldLine::Kind::Continuation, {}, trimmed};
    const qsizetype colon = line.indexOf(u':');
    const QStringView name = colon > 0 ? line.left(colon).trimmed() : QStringView();
    if (name.isEmpty() || name.contains(u' ') || name.contains(u'\t'))
        return {FieldLine::Kind::Other, {}, trimmed};
    return {FieldLine::Kind::Field, name, line.mid(colon + 1).trimmed()};
}

} // namespace bn

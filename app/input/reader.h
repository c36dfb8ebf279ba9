// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "input/message.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bn {

//! Why some input could not be read. The message is translated and names the source.
struct InputError
{
    enum class Kind { Unreadable, Empty, Binary, TooLarge, Malformed };
    QString source;
    Kind kind = Kind::Unreadable;
    QString message;
};

//! Messages read from one or more inputs, and what could not be read. Reading never
//! throws and never loses what it could read: errors sit beside the messages.
struct ReadResult
{
    QList<Message> messages;
    QList<InputError> errors;
    void append(ReadResult &&other);
    //! The same result with every message's source set to \a source.
    ReadResult withSource(const QString &source) &&;
};

//! Reads a file (.eml, mbox, pasted text saved as .txt), or every file of a folder (mailboxes
//! inside a folder are read whole, whatever their size: use readPathEach() to stream them).
ReadResult readPath(const QString &path);

//! Reads raw bytes: one RFC 5322 message, an mbox, or plain text. \a source names it in results.
ReadResult readData(const QByteArray &data, const QString &source);

//! Plain text from HTML: block elements become line breaks, entities are decoded, style and
//! script dropped; a text without any tag is plain text mislabelled, returned as it is. Small
//! and fast; no QtGui needed.
QString htmlToText(const QString &html);

//! Reads what a user pasted: an NDR with full, partial or no headers; HTML when \a isHtml.
Message readPastedText(const QString &text, bool isHtml = false);

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bn {

//! One header field. A plain ASCII value without encoded words (most fields: every Received
//! line) is kept as written and simplified only when read, since most are never read; any other
//! value is decoded (RFC 2047/2231, 8-bit charsets) when the message is read.
struct HeaderField
{
    QByteArray name;  //!< as written, e.g. "Content-Type"
    QByteArray ascii; //!< the raw value, unfolded, when \c plain
    QString decoded;  //!< the decoded, simplified value, when not \c plain
    bool plain = false;

    //! The value, unfolded, decoded, with runs of white space as one space and none at the ends.
    QString value() const;
};

//! An ordered list of header fields with case-insensitive look-up.
class Headers
{
public:
    void append(const QByteArray &name, const QString &value) { m_fields.append({name, {}, value, false}); }
    //! A plain ASCII value (no 8-bit bytes, no encoded words), simplified when read.
    void appendAscii(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value, {}, true}); }
    //! The first value of \a name, or an empty string.
    QString value(QByteArrayView name) const;
    QStringList values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<HeaderField> &fields() const { return m_fields; }

private:
    QList<HeaderField> m_fields;
};

//! One leaf of the message as the reader saw it, decoded to text.
struct MessagePart
{
    QByteArray contentType; //!< lower case, e.g. "text/plain", "message/delivery-status"
    QString text;           //!< transfer- and charset-decoded; HTML already turned into text
    //! True for parts inside the returned original (message/rfc822, text/rfc822-headers),
    //! which must never be read as part of the notification itself.
    bool inReturnedOriginal = false;
};

//! What the user gave, in one model: a notification e-mail, a pasted NDR, or a log line.
struct Message
{
    enum class Kind { Email, PastedText };

    Kind kind = Kind::Email;
    QString source; //!< the path as given, "-" for standard input, empty for pasted text
    int index = 0;  //!< 0-based position inside an mbox or a folder's file

    Headers headers;             //!< the notification's own top-level headers (empty for headerless paste)
    //! The leaves that are read, in document order: text, delivery status and feedback report
    //! parts, and text/rfc822-headers (marked as the returned original's). Nothing inside a
    //! message/rfc822 original is listed (see below), and attachments are skipped.
    QList<MessagePart> parts;
    QString deliveryStatus;      //!< message/delivery-status content (RFC 3464), empty if none
    QString feedbackReport;      //!< message/feedback-report content (RFC 5965), empty if none
    //! Header fields of the returned original (message/rfc822, or text/rfc822-headers when only
    //! they come back), if any.
    Headers returnedHeaders;
    //! The first text of the returned original, read only when the original holds a forwarded
    //! delivery status (a bounce forwarded as an attachment): the text that goes with that report.
    QString returnedText;
    //! message/delivery-status found inside the returned original: a bounce forwarded as an
    //! attachment (to a help desk, by a filter), empty if none.
    QString forwardedDeliveryStatus;

    //! What could not be read, translated: parts nested too deep, parts whose transfer encoding
    //! is broken (left out rather than read as garbage). Empty when everything was read.
    QStringList warnings;

    //! The human-readable notification text: the text parts outside the returned original, in order.
    QString notificationText() const;
};

} // namespace bn

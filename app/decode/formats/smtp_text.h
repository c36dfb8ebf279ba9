// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace bn::smtp {

//! An RFC 3463 status found in a text, and the reply code written just before it, if any.
struct StatusMatch
{
    QString status;
    QString replyCode;
};

//! Like findStatus(), with the reply code the status was written with: a status with its
//! code ("550-5.7.1", "<421 4.4.2") is preferred as the answering server's own.
StatusMatch findStatusMatch(QStringView text);

//! The most specific RFC 3463 status in \a text ("5.1.1"), preferring anything over x.0.0 and
//! 4.4.7; IP addresses and version numbers are not mistaken for codes. Empty when none.
QString findStatus(QStringView text);

//! The first SMTP reply code in \a text that is a known code ("550"), not part of a number,
//! an address or a date; a 4xx or 5xx before any 2xx or 3xx. Empty when none.
QString findReplyCode(QStringView text);

//! The SMTP command a refusal answered, from phrases such as "in reply to RCPT TO command",
//! ">>> DATA", "after MAIL FROM:". One of CONN, EHLO, HELO, STARTTLS, AUTH, MAIL, RCPT, DATA, or empty.
QString findCommand(QStringView text);

//! Every e-mail address in \a text, in order, lower-cased, without duplicates. An address
//! with bytes in it that are no text ("tan\uFFFDaka@example.jp") is left out whole: the
//! readable piece of it ("aka@example.jp") would pass for another mailbox.
QStringList findAddresses(QStringView text);

//! Whether the address found at [\a start, \a end) of \a text is a piece cut out of an
//! unreadable one (bytes that are no text written against it).
bool isTruncated(QStringView text, qsizetype start, qsizetype end);

//! The addresses findAddresses() leaves out of \a text as unreadable, each as written.
QStringList unreadableAddresses(QStringView text);

//! The first e-mail address in \a text, lower-cased, or empty.
QString firstAddress(QStringView text);

//! Folds white space runs (including line breaks) into single spaces and trims.
QString squeeze(QStringView text);

//! True when the code is an RFC 3463 status such as "5.7.1" (class 2, 4 or 5).
bool isStatus(QStringView code);

} // namespace bn::smtp

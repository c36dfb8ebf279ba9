// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace bn {

//! What an Outlook .msg (Compound File Binary, MS-OXMSG) holds for us.
struct OutlookMessage
{
    QString transportHeaders; //!< PR_TRANSPORT_MESSAGE_HEADERS: the RFC 5322 header block
    QString subject;
    QString body;             //!< PR_BODY, the plain text
    QString error;            //!< translated; empty when the file was read
};

//! True when \a data starts with the OLE2 / CFB signature.
bool isOleFile(const QByteArray &data);

//! Reads a .msg file with libolecf; errors name it \a displayName (the path when empty).
OutlookMessage readOutlookMessage(const QString &path, const QString &displayName = QString());

//! The message as RFC 5322 text: its transport headers (without the MIME structure, which the
//! .msg no longer has) and its plain body, ready for the MIME reader.
QByteArray toRfc5322(const OutlookMessage &message);

} // namespace bn

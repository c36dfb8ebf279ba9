// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/message.h"

#include <QList>
#include <QString>

namespace bn {

//! One recipient as a report format found it, before reputation and reason.
struct ExtractedRecipient
{
    Bounce bounce;  //!< recipient, status, replyCode, remoteMta, reportingMta, smtpCommand, diagnostic, engine
    QString action; //!< RFC 3464 Action, lower case, when known
    QString hint;   //!< a reason the format states itself (feedback, vacation, delivered…)
};

//! The notification text a format reads: the text parts outside the returned original, cut
//! where an inline copy of the original message starts.
struct NotificationText
{
    QString text;      //!< the notification itself
    QString subject;
    QString from;      //!< lower case
};

//! A report format: returns true and fills \a out when it understood the message.
using FormatExtractor = bool (*)(const Message &message, const NotificationText &notification,
                                 QList<ExtractedRecipient> &out);

struct ReportFormat
{
    const char *name;
    FormatExtractor extract;
};

//! The formats, most specific first. Adding a format = one file with its extractor and one line here.
const QList<ReportFormat> &reportFormats();

//! Cuts \a text where an inline copy of the original message begins.
QString withoutReturnedOriginal(const QString &text);

//! \a text with one level of e-mail quoting ("> ") removed when most of its lines carry it: a
//! bounce forwarded inline ("Begin forwarded message:") is read as the bounce itself. SMTP
//! transcript lines (">>> RCPT TO:…") are not quoting; quoted, they read ">>>> …".
QString withoutQuoting(const QString &text);

// The formats (one file each under formats/).
bool extractFeedbackReport(const Message &, const NotificationText &, QList<ExtractedRecipient> &);
bool extractAmazonSes(const Message &, const NotificationText &, QList<ExtractedRecipient> &);
bool extractGoogleGroups(const Message &, const NotificationText &, QList<ExtractedRecipient> &);
bool extractMailingList(const Message &, const NotificationText &, QList<ExtractedRecipient> &);
bool extractAutoReply(const Message &, const NotificationText &, QList<ExtractedRecipient> &);
bool extractDeliveryStatus(const Message &, const NotificationText &, QList<ExtractedRecipient> &);
bool extractPlainText(const Message &, const NotificationText &, QList<ExtractedRecipient> &);

//! Recipient blocks found in a plain-text notification: "<rcpt>: reason…", Exim's indented
//! address followed by the error, Sendmail's "----- The following addresses…" sections.
QList<ExtractedRecipient> plainTextRecipients(const QString &text);

//! Fills status, reply code, command and remote MTA from the diagnostic text where empty.
void completeFromDiagnostic(Bounce &b);

} // namespace bn

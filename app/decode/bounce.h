// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bn {

//! One bounced recipient, decoded. Field names follow the `decode --jsonl` contract in
//! docs/architecture.md. Empty strings mean "unknown": never a guess dressed as fact.
struct Bounce
{
    QString file;          //!< the source the message came from
    int messageIndex = 0;  //!< position inside an mbox
    QString recipient;
    QString status;        //!< RFC 3463 enhanced status, e.g. "5.7.1"
    QString replyCode;     //!< SMTP reply code, e.g. "554"
    QString reason;        //!< Sisimai's reason vocabulary, lower case
    bool temporary = false; //!< a 4xx, or a "will keep trying" delay warning
    QString remoteMta;     //!< the server that refused
    QString reportingMta;  //!< the server that wrote the report
    QString smtpCommand;   //!< CONN, EHLO, HELO, MAIL, RCPT, DATA, "." or empty
    QString diagnostic;    //!< the refusal text, unfolded
    QString diagnosticType; //!< RFC 3464 Diagnostic-Code type: "SMTP", "X-UNIX", … or empty
    QString engine;        //!< which reader understood the report (e.g. "postfix", "rfc3464")
    QString date;          //!< when the report was written (its Date header), as written

    // Reputation, from the catalog; empty unless the refusal names a list or operator.
    QString operatorId;    //!< catalog id, e.g. "trendmicro"
    QString list;          //!< list name, e.g. "ERS-QIL"
    QString listedIp;      //!< the IP the list judged (never a resolver's IP)
    QString listedDomain;  //!< the domain the list judged
    QStringList links;     //!< lookup/removal links found in the refusal or the catalog
    //! The refusal is the receiving side's own policy or misconfiguration (an open resolver
    //! against Spamhaus, a dead list such as SORBS, a blocked-senders rule), not a listing of yours.
    bool recipientSide = false;
    //! What could not be read or trusted, translated: an address with bytes that are no text,
    //! parts of the message left unread. Empty when nothing was.
    QStringList warnings;
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace bn {

//! Header fields quoted in a notification's text (the returned original's, or the
//! notification's own, pasted by a gateway or a user) followed line by line. The addresses in
//! most of them name messages, senders and mailboxes: "Message-ID: <id@host>", "References:",
//! "From:", "To:" (everyone the original went to, not the one that failed), "Delivered-To:",
//! "Received: … (envelope-from <…>)". None of those is a failed recipient. Pasted header fields
//! may come run together and wrapped anywhere ("Date: … From: …\n<MAILER-DAEMON@…> Message-Id:"),
//! a value on the line after its name.
class QuotedHeaderFields
{
public:
    //! Reads the next line of the text: true if it starts or continues (folded onto an indented
    //! line) one of those fields. Fields that do name recipients (Final-Recipient,
    //! X-Failed-Recipients…) and lines of any other kind give false.
    bool namesNoRecipient(QStringView line);

private:
    bool m_inField = false; //!< the previous line started or continued a field
    bool m_noRecipient = false; //!< … and that field names no recipient
    bool m_valueOnNextLine = false; //!< the previous line ended with "Message-Id:" or the like
    bool m_runTogether = false; //!< in message header fields pasted run together, until a blank line
};

} // namespace bn

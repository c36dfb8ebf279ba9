// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>

namespace bn::reasons {

//! Reply-text phrases that point at one reason, lower case: any of \c contains, or all parts
//! of one \c aligned entry in order. \c unless phrases veto a match. Learnt from real bounces
//! (the phrase collections of Sisimai, BSD-2-Clause, and the wordings in reputation-facts.md).
struct Phrases
{
    const char *reason;
    std::initializer_list<const char *> contains;
    std::initializer_list<std::initializer_list<const char *>> aligned;
    std::initializer_list<const char *> unless;
};

//! The phrase table of \a reason ("mailboxfull", "userunknown"…), or null.
const Phrases *phrasesFor(QStringView reason);

//! True when lower-cased \a text holds one of the reason's phrases.
bool mentions(QStringView reason, const QString &lowerText);

//! The reason an RFC 3463 status stands for on its own ("5.1.1" → "userunknown"), or empty.
QString reasonOfStatus(QStringView status);

//! The reason a wording decides on its own (an MTA family's fixed text, a provider's documented
//! code read for that provider's servers or recipients), or empty. \a lowerText is lower case.
QString decisiveReason(const QString &lowerText, const QString &remoteMta, const QString &recipient,
                       const QString &command);

//! Whether \a host (lower case) is \a suffix or a name under it ("mx1.cox.net" under "cox.net").
bool hostIsUnder(const QString &host, const char *suffix);

//! The reason a provider's documented error code decides ("AUP#CXBL" from Cox, "IB607" from
//! GoDaddy, "OFR_416" from Orange…), when \a host or the recipient's \a domain is that
//! provider's; empty otherwise or for a code its table does not hold. \a lowerText is lower case.
QString providerCodeReason(const QString &lowerText, const QString &host, const QString &domain);

} // namespace bn::reasons

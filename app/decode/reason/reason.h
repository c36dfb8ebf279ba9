// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/message.h"

namespace bn {

//! What the classifier may know beyond the Bounce's own fields.
struct ReasonContext
{
    const Message *message = nullptr; //!< the whole notification (subject, headers, text)
    QString engineHint;  //!< a reason the report format states itself (feedback, vacation, delivered…), else empty
    QString action;      //!< RFC 3464 Action (failed, delayed, delivered, relayed, expanded), lower case
};

//! Sets bounce.reason (Sisimai's vocabulary) and bounce.temporary from the status, reply code,
//! diagnostic text, SMTP command, catalog findings (operatorId/list) and the context.
void classifyReason(Bounce &bounce, const ReasonContext &context);

} // namespace bn

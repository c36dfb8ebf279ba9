// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/reason/reason.h"

namespace bn {

void classifyReason(Bounce &bounce, const ReasonContext &context)
{
    bounce.reason = context.engineHint.isEmpty() ? QStringLiteral("undefined") : context.engineHint;
    bounce.temporary = bounce.status.startsWith(QLatin1Char('4')) || bounce.replyCode.startsWith(QLatin1Char('4'))
        || context.action == QLatin1String("delayed");
}

} // namespace bn

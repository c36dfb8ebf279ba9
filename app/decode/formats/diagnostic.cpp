// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

#include <QRegularExpression>

namespace bn {

void completeFromDiagnostic(Bounce &b)
{
    const QString &d = b.diagnostic;
    if (d.isEmpty())
        return;
    const QString found = smtp::findStatus(d);
    if (b.status.isEmpty() || (b.status.mid(1) == QLatin1String(".0.0") && !found.isEmpty()
                               && found.at(0) == b.status.at(0)))
        if (!found.isEmpty())
            b.status = found;
    if (b.replyCode.isEmpty())
        b.replyCode = smtp::findReplyCode(d);
    if (b.smtpCommand.isEmpty())
        b.smtpCommand = smtp::findCommand(d);
    if (b.remoteMta.isEmpty()) {
        static const QRegularExpression host(QStringLiteral(
            "(?:host|remote host|while talking to|H=|Remote-MTA: dns;)\\s*\\[?([A-Za-z0-9][A-Za-z0-9.\\-]*\\.[A-Za-z]{2,})"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = host.match(d);
        if (m.hasMatch())
            b.remoteMta = m.captured(1).toLower();
    }
}

} // namespace bn

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
    const smtp::StatusMatch match = smtp::findStatusMatch(d);
    const QString &found = match.status;
    // The remote server's own status, quoted in its reply, is more specific than the one the
    // reporting MTA derived (4.4.7 for a queue timeout, 5.1.1 for any RCPT refusal, x.0.0);
    // written with its reply code ("550 5.5.0"), it is the server's word even against the class
    // the reporting MTA chose.
    const bool specific = !found.isEmpty() && found.mid(1) != QLatin1String(".0.0") && found != QLatin1String("4.4.7");
    if (b.status.isEmpty() || (specific && (found.at(0) == b.status.at(0) || !match.replyCode.isEmpty())))
        if (!found.isEmpty())
            b.status = found;
    if (b.replyCode.isEmpty())
        b.replyCode = b.status == found && !match.replyCode.isEmpty() ? match.replyCode : smtp::findReplyCode(d);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Amazon SES notifications delivered by e-mail (SNS): a JSON document with the bounced,
// complained or delivered recipients.
#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bn {

bool extractAmazonSes(const Message &, const NotificationText &n, QList<ExtractedRecipient> &out)
{
    QJsonObject root;
    const qsizetype start = n.text.indexOf(QLatin1String("{\"notificationType\""));
    if (start >= 0) {
        // The JSON ends at its last closing brace; the SNS footer follows.
        QString json = n.text.mid(start);
        json.truncate(json.lastIndexOf(QLatin1Char('}')) + 1);
        json.remove(QLatin1Char('\n')); // lines wrapped by the mailer
        root = QJsonDocument::fromJson(json.toUtf8()).object();
    } else if (n.text.contains(QLatin1String("\\\"notificationType\\\""))) {
        // The whole SNS envelope ({"Type" : "Notification", "Message" : "{\"notificationType\"…"}):
        // the notification is the envelope's Message, a JSON document in a string.
        const qsizetype open = n.text.indexOf(QLatin1Char('{'));
        const qsizetype close = n.text.lastIndexOf(QLatin1Char('}'));
        if (open < 0 || close < open)
            return false;
        const QJsonObject envelope = QJsonDocument::fromJson(n.text.mid(open, close - open + 1).toUtf8()).object();
        root = QJsonDocument::fromJson(envelope.value(QLatin1String("Message")).toString().toUtf8()).object();
    } else {
        return false;
    }
    const QString type = root.value(QLatin1String("notificationType")).toString();
    auto add = [&out](const QString &address, const QString &hint) -> ExtractedRecipient & {
        ExtractedRecipient r;
        r.bounce.recipient = smtp::firstAddress(address);
        r.bounce.engine = QStringLiteral("amazonses");
        r.hint = hint;
        out.append(r);
        return out.last();
    };
    if (type == QLatin1String("Bounce")) {
        const QJsonObject bounce = root.value(QLatin1String("bounce")).toObject();
        const bool transient = bounce.value(QLatin1String("bounceType")).toString() == QLatin1String("Transient");
        for (const QJsonValue &v : bounce.value(QLatin1String("bouncedRecipients")).toArray()) {
            const QJsonObject o = v.toObject();
            ExtractedRecipient &r = add(o.value(QLatin1String("emailAddress")).toString(), QString());
            r.bounce.status = o.value(QLatin1String("status")).toString();
            r.bounce.diagnostic = o.value(QLatin1String("diagnosticCode")).toString();
            r.bounce.reportingMta = bounce.value(QLatin1String("reportingMTA")).toString().section(QLatin1Char(' '), -1);
            r.action = transient ? QStringLiteral("delayed") : o.value(QLatin1String("action")).toString();
            if (bounce.value(QLatin1String("bounceSubType")).toString() == QLatin1String("Suppressed"))
                r.hint = QStringLiteral("suppressed");
            completeFromDiagnostic(r.bounce);
        }
    } else if (type == QLatin1String("Complaint")) {
        const QJsonObject complaint = root.value(QLatin1String("complaint")).toObject();
        for (const QJsonValue &v : complaint.value(QLatin1String("complainedRecipients")).toArray())
            add(v.toObject().value(QLatin1String("emailAddress")).toString(), QStringLiteral("feedback")).bounce.diagnostic =
                complaint.value(QLatin1String("complaintFeedbackType")).toString();
    } else if (type == QLatin1String("Delivery")) {
        const QJsonObject delivery = root.value(QLatin1String("delivery")).toObject();
        for (const QJsonValue &v : delivery.value(QLatin1String("recipients")).toArray()) {
            ExtractedRecipient &r = add(v.toString(), QStringLiteral("delivered"));
            r.bounce.diagnostic = delivery.value(QLatin1String("smtpResponse")).toString();
            r.bounce.status = smtp::findStatus(r.bounce.diagnostic);
            r.bounce.replyCode = smtp::findReplyCode(r.bounce.diagnostic);
        }
    }
    return !out.isEmpty();
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/bounce_json.h"

#include <QJsonArray>

namespace bn {

QJsonObject bounceToJson(const Bounce &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), b.file);
    o.insert(QStringLiteral("recipient"), b.recipient);
    o.insert(QStringLiteral("status"), b.status);
    o.insert(QStringLiteral("replycode"), b.replyCode);
    o.insert(QStringLiteral("reason"), b.reason);
    o.insert(QStringLiteral("temporary"), b.temporary);
    o.insert(QStringLiteral("remote_mta"), b.remoteMta);
    o.insert(QStringLiteral("reporting_mta"), b.reportingMta);
    o.insert(QStringLiteral("smtp_command"), b.smtpCommand);
    o.insert(QStringLiteral("diagnostic"), b.diagnostic);
    o.insert(QStringLiteral("operator"), b.operatorId);
    o.insert(QStringLiteral("list"), b.list);
    o.insert(QStringLiteral("listed_ip"), b.listedIp);
    o.insert(QStringLiteral("listed_domain"), b.listedDomain);
    o.insert(QStringLiteral("links"), QJsonArray::fromStringList(b.links));
    return o;
}

} // namespace bn

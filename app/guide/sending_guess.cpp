// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide/diagnosis.h"

#include "input/message.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

} // namespace

QString sendingViaId(SendingVia via)
{
    switch (via) {
    case SendingVia::Provider: return QStringLiteral("provider");
    case SendingVia::OwnServer: return QStringLiteral("own-server");
    case SendingVia::Cloud: return QStringLiteral("cloud");
    case SendingVia::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool sendingViaFromId(const QString &id, SendingVia *via)
{
    for (SendingVia v : {SendingVia::Provider, SendingVia::OwnServer, SendingVia::Cloud, SendingVia::Unknown}) {
        if (sendingViaId(v) == id) {
            *via = v;
            return true;
        }
    }
    return false;
}

SendingVia guessSendingVia(const Bounce &bounce, const Message *message, const Evidence *evidence, QString *basis)
{
    auto say = [basis](const QString &why) {
        if (basis)
            *basis = why;
    };
    // The returned original's Received headers show who handed the message on.
    if (message) {
        const QString received = message->returnedHeaders.values("Received").join(QLatin1Char(' ')).toLower();
        static const QRegularExpression cloud(QStringLiteral("outlook\\.com|protection\\.outlook|google\\.com|googlemail|gmail|zoho|amazonses"));
        if (cloud.match(received).hasMatch() || cloud.match(bounce.reportingMta).hasMatch()) {
            say(tr("The returned message passed through a cloud mail service (Microsoft 365, Google Workspace or similar)."));
            return SendingVia::Cloud;
        }
    }
    if (evidence && evidence->owner.known) {
        const QString type = evidence->owner.type.toUpper();
        if (type.contains(QLatin1String("ASSIGN")) && !type.contains(QLatin1String("REASSIGN"))) {
            say(tr("The IP address is assigned to an organisation (%1): it may be your own network.")
                    .arg(evidence->owner.organisation.isEmpty() ? evidence->owner.networkName : evidence->owner.organisation));
            return SendingVia::OwnServer;
        }
        say(tr("The IP address belongs to %1, a provider's allocation.")
                .arg(evidence->owner.organisation.isEmpty() ? evidence->owner.networkName : evidence->owner.organisation));
        return SendingVia::Provider;
    }
    if (evidence && !evidence->reverseDns.ptrNames.isEmpty()) {
        const QString ptr = evidence->reverseDns.ptrNames.first().toLower();
        static const QRegularExpression hosting(QStringLiteral("sakura|xserver|lolipop|heteml|onamae|gmoserver|secureserver|"
                                                               "hostgator|bluehost|ovh|hetzner|kagoya|coreserver|rentalserver|shared"));
        if (hosting.match(ptr).hasMatch() || evidence->reverseDns.looksGeneric) {
            say(tr("The reverse DNS name %1 looks like a provider's or hosting company's server.").arg(ptr));
            return SendingVia::Provider;
        }
    }
    say(tr("Nothing in the bounce shows who runs the sending server; most small businesses send through their provider."));
    return SendingVia::Provider;
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/evidence_texts.h"

#include <QCoreApplication>
#include <QHash>

namespace bn {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bn", text, disambiguation, n); // lupdate files free tr() calls under the namespace
}

} // namespace

QString failureLabel(CheckFailure failure)
{
    switch (failure) {
    case CheckFailure::None: return {};
    case CheckFailure::Offline: return tr("the network is switched off");
    case CheckFailure::NoNetwork: return tr("no network, or the DNS server cannot be reached");
    case CheckFailure::NoAnswer: return tr("no answer in time");
    case CheckFailure::ServerFailure: return tr("the DNS server failed");
    case CheckFailure::DnsRefused: return tr("the DNS server refused");
    case CheckFailure::ListRefused: return tr("the list refuses your DNS server");
    case CheckFailure::UnknownAnswer: return tr("an answer the list does not use");
    case CheckFailure::HealthCheckFailed: return tr("the list's answers cannot be trusted");
    case CheckFailure::Cancelled: return tr("cancelled");
    case CheckFailure::Error: return tr("the query failed");
    }
    return {};
}

QString verdictLabel(Verdict verdict, CheckFailure failure)
{
    switch (verdict) {
    case Verdict::Listed: return tr("listed");
    case Verdict::NotListed: return tr("not listed");
    case Verdict::CouldNotCheck:
        return failure == CheckFailure::None ? tr("could not check") : tr("could not check (%1)").arg(failureLabel(failure));
    case Verdict::NotQueried: return tr("not queried");
    }
    return {};
}

CheckFailure mainFailure(const Evidence &evidence)
{
    QHash<int, int> seen;
    CheckFailure best = CheckFailure::None;
    for (const ZoneVerdict &z : evidence.zones) {
        if (z.verdict != Verdict::CouldNotCheck)
            continue;
        const int n = ++seen[int(z.failure)];
        if (best == CheckFailure::None || n > seen.value(int(best)))
            best = z.failure;
    }
    return best;
}

QString summaryLine(const Evidence &evidence)
{
    const VerdictCounts c = evidence.counts();
    QStringList parts;
    if (c.listed > 0)
        parts << tr("listed on %n list(s)", nullptr, c.listed);
    if (c.notListed > 0)
        parts << tr("not listed on %n", nullptr, c.notListed);
    if (c.couldNotCheck > 0)
        parts << tr("%n could not be checked (%1)", nullptr, c.couldNotCheck).arg(failureLabel(mainFailure(evidence)));
    if (c.notQueried > 0)
        parts << tr("%n not queried", nullptr, c.notQueried);
    if (parts.isEmpty())
        return tr("No list was checked.");
    return parts.join(QStringLiteral(" · "));
}

QString nothingCheckedAdvice(const Evidence &evidence)
{
    const VerdictCounts c = evidence.counts();
    if (!c.nothingChecked())
        return {};
    const QString servers = evidence.resolvers.join(QStringLiteral(", "));
    switch (mainFailure(evidence)) {
    case CheckFailure::Offline:
        return tr("Nothing could be checked: the network is switched off. Switch it on and check again.");
    case CheckFailure::NoNetwork:
        return tr("Nothing could be checked: this computer has no network connection, or its DNS server (%1) cannot be "
                  "reached. Connect to the network and check again.")
            .arg(servers.isEmpty() ? tr("the system's") : servers);
    case CheckFailure::ListRefused:
    case CheckFailure::DnsRefused:
    case CheckFailure::HealthCheckFailed:
    case CheckFailure::UnknownAnswer:
        return tr("Nothing could be checked: the DNS server this computer uses (%1) does not give the lists' real "
                  "answers. Many blocklists refuse queries from large public resolvers, and some hotel, office and "
                  "ISP resolvers alter the answers. Check again on another network, or set your own DNS server, or a "
                  "Spamhaus DQS key, in the settings.")
            .arg(servers.isEmpty() ? tr("the system's") : servers);
    default:
        return tr("Nothing could be checked: the DNS server (%1) did not answer. Check again in a moment.")
            .arg(servers.isEmpty() ? tr("the system's") : servers);
    }
}

} // namespace bn

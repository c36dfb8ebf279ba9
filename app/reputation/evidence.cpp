// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/evidence.h"

namespace bn {

VerdictCounts Evidence::counts() const
{
    VerdictCounts c;
    for (const ZoneVerdict &z : zones) {
        switch (z.verdict) {
        case Verdict::Listed: ++c.listed; break;
        case Verdict::NotListed: ++c.notListed; break;
        case Verdict::CouldNotCheck: ++c.couldNotCheck; break;
        case Verdict::NotQueried: ++c.notQueried; break;
        }
    }
    return c;
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Listed: return QStringLiteral("listed");
    case Verdict::NotListed: return QStringLiteral("not_listed");
    case Verdict::CouldNotCheck: return QStringLiteral("could_not_check");
    case Verdict::NotQueried: return QStringLiteral("not_queried");
    }
    return {};
}

QString failureId(CheckFailure failure)
{
    switch (failure) {
    case CheckFailure::None: return {};
    case CheckFailure::Offline: return QStringLiteral("offline");
    case CheckFailure::NoNetwork: return QStringLiteral("no_network");
    case CheckFailure::NoAnswer: return QStringLiteral("no_answer");
    case CheckFailure::ServerFailure: return QStringLiteral("server_failure");
    case CheckFailure::DnsRefused: return QStringLiteral("dns_refused");
    case CheckFailure::ListRefused: return QStringLiteral("list_refused");
    case CheckFailure::UnknownAnswer: return QStringLiteral("unknown_answer");
    case CheckFailure::HealthCheckFailed: return QStringLiteral("health_check_failed");
    case CheckFailure::Cancelled: return QStringLiteral("cancelled");
    case CheckFailure::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/dns/blocklist_check.h"

#include "reputation/dns/dns_channel.h"
#include "reputation/dns/reverse_dns.h"
#include "reputation/dns/zone_query.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTimer>

namespace bn {

namespace {

//! RFC 5782 health results for the session, per server and zone.
QHash<QString, bool> &healthCache()
{
    static QHash<QString, bool> cache;
    return cache;
}

QString fill(QString url, const QString &subject)
{
    return url.replace(QLatin1String("{ip}"), subject).replace(QLatin1String("{domain}"), subject);
}

} // namespace

BlocklistCheck::BlocklistCheck(const QString &subject, Zones zones, BlocklistCheckOptions options, QObject *parent)
    : QObject(parent)
    , m_subjectText(subject)
    , m_zones(std::move(zones))
    , m_options(std::move(options))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { finish(CheckFailure::NoAnswer); });
}

BlocklistCheck::~BlocklistCheck() = default;

BlocklistCheck::Zones BlocklistCheck::catalogZones()
{
    Zones out;
    for (const auto &[list, zone] : Catalog::builtin().zones())
        out.append({list, *zone});
    // Lists without a public zone are explained with their web lookup.
    for (const OperatorInfo &op : Catalog::builtin().operators())
        for (const ListInfo &l : op.lists)
            if (l.zones.isEmpty() && (op.dead || !l.lookupUrl.isEmpty()))
                out.append({&l, DnsZone{}});
    return out;
}

void BlocklistCheck::start()
{
    m_running = true;
    m_finishing = false;
    m_done = 0;
    m_reversePending = 0;
    m_reverseStarted = false;
    m_healthPending = 0;
    m_anyTested = false;
    m_anyHealthy = false;
    m_evidence = Evidence();
    m_evidence.subject = m_subjectText;
    m_evidence.offline = m_options.offline;
    const dnsbl::Subject subject = dnsbl::parseSubject(m_subjectText);
    delete m_channel; // a check started again: the answers to the first are dropped with it
    m_channel = nullptr;
    if (!m_options.offline) {
        m_channel = new DnsChannel(m_options.nameserver, m_options.timeoutMs, 1, this);
        m_evidence.resolvers = m_channel->servers();
        for (const QString &server : std::as_const(m_evidence.resolvers))
            m_evidence.publicResolverSuspected = m_evidence.publicResolverSuspected || dnsbl::isPublicResolver(server);
    } else {
        m_evidence.reverseDns.ip = m_subjectText;
        m_evidence.reverseDns.error = tr("Not checked: the network is switched off.");
    }

    m_pending.clear();
    for (const auto &[list, zone] : std::as_const(m_zones)) {
        Pending p;
        p.zone = zone;
        p.verdict.zone = zone.zone;
        p.verdict.operatorId = list ? list->operatorId : QString();
        p.verdict.listId = list ? list->id : QString();
        p.verdict.lookupUrl = list ? fill(list->lookupUrl, subject.text) : QString();
        m_pending.append(p);
    }
    for (int i = 0; i < m_pending.size(); ++i) {
        Pending &p = m_pending[i];
        const ListInfo *list = m_zones.at(i).first;
        const OperatorInfo *op = list ? Catalog::builtin().operatorById(list->operatorId) : nullptr;
        const QString key = p.zone.needsKey ? m_options.keys.value(p.zone.keyName) : QString();
        const QString name = p.zone.zone.isEmpty() ? QString() : dnsbl::queryName(subject, p.zone, key);
        if (op && op->dead) {
            p.verdict.meaning = tr("This list was shut down; it is never queried. A refusal that names it comes from a "
                                   "receiving server with an outdated configuration.");
        } else if (p.zone.zone.isEmpty()) {
            p.verdict.meaning = tr("This list has no public DNS zone: check it on the operator's web page.");
        } else if (subject.kind == dnsbl::Subject::Kind::Invalid) {
            p.verdict.meaning = tr("Not an IP address or a domain name.");
        } else if (name.isEmpty()) {
            p.verdict.meaning = tr("This list does not cover this kind of address.");
        } else if (p.zone.needsKey && key.isEmpty()) {
            p.verdict.meaning = tr("This list needs an access key; store one in the settings to check it.");
        } else if (m_options.offline) {
            p.verdict.verdict = Verdict::CouldNotCheck;
            p.verdict.failure = CheckFailure::Offline;
            p.verdict.meaning = tr("Not checked: the network is switched off.");
        } else {
            queryZone(i, name, key);
            continue;
        }
        p.answered = true;
    }
    // Announce the zones that are not queried at once, in order.
    for (int i = 0; i < m_pending.size(); ++i)
        if (m_pending.at(i).answered)
            settle(i);
    if (m_options.reverseDns && !m_options.offline
        && (subject.kind == dnsbl::Subject::Kind::Ip4 || subject.kind == dnsbl::Subject::Kind::Ip6))
        startReverseDns();
    m_deadline->start(m_options.deadlineMs);
    finishIfDone();
}

namespace {

//! Fills a verdict from the answer to its query.
void readAnswer(const DnsAnswer &a, const DnsZone &zone, ZoneVerdict &v)
{
    auto couldNotCheck = [&v](CheckFailure why, const QString &meaning) {
        v.verdict = Verdict::CouldNotCheck;
        v.failure = why;
        v.meaning = meaning;
    };
    v.latencyMs = a.latencyMs;
    switch (a.status) {
    case DnsAnswer::Status::Ok:
        v.verdict = dnsbl::interpret(zone, a.records, &v.meaning, &v.codes, &v.failure);
        break;
    case DnsAnswer::Status::NotFound:
    case DnsAnswer::Status::NoData:
        v.verdict = Verdict::NotListed;
        break;
    case DnsAnswer::Status::Timeout:
        couldNotCheck(CheckFailure::NoAnswer, BlocklistCheck::tr("No answer in time."));
        break;
    case DnsAnswer::Status::ServerFailure:
        couldNotCheck(CheckFailure::ServerFailure, BlocklistCheck::tr("The DNS server failed to answer (SERVFAIL)."));
        break;
    case DnsAnswer::Status::Refused:
        couldNotCheck(CheckFailure::DnsRefused, BlocklistCheck::tr("The DNS server refused the query."));
        break;
    case DnsAnswer::Status::Unreachable:
        couldNotCheck(CheckFailure::NoNetwork, BlocklistCheck::tr("The DNS server cannot be reached: no network, no route, or nothing answers on its port."));
        break;
    case DnsAnswer::Status::Cancelled:
    case DnsAnswer::Status::Error:
        couldNotCheck(CheckFailure::Error, BlocklistCheck::tr("The query failed."));
        break;
    }
}

//! Whether an answer is one a DNS server gave (as opposed to a timeout or a failure to send).
bool isRealAnswer(const DnsAnswer &a)
{
    return a.status == DnsAnswer::Status::Ok || a.status == DnsAnswer::Status::NotFound || a.status == DnsAnswer::Status::NoData;
}

} // namespace

void BlocklistCheck::queryZone(int index, const QString &name, const QString &key)
{
    Pending &p = m_pending[index];
    const QString cacheKey = m_options.nameserver + QLatin1Char('|') + p.zone.zone;
    if (m_options.healthCheck && p.zone.rfc5782TestEntries && !healthCache().contains(cacheKey)) {
        const auto [mustList, mustNot] = dnsbl::healthCheckNames(p.zone, key);
        p.health = 2;
        ++m_healthPending;
        auto healthAnswer = [this, index, cacheKey](bool ok, bool definitive) {
            Pending &q = m_pending[index];
            q.healthy = q.healthy && ok;
            q.healthDefinitive = q.healthDefinitive && definitive;
            if (--q.health > 0)
                return;
            // Only what the list itself said is remembered: a timeout today is not a broken list.
            if (q.healthDefinitive)
                healthCache().insert(cacheKey, q.healthy);
            m_anyTested = true;
            m_anyHealthy = m_anyHealthy || q.healthy;
            --m_healthPending;
            settle(index);
            if (m_healthPending == 0)
                settleHeld();
        };
        m_channel->query(mustList, DnsChannel::Type::A, [this, index, healthAnswer](const DnsAnswer &a) {
            const bool ok = a.status == DnsAnswer::Status::Ok
                && dnsbl::interpret(m_pending.at(index).zone, a.records, nullptr, nullptr) == Verdict::Listed;
            healthAnswer(ok, isRealAnswer(a));
        });
        m_channel->query(mustNot, DnsChannel::Type::A, [healthAnswer](const DnsAnswer &a) {
            healthAnswer(a.status == DnsAnswer::Status::NotFound || a.status == DnsAnswer::Status::NoData, isRealAnswer(a));
        });
    } else if (healthCache().contains(cacheKey)) {
        p.healthy = healthCache().value(cacheKey);
        m_anyTested = true;
        m_anyHealthy = m_anyHealthy || p.healthy;
    }
    m_channel->query(name, DnsChannel::Type::A, [this, index](const DnsAnswer &a) {
        Pending &q = m_pending[index];
        readAnswer(a, q.zone, q.verdict);
        if (q.verdict.failure == CheckFailure::ListRefused)
            m_evidence.publicResolverSuspected = true;
        q.answered = true;
        settle(index);
    });
    // The TXT reason is asked at the same time, so a listing costs no extra round trip.
    p.waitingTxt = true;
    m_channel->query(name, DnsChannel::Type::TXT, [this, index](const DnsAnswer &t) {
        Pending &r = m_pending[index];
        r.txt = t.records;
        r.waitingTxt = false;
        settle(index);
    });
}

void BlocklistCheck::settle(int index)
{
    Pending &p = m_pending[index];
    if (p.settled || !p.answered || p.health > 0 || p.waitingTxt || !m_running)
        return;
    if (p.verdict.verdict == Verdict::Listed)
        p.verdict.txt = p.txt.join(QLatin1Char(' '));
    // A zone that answered but failed its test entries is not trusted either way: neither its
    // "listed" nor its "not listed" (a resolver answering NXDOMAIN to everything fails here).
    if (!p.healthy && p.zone.rfc5782TestEntries) {
        p.verdict.zoneUnreliable = true;
        if (p.verdict.verdict == Verdict::Listed || p.verdict.verdict == Verdict::NotListed) {
            p.verdict.verdict = Verdict::CouldNotCheck;
            p.verdict.failure = CheckFailure::HealthCheckFailed;
            p.verdict.meaning = tr("This list failed its health check (RFC 5782 test entries): its answers are not trusted.");
        }
    }
    // A list without test entries is vouched for by the others': when none of them answers its
    // own right, the resolver denies everything, and this list's "not listed" proves nothing.
    if (!p.zone.rfc5782TestEntries && p.verdict.verdict == Verdict::NotListed) {
        if (m_healthPending > 0) {
            p.heldForResolver = true;
            return;
        }
        if (resolverUntrusted()) {
            p.verdict.verdict = Verdict::CouldNotCheck;
            p.verdict.failure = CheckFailure::HealthCheckFailed;
            p.verdict.meaning = tr("The DNS server answers the other lists' test entries wrongly too: this answer is not "
                                   "trusted.");
        }
    }
    p.heldForResolver = false;
    p.settled = true;
    m_evidence.zones.append(p.verdict);
    ++m_done;
    Q_EMIT result(p.verdict);
    Q_EMIT progress(m_done, int(m_pending.size()));
    finishIfDone();
}

void BlocklistCheck::settleHeld()
{
    for (int i = 0; i < m_pending.size(); ++i)
        if (m_pending.at(i).heldForResolver)
            settle(i);
}

void BlocklistCheck::startReverseDns()
{
    m_reverseStarted = true;
    m_reversePending = 1;
    auto *lookup = new ReverseDnsLookup(m_subjectText, m_channel, this);
    connect(lookup, &ReverseDnsLookup::finished, this, [this, lookup] {
        m_evidence.reverseDns = lookup->result();
        m_reversePending = 0;
        lookup->deleteLater();
        finishIfDone();
    });
    lookup->start();
}

void BlocklistCheck::judgeReverseDns(CheckFailure unanswered)
{
    ReverseDns &r = m_evidence.reverseDns;
    if (m_reversePending > 0) {
        r = ReverseDns();
        r.ip = m_subjectText;
        r.error = unanswered == CheckFailure::Cancelled ? tr("Reverse DNS was not checked: the check was cancelled.")
                                                        : tr("Reverse DNS: no answer before the check's deadline.");
        return;
    }
    // A server that denies the lists' own test entries denies anything: its "no such name" for
    // the PTR proves nothing either.
    if (r.state == ReverseDns::State::NoName && resolverUntrusted()) {
        r.state = ReverseDns::State::NotChecked;
        r.error = tr("Reverse DNS could not be checked: the DNS server's answers cannot be trusted.");
    }
}

void BlocklistCheck::finishIfDone()
{
    if (m_running && !m_finishing && m_done == m_pending.size() && m_reversePending == 0)
        finish(CheckFailure::NoAnswer);
}

void BlocklistCheck::finish(CheckFailure unanswered)
{
    if (!m_running || m_finishing)
        return;
    m_finishing = true;
    m_healthPending = 0; // no more test entries will be answered: held lists are judged now
    // Whatever has not answered by the deadline has no answer.
    for (int i = 0; i < m_pending.size(); ++i) {
        Pending &p = m_pending[i];
        if (p.settled)
            continue;
        const QString why = unanswered == CheckFailure::Cancelled ? tr("The check was cancelled.")
                                                                  : tr("No answer before the check's deadline.");
        if (!p.answered) {
            p.verdict.verdict = Verdict::CouldNotCheck;
            p.verdict.failure = unanswered;
            p.verdict.meaning = why;
        } else if (p.health > 0 && p.verdict.verdict != Verdict::CouldNotCheck) {
            // Answered, but the test entries that would vouch for the answer were not.
            p.verdict.verdict = Verdict::CouldNotCheck;
            p.verdict.failure = unanswered;
            p.verdict.meaning = why + QLatin1Char(' ') + tr("The list's test entries were not answered, so its answer is not trusted.");
            p.healthy = true; // judged here already
        }
        p.answered = true;
        p.health = 0;
        p.waitingTxt = false;
        settle(i);
    }
    if (m_reverseStarted)
        judgeReverseDns(unanswered);
    m_running = false;
    m_finishing = false;
    m_deadline->stop();
    if (m_channel)
        m_channel->cancelAll();
    Q_EMIT finished();
}

void BlocklistCheck::cancel()
{
    finish(CheckFailure::Cancelled);
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav check: DNS blocklists in parallel, reverse DNS.
#include "cli/commands.h"
#include "cli/lookups.h"
#include "reputation/dns/zone_query.h"
#include "reputation/rdap/rdap.h"


#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bn::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn::cli", text); // lupdate files free tr() calls under the namespace
}

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Listed: return QStringLiteral("listed");
    case Verdict::NotListed: return QStringLiteral("not_listed");
    case Verdict::Refused: return QStringLiteral("refused");
    case Verdict::UnknownAnswer: return QStringLiteral("unknown_answer");
    case Verdict::NoAnswer: return QStringLiteral("no_answer");
    case Verdict::NotQueried: return QStringLiteral("not_queried");
    }
    return {};
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Listed: return tr("Listed");
    case Verdict::NotListed: return tr("Not listed");
    case Verdict::Refused: return tr("Query refused (not a listing)");
    case Verdict::UnknownAnswer: return tr("Unknown answer (not a listing)");
    case Verdict::NoAnswer: return tr("No answer");
    case Verdict::NotQueried: return tr("Not queried");
    }
    return {};
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonArray zones;
    for (const ZoneVerdict &z : e.zones)
        zones.append(QJsonObject{{QStringLiteral("zone"), z.zone},
                                 {QStringLiteral("operator"), z.operatorId},
                                 {QStringLiteral("list"), z.listId},
                                 {QStringLiteral("verdict"), verdictId(z.verdict)},
                                 {QStringLiteral("codes"), QJsonArray::fromStringList(z.codes)},
                                 {QStringLiteral("meaning"), z.meaning},
                                 {QStringLiteral("txt"), z.txt},
                                 {QStringLiteral("latency_ms"), z.latencyMs},
                                 {QStringLiteral("unreliable"), z.zoneUnreliable},
                                 {QStringLiteral("lookup_url"), z.lookupUrl}});
    QJsonObject rdns{{QStringLiteral("ptr"), QJsonArray::fromStringList(e.reverseDns.ptrNames)},
                     {QStringLiteral("forward_confirmed"), e.reverseDns.forwardConfirmed},
                     {QStringLiteral("looks_generic"), e.reverseDns.looksGeneric},
                     {QStringLiteral("error"), e.reverseDns.error}};
    QJsonObject owner{{QStringLiteral("known"), e.owner.known},
                      {QStringLiteral("error"), e.owner.error},
                      {QStringLiteral("registry"), e.owner.registry},
                      {QStringLiteral("handle"), e.owner.handle},
                      {QStringLiteral("network"), e.owner.networkName},
                      {QStringLiteral("start"), e.owner.startAddress},
                      {QStringLiteral("end"), e.owner.endAddress},
                      {QStringLiteral("type"), e.owner.type},
                      {QStringLiteral("country"), e.owner.country},
                      {QStringLiteral("organisation"), e.owner.organisation},
                      {QStringLiteral("abuse_email"), e.owner.abuseEmail},
                      {QStringLiteral("abuse_phone"), e.owner.abusePhone},
                      // -1: the bootstrap bundled with the application; else the refreshed copy's age
                      {QStringLiteral("bootstrap_age_days"), rdap::Bootstrap::cachedAgeDays()}};
    return QJsonObject{{QStringLiteral("subject"), e.subject},
                       {QStringLiteral("public_resolver_suspected"), e.publicResolverSuspected},
                       {QStringLiteral("offline"), e.offline},
                       {QStringLiteral("zones"), zones},
                       {QStringLiteral("reverse_dns"), rdns},
                       {QStringLiteral("owner"), owner}};
}

void printHuman(QTextStream &out, const Evidence &e)
{
    out << e.subject << '\n';
    for (Verdict v : {Verdict::Listed, Verdict::Refused, Verdict::UnknownAnswer, Verdict::NoAnswer}) {
        for (const ZoneVerdict &z : e.zones) {
            if (z.verdict != v)
                continue;
            out << "  " << verdictName(v) << ": " << z.zone;
            if (!z.codes.isEmpty())
                out << " (" << z.codes.join(QStringLiteral(", ")) << ')';
            if (!z.meaning.isEmpty())
                out << " — " << z.meaning;
            if (!z.txt.isEmpty())
                out << " — " << z.txt;
            out << '\n';
        }
    }
    int notListed = 0;
    int notQueried = 0;
    for (const ZoneVerdict &z : e.zones) {
        notListed += z.verdict == Verdict::NotListed;
        notQueried += z.verdict == Verdict::NotQueried;
    }
    out << "  " << tr("Not listed on %1 list(s); %2 not queried (dead, needing a key, or web lookup only).")
                       .arg(notListed).arg(notQueried) << '\n';
    if (e.publicResolverSuspected)
        out << "  " << tr("Your DNS server looks like a public resolver, which blocklists refuse. Set a Spamhaus DQS key, "
                          "or use another DNS server (--nameserver).") << '\n';
    if (!e.reverseDns.ptrNames.isEmpty()) {
        out << "  " << tr("Reverse DNS: %1 (%2)").arg(e.reverseDns.ptrNames.join(QStringLiteral(", ")),
                                                      e.reverseDns.forwardConfirmed ? tr("forward-confirmed") : tr("not forward-confirmed"))
            << '\n';
        if (e.reverseDns.looksGeneric)
            out << "  " << tr("The reverse DNS name looks generic or dynamic: a common cause of DUL, PBL and RATS-Dyna listings.") << '\n';
    } else if (!e.reverseDns.error.isEmpty()) {
        out << "  " << e.reverseDns.error << '\n';
    }
    if (e.owner.known) {
        out << "  " << tr("Owner: %1 (%2, %3 – %4, %5, %6)")
                           .arg(e.owner.organisation.isEmpty() ? e.owner.networkName : e.owner.organisation,
                                e.owner.registry, e.owner.startAddress, e.owner.endAddress, e.owner.type, e.owner.country)
            << '\n';
        if (!e.owner.abuseEmail.isEmpty())
            out << "  " << tr("Abuse contact: %1").arg(e.owner.abuseEmail) << '\n';
    } else if (!e.owner.error.isEmpty()) {
        out << "  " << tr("Owner unknown: %1").arg(e.owner.error) << '\n';
    }
    out << '\n';
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QTextStream err(stderr);
    bool json = false;
    LookupOptions options;
    QStringList subjects;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString error;
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (parseLookupOption(arguments, i, options, &error)) {
            if (!error.isEmpty()) {
                err << error << Qt::endl;
                return UsageOrUnreadable;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            err << tr("Unknown option: %1").arg(a) << Qt::endl;
            return UsageOrUnreadable;
        } else {
            subjects.append(a);
        }
    }
    if (subjects.isEmpty()) {
        err << tr("Usage: bouncenav check [--json] [--nameserver HOST:PORT] [--timeout-ms N] [--zones-file FILE] "
                  "[--rdap-bootstrap FILE] [--rdap-base URL] [--offline] IP|DOMAIN ...")
            << Qt::endl;
        return UsageOrUnreadable;
    }
    for (const QString &subject : std::as_const(subjects)) {
        if (dnsbl::parseSubject(subject).kind == dnsbl::Subject::Kind::Invalid) {
            err << tr("%1 is not an IP address or a domain name.").arg(subject) << Qt::endl;
            return UsageOrUnreadable;
        }
    }
    loadKeys(options);
    QJsonArray results;
    QTextStream out(stdout);
    for (const QString &subject : std::as_const(subjects)) {
        const Evidence e = collectEvidence(subject, options);
        if (json)
            results.append(evidenceJson(e));
        else
            printHuman(out, e);
    }
    if (json)
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace bn::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav check: DNS blocklists in parallel, reverse DNS, the IP's owner.
#include "cli/commands.h"
#include "cli/lookups.h"
#include "reputation/dns/zone_query.h"
#include "reputation/evidence_texts.h"
#include "reputation/rdap/rdap.h"

#include <QCoreApplication>
#include <QFile>
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

QString reverseStateId(ReverseDns::State state)
{
    switch (state) {
    case ReverseDns::State::Found: return QStringLiteral("found");
    case ReverseDns::State::NoName: return QStringLiteral("no_name");
    case ReverseDns::State::NotChecked: return QStringLiteral("not_checked");
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
                                 {QStringLiteral("cause"), failureId(z.failure)},
                                 {QStringLiteral("codes"), QJsonArray::fromStringList(z.codes)},
                                 {QStringLiteral("meaning"), z.meaning},
                                 {QStringLiteral("txt"), z.txt},
                                 {QStringLiteral("latency_ms"), z.latencyMs},
                                 {QStringLiteral("unreliable"), z.zoneUnreliable},
                                 {QStringLiteral("lookup_url"), z.lookupUrl}});
    const VerdictCounts c = e.counts();
    const QJsonObject counts{{QStringLiteral("listed"), c.listed},
                             {QStringLiteral("not_listed"), c.notListed},
                             {QStringLiteral("could_not_check"), c.couldNotCheck},
                             {QStringLiteral("not_queried"), c.notQueried}};
    QJsonObject rdns{{QStringLiteral("state"), reverseStateId(e.reverseDns.state)},
                     {QStringLiteral("ptr"), QJsonArray::fromStringList(e.reverseDns.ptrNames)},
                     {QStringLiteral("forward_confirmed"), e.reverseDns.forwardConfirmed},
                     {QStringLiteral("looks_generic"), e.reverseDns.looksGeneric},
                     {QStringLiteral("error"), e.reverseDns.error}};
    QJsonObject owner{{QStringLiteral("known"), e.owner.known},
                      {QStringLiteral("checked"), e.owner.checked},
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
                       {QStringLiteral("summary"), summaryLine(e)},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("resolvers"), QJsonArray::fromStringList(e.resolvers)},
                       {QStringLiteral("public_resolver_suspected"), e.publicResolverSuspected},
                       {QStringLiteral("offline"), e.offline},
                       {QStringLiteral("zones"), zones},
                       {QStringLiteral("reverse_dns"), rdns},
                       {QStringLiteral("owner"), owner}};
}

void printZones(QTextStream &out, const Evidence &e, Verdict verdict)
{
    for (const ZoneVerdict &z : e.zones) {
        if (z.verdict != verdict)
            continue;
        out << "  " << verdictLabel(z.verdict, z.failure) << ": " << z.zone;
        if (!z.codes.isEmpty())
            out << " (" << z.codes.join(QStringLiteral(", ")) << ')';
        if (!z.meaning.isEmpty())
            out << " — " << z.meaning;
        if (!z.txt.isEmpty())
            out << " — " << z.txt;
        out << '\n';
    }
}

void printHuman(QTextStream &out, const Evidence &e)
{
    out << e.subject << '\n';
    printZones(out, e, Verdict::Listed);
    printZones(out, e, Verdict::CouldNotCheck);
    out << "  " << summaryLine(e) << '\n';
    const QString advice = nothingCheckedAdvice(e);
    if (!advice.isEmpty())
        out << "  " << advice << '\n';
    else if (e.publicResolverSuspected)
        out << "  " << tr("Your DNS server looks like a public resolver, which blocklists refuse. Set a Spamhaus DQS key, "
                          "or use another DNS server (--nameserver).") << '\n';
    switch (e.reverseDns.state) {
    case ReverseDns::State::Found:
        out << "  " << tr("Reverse DNS: %1 (%2)").arg(e.reverseDns.ptrNames.join(QStringLiteral(", ")),
                                                      e.reverseDns.forwardConfirmed ? tr("forward-confirmed") : tr("not forward-confirmed"))
            << '\n';
        if (e.reverseDns.looksGeneric)
            out << "  " << tr("The reverse DNS name looks generic or dynamic: a common cause of DUL, PBL and RATS-Dyna listings.") << '\n';
        break;
    case ReverseDns::State::NoName:
    case ReverseDns::State::NotChecked:
        if (!e.reverseDns.error.isEmpty())
            out << "  " << e.reverseDns.error << '\n';
        break;
    }
    if (e.owner.known) {
        out << "  " << tr("Owner: %1 (%2, %3 – %4, %5, %6)")
                           .arg(e.owner.organisation.isEmpty() ? e.owner.networkName : e.owner.organisation,
                                e.owner.registry, e.owner.startAddress, e.owner.endAddress, e.owner.type, e.owner.country)
            << '\n';
        if (!e.owner.abuseEmail.isEmpty())
            out << "  " << tr("Abuse contact: %1").arg(e.owner.abuseEmail) << '\n';
    } else if (!e.owner.error.isEmpty()) {
        out << "  " << (e.owner.checked ? tr("Owner unknown: %1") : tr("Owner not checked: %1")).arg(e.owner.error) << '\n';
    }
    out << '\n';
}

//! Why \a subject cannot be checked, or empty when it can.
QString subjectProblem(const QString &subject)
{
    if (subject.trimmed().isEmpty())
        return tr("An empty argument is not an IP address or a domain name.");
    if (dnsbl::parseSubject(subject).kind == dnsbl::Subject::Kind::Invalid)
        return tr("“%1” is not an IP address or a domain name.").arg(subject);
    return {};
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
                return CheckUsage;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            err << tr("Unknown option: %1").arg(a) << Qt::endl;
            return CheckUsage;
        } else {
            subjects.append(a);
        }
    }
    if (subjects.isEmpty()) {
        err << tr("Usage: bouncenav check [--json] [--nameserver HOST:PORT] [--timeout-ms N] [--zones-file FILE] "
                  "[--rdap-bootstrap FILE] [--rdap-base URL] [--offline] IP|DOMAIN ...")
            << Qt::endl;
        return CheckUsage;
    }
    for (const QString &subject : std::as_const(subjects)) {
        const QString problem = subjectProblem(subject);
        if (!problem.isEmpty()) {
            err << problem << Qt::endl;
            return CheckUsage;
        }
    }
    loadKeys(options);
    // Each subject is printed as soon as it is checked, so memory stays flat over any number of
    // them; --json writes one array, an element at a time.
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return CheckUsage;
    bool listed = false;
    bool incomplete = false;
    if (json)
        out.write("[\n");
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const Evidence e = collectEvidence(subjects.at(i), options);
        const VerdictCounts c = e.counts();
        listed = listed || c.listed > 0;
        incomplete = incomplete || c.couldNotCheck > 0;
        if (json) {
            QByteArray element = QJsonDocument(evidenceJson(e)).toJson(QJsonDocument::Indented);
            element.chop(1); // its newline: the separator comes first
            out.write(element.prepend(i > 0 ? ",\n" : ""));
        } else {
            QString text;
            QTextStream human(&text);
            printHuman(human, e);
            human.flush();
            out.write(text.toUtf8());
        }
        out.flush();
    }
    if (json)
        out.write("\n]\n");
    if (listed)
        return ListedSomewhere;
    return incomplete ? CouldNotCheckAll : Clean;
}

} // namespace bn::cli

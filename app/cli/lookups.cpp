// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/lookups.h"

#include "reputation/dns/dns_channel.h"
#include "reputation/dns/zone_query.h"
#include "reputation/keys/key_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

namespace bn::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn::cli", text); // lupdate files free tr() calls under the namespace
}

bool readZonesFile(const QString &path, BlocklistCheck::Zones &zones, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    zones.clear();
    const auto known = Catalog::builtin().zones();
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString name = line.section(QLatin1Char('#'), 0, 0).trimmed().toLower();
        if (name.isEmpty())
            continue;
        const ListInfo *list = nullptr;
        DnsZone zone = dnsbl::genericZone(name);
        for (const auto &[l, z] : known) {
            if (z->zone == name) {
                list = l;
                zone = *z;
            }
        }
        zones.append({list, zone});
    }
    return true;
}

} // namespace

bool parseLookupOption(const QStringList &arguments, int &i, LookupOptions &options, QString *error)
{
    const QString &a = arguments.at(i);
    auto value = [&]() -> QString { return i + 1 < arguments.size() ? arguments.at(++i) : QString(); };
    if (a == QLatin1String("--offline")) {
        options.dns.offline = true;
        options.owner.offline = true;
    } else if (a == QLatin1String("--nameserver")) {
        options.dns.nameserver = value();
        if (!DnsChannel::isValidNameserver(options.dns.nameserver))
            *error = tr("--nameserver takes the DNS server's IP address, optionally with a port from 1 to 65535 "
                        "(192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353).");
    } else if (a == QLatin1String("--timeout-ms") || a == QLatin1String("--deadline-ms")) {
        bool ok = false;
        const int ms = value().toInt(&ok);
        if (!ok || ms <= 0)
            *error = tr("%1 takes a number of milliseconds.").arg(a);
        else
            (a == QLatin1String("--timeout-ms") ? options.dns.timeoutMs : options.dns.deadlineMs) = ms;
    } else if (a == QLatin1String("--zones-file")) {
        readZonesFile(value(), options.zones, error);
    } else if (a == QLatin1String("--rdap-bootstrap")) {
        options.owner.bootstrapFile = value();
    } else if (a == QLatin1String("--rdap-base")) {
        options.owner.baseUrl = value();
    } else {
        return false;
    }
    return true;
}

void loadKeys(LookupOptions &options)
{
    if (options.dns.offline || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return;
    QStringList names;
    for (const auto &[list, zone] : std::as_const(options.zones))
        if (zone.needsKey && !names.contains(zone.keyName))
            names << zone.keyName;
    if (names.isEmpty())
        return;
    QEventLoop wait;
    readKeys(names, &wait, [&options, &wait](const QHash<QString, QString> &keys) {
        options.dns.keys = keys;
        wait.quit();
    });
    wait.exec();
}

Evidence collectEvidence(const QString &subject, const LookupOptions &options)
{
    // The timeout bounds the whole check: every list's query (sent at once), reverse DNS and the
    // owner's registry, bootstrap included. The deadline's margin lets late answers in.
    BlocklistCheckOptions dns = options.dns;
    dns.deadlineMs = qMin(dns.deadlineMs, dns.timeoutMs + 250);
    BlocklistCheck check(subject, options.zones, dns);
    OwnerLookupOptions ownerOptions = options.owner;
    ownerOptions.timeoutMs = qMin(dns.timeoutMs, dns.deadlineMs);
    ownerOptions.nameserver = dns.nameserver; // every name the check needs goes to the same server
    OwnerLookup owner(subject, ownerOptions);
    const dnsbl::Subject::Kind kind = dnsbl::parseSubject(subject).kind;
    const bool isIp = kind == dnsbl::Subject::Kind::Ip4 || kind == dnsbl::Subject::Kind::Ip6;
    int pending = isIp ? 2 : 1;
    QEventLoop loop;
    auto done = [&pending, &loop] {
        if (--pending == 0)
            loop.quit();
    };
    QObject::connect(&check, &BlocklistCheck::finished, &loop, done);
    QObject::connect(&owner, &OwnerLookup::finished, &loop, done);
    check.start(); // may finish at once (offline, nothing to ask): finished() is emitted either way
    if (isIp)
        owner.start();
    if (pending > 0)
        loop.exec();
    Evidence e = check.evidence();
    if (isIp)
        e.owner = owner.result();
    return e;
}

} // namespace bn::cli

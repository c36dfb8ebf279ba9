// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/dns/zone_query.h"

#include "reputation/catalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <libpsl.h>

namespace bn::dnsbl {

Subject parseSubject(const QString &input)
{
    Subject s;
    const QString text = input.trimmed().toLower();
    QHostAddress address;
    if (address.setAddress(text)) {
        s.kind = address.protocol() == QAbstractSocket::IPv6Protocol ? Subject::Kind::Ip6 : Subject::Kind::Ip4;
        if (s.kind == Subject::Kind::Ip4 && address.toString() != text) {
            s.kind = Subject::Kind::Invalid; // "1.2.3" or "01.2.3.4": shorthands no mail server writes
            return s;
        }
        s.text = address.toString();
        return s;
    }
    // Digits and dots alone are an IP address or nothing ("999.1.1.1" is no domain), and no
    // top-level domain is all digits (RFC 3696 section 2).
    static const QRegularExpression numericEnd(QStringLiteral("(?:^|\\.)[0-9]+$"));
    if (numericEnd.match(text).hasMatch())
        return s;
    static const QRegularExpression domain(QStringLiteral("^[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?)+$"));
    if (!domain.match(text).hasMatch())
        return s;
    s.kind = Subject::Kind::Domain;
    s.text = text;
    const psl_ctx_t *psl = psl_builtin();
    const QByteArray latin = text.toLatin1(); // psl_registrable_domain points into this buffer
    const char *registered = psl ? psl_registrable_domain(psl, latin.constData()) : nullptr;
    s.registered = registered ? QString::fromLatin1(registered) : text;
    return s;
}

bool zoneAccepts(const DnsZone &zone, const Subject &subject)
{
    switch (subject.kind) {
    case Subject::Kind::Ip4: return zone.kind == DnsZone::Kind::Ip4 || zone.kind == DnsZone::Kind::Ip;
    case Subject::Kind::Ip6: return zone.kind == DnsZone::Kind::Ip6 || zone.kind == DnsZone::Kind::Ip;
    case Subject::Kind::Domain: return zone.kind == DnsZone::Kind::Domain;
    case Subject::Kind::Invalid: break;
    }
    return false;
}

static QString reversed(const Subject &s)
{
    if (s.kind == Subject::Kind::Ip4) {
        QStringList octets = s.text.split(QLatin1Char('.'));
        std::reverse(octets.begin(), octets.end());
        return octets.join(QLatin1Char('.'));
    }
    const Q_IPV6ADDR a = QHostAddress(s.text).toIPv6Address();
    QStringList nibbles;
    for (int i = 15; i >= 0; --i) {
        nibbles << QString::number(a[i] & 0xf, 16) << QString::number(a[i] >> 4, 16);
    }
    return nibbles.join(QLatin1Char('.'));
}

QString queryName(const Subject &subject, const DnsZone &zone, const QString &key)
{
    if (!zoneAccepts(zone, subject))
        return {};
    const QString label = subject.kind == Subject::Kind::Domain ? subject.registered : reversed(subject);
    return key.isEmpty() ? label + QLatin1Char('.') + zone.zone : label + QLatin1Char('.') + key + QLatin1Char('.') + zone.zone;
}

QPair<QString, QString> healthCheckNames(const DnsZone &zone, const QString &key)
{
    const QString suffix = key.isEmpty() ? zone.zone : key + QLatin1Char('.') + zone.zone;
    if (zone.kind == DnsZone::Kind::Domain)
        return {QStringLiteral("test.") + suffix, QStringLiteral("invalid.") + suffix};
    return {QStringLiteral("2.0.0.127.") + suffix, QStringLiteral("1.0.0.127.") + suffix};
}

Verdict interpret(const DnsZone &zone, const QStringList &addresses, QString *meaning, QStringList *codes, CheckFailure *failure)
{
    QStringList meanings;
    bool listed = false;
    bool refused = false;
    bool unknown = false;
    for (const QString &a : addresses) {
        if (codes)
            codes->append(a);
        QHostAddress address(a);
        const quint32 v4 = address.toIPv4Address();
        if (address.protocol() != QAbstractSocket::IPv4Protocol || (v4 >> 24) != 127) {
            unknown = true; // a resolver or router rewriting NXDOMAIN: never a listing
            continue;
        }
        bool known = false;
        for (const ZoneCode &c : zone.codes) {
            bool match = c.code == a;
            if (!match && c.code.startsWith(QLatin1String("bit:"))) {
                const uint bit = c.code.mid(4).toUInt();
                match = zone.bitmask && (v4 >> 8) == (0x7f000000u >> 8) && (v4 & 0xff & bit) != 0;
            }
            if (!match)
                continue;
            known = true;
            meanings << translatedCatalogText(c.meaning);
            listed = listed || c.kind == ZoneCode::Kind::Listed;
            refused = refused || c.kind == ZoneCode::Kind::Refused;
        }
        unknown = unknown || !known;
    }
    if (meaning)
        *meaning = meanings.join(QStringLiteral("; "));
    auto couldNotCheck = [failure](CheckFailure why) {
        if (failure)
            *failure = why;
        return Verdict::CouldNotCheck;
    };
    if (refused)
        return couldNotCheck(CheckFailure::ListRefused);
    if (listed)
        return Verdict::Listed;
    if (unknown || addresses.isEmpty()) {
        if (meaning && meanings.isEmpty())
            *meaning = QCoreApplication::translate("bn::Dnsbl", "An answer this list does not document: not a listing.");
        return couldNotCheck(CheckFailure::UnknownAnswer);
    }
    return Verdict::NotListed; // only allowlisted or neutral codes
}

DnsZone genericZone(const QString &name)
{
    DnsZone z;
    z.zone = name;
    z.kind = DnsZone::Kind::Ip;
    for (int i = 2; i <= 254; ++i)
        z.codes.append({QStringLiteral("127.0.0.%1").arg(i), ZoneCode::Kind::Listed, QStringLiteral("listed")});
    for (int i = 0; i <= 255; ++i)
        z.codes.append({QStringLiteral("127.255.255.%1").arg(i), ZoneCode::Kind::Refused,
                        QStringLiteral("query refused or an error")});
    return z;
}

bool isPublicResolver(const QString &server)
{
    static const QStringList known{
        QStringLiteral("8.8.8.8"), QStringLiteral("8.8.4.4"), QStringLiteral("1.1.1.1"), QStringLiteral("1.0.0.1"),
        QStringLiteral("9.9.9.9"), QStringLiteral("149.112.112.112"), QStringLiteral("208.67.222.222"),
        QStringLiteral("208.67.220.220"), QStringLiteral("2001:4860:4860::8888"), QStringLiteral("2001:4860:4860::8844"),
        QStringLiteral("2606:4700:4700::1111"), QStringLiteral("2606:4700:4700::1001"), QStringLiteral("2620:fe::fe"),
        QStringLiteral("94.140.14.14"), QStringLiteral("94.140.15.15")};
    const QString host = server.contains(QLatin1Char('.')) ? server.section(QLatin1Char(':'), 0, 0) : server.section(QLatin1Char(']'), 0, 0).remove(QLatin1Char('['));
    return known.contains(host);
}

} // namespace bn::dnsbl

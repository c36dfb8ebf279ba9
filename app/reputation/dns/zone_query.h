// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/catalog.h"
#include "reputation/evidence.h"

#include <QStringList>

namespace bn::dnsbl {

//! What is checked: an IPv4 or IPv6 address, or a domain.
struct Subject
{
    enum class Kind { Invalid, Ip4, Ip6, Domain } kind = Kind::Invalid;
    QString text;          //!< as given, normalised
    QString registered;    //!< for domains: the registered domain (libpsl)
};

Subject parseSubject(const QString &text);

//! True when \a zone lists subjects of this kind.
bool zoneAccepts(const DnsZone &zone, const Subject &subject);

//! The name to query: reversed octets, reversed nibbles, or the registered domain, then an
//! optional key, then the zone. Empty when the zone does not take this kind of subject.
QString queryName(const Subject &subject, const DnsZone &zone, const QString &key = QString());

//! The RFC 5782 test entries of the zone: the name that must be listed, and the one that must not.
QPair<QString, QString> healthCheckNames(const DnsZone &zone, const QString &key = QString());

//! Reads the A records of an answer against the zone's documented codes. Only documented listing
//! codes give Verdict::Listed; refusal codes give CouldNotCheck with ListRefused, anything else
//! CouldNotCheck with UnknownAnswer (in \a failure).
Verdict interpret(const DnsZone &zone, const QStringList &addresses, QString *meaning, QStringList *codes,
                  CheckFailure *failure = nullptr);

//! The semantics of a zone that is not in the catalog: 127.0.0.2-127.0.0.254 listed,
//! 127.255.255.x refused, anything else unknown.
DnsZone genericZone(const QString &name);

//! True when \a server ("8.8.8.8:53") is a well-known public resolver, which blocklists refuse.
bool isPublicResolver(const QString &server);

} // namespace bn::dnsbl

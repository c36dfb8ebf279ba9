// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/dns/reverse_dns.h"

#include "reputation/dns/dns_channel.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace bn {

ReverseDnsLookup::ReverseDnsLookup(const QString &ip, DnsChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
    m_result.ip = ip;
}

QString ReverseDnsLookup::reverseName(const QString &ip)
{
    QHostAddress a(ip);
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        QStringList o = a.toString().split(QLatin1Char('.'));
        std::reverse(o.begin(), o.end());
        return o.join(QLatin1Char('.')) + QStringLiteral(".in-addr.arpa");
    }
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    QStringList n;
    for (int i = 15; i >= 0; --i)
        n << QString::number(v6[i] & 0xf, 16) << QString::number(v6[i] >> 4, 16);
    return n.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

bool ReverseDnsLookup::looksGeneric(const QString &name, const QString &ip)
{
    const QString n = name.toLower();
    static const QRegularExpression words(QStringLiteral(
        "(?:^|[.\\-_\\d])(?:dyn|dynamic|dsl|adsl|vdsl|xdsl|pool|dhcp|dialup|dial|ppp|pppoe|cable|broadband|client|"
        "cust|customer|user|host|ip|static-ip|fttx|ftth|catv|res|residential|mobile|wireless|nat)(?:[.\\-_\\d]|$)"));
    if (words.match(n).hasMatch())
        return true;
    // The address's own digits in the name ("203-0-113-7", "203.0.113.7", "cb007107").
    const QStringList octets = ip.split(QLatin1Char('.'));
    if (octets.size() == 4) {
        int present = 0;
        for (const QString &o : octets)
            if (n.contains(o))
                ++present;
        const QString dashed = octets.join(QLatin1Char('-'));
        QStringList reversedOctets = octets;
        std::reverse(reversedOctets.begin(), reversedOctets.end());
        if (n.contains(dashed) || n.contains(reversedOctets.join(QLatin1Char('-'))) || present == 4)
            return true;
    }
    return false;
}

void ReverseDnsLookup::start()
{
    m_channel->query(reverseName(m_result.ip), DnsChannel::Type::PTR, [this](const DnsAnswer &a) {
        if (a.status == DnsAnswer::Status::NotFound || a.status == DnsAnswer::Status::NoData) {
            m_result.state = ReverseDns::State::NoName;
            m_result.error = QCoreApplication::translate("bn::ReverseDns", "The IP address has no reverse DNS (PTR) name.");
            Q_EMIT finished();
            return;
        }
        if (a.status != DnsAnswer::Status::Ok) {
            m_result.error = a.status == DnsAnswer::Status::Unreachable
                ? QCoreApplication::translate("bn::ReverseDns", "Reverse DNS could not be checked: no network.")
                : QCoreApplication::translate("bn::ReverseDns", "Reverse DNS could not be checked: the lookup failed.");
            Q_EMIT finished();
            return;
        }
        m_result.state = ReverseDns::State::Found;
        m_result.ptrNames = a.records;
        for (const QString &name : std::as_const(m_result.ptrNames))
            m_result.looksGeneric = m_result.looksGeneric || looksGeneric(name, m_result.ip);
        const bool v6 = QHostAddress(m_result.ip).protocol() == QAbstractSocket::IPv6Protocol;
        m_forwardPending = int(m_result.ptrNames.size());
        for (const QString &name : std::as_const(m_result.ptrNames)) {
            m_channel->query(name, v6 ? DnsChannel::Type::AAAA : DnsChannel::Type::A, [this](const DnsAnswer &f) {
                for (const QString &address : f.records)
                    if (QHostAddress(address) == QHostAddress(m_result.ip))
                        m_result.forwardConfirmed = true;
                if (--m_forwardPending == 0)
                    Q_EMIT finished();
            });
        }
    });
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/evidence.h"

#include <QObject>

namespace bn {

class DnsChannel;

//! The PTR name of an IP and its forward confirmation (FCrDNS), on a shared DNS channel.
class ReverseDnsLookup final : public QObject
{
    Q_OBJECT

public:
    ReverseDnsLookup(const QString &ip, DnsChannel *channel, QObject *parent = nullptr);
    void start();
    const ReverseDns &result() const { return m_result; }

    //! Whether a PTR name looks generic or dynamic (IP digits, dyn, dsl, pool, dhcp…), the
    //! usual cause of DUL, PBL and SpamRATS-Dyna listings.
    static bool looksGeneric(const QString &name, const QString &ip);
    //! "7.113.0.203.in-addr.arpa" or the ip6.arpa nibble name.
    static QString reverseName(const QString &ip);

Q_SIGNALS:
    void finished();

private:
    DnsChannel *m_channel;
    ReverseDns m_result;
    int m_forwardPending = 0;
};

} // namespace bn

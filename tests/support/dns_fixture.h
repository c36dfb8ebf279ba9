// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

class QUdpSocket;

namespace bn::test {

//! A real DNS server for tests: dnsmasq on a free loopback port serving the records given,
//! plus two peers of our own: a UDP socket that never answers (for timeouts) and one that
//! answers SERVFAIL. dnsmasq forwards the zones "silent.test" and "servfail.test" to them.
class DnsFixture final : public QObject
{
    Q_OBJECT

public:
    //! \a records are dnsmasq options, e.g. "--address=/7.113.0.203.zone.test/127.0.0.2".
    explicit DnsFixture(const QStringList &records, QObject *parent = nullptr);
    ~DnsFixture() override;

    bool isRunning() const;
    QString errorString() const { return m_error; }
    //! "127.0.0.1:PORT"
    QString nameserver() const;

private:
    static quint16 freeUdpPort();
    void answerServfail();

    QProcess m_dnsmasq;
    QUdpSocket *m_silent;
    QUdpSocket *m_servfail;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace bn::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/dns_fixture.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QStandardPaths>
#include <QThread>
#include <QUdpSocket>

namespace bn::test {

DnsFixture::DnsFixture(const QStringList &records, QObject *parent)
    : QObject(parent)
    , m_silent(new QUdpSocket(this))
    , m_servfail(new QUdpSocket(this))
{
    m_silent->bind(QHostAddress::LocalHost, 0);
    m_servfail->bind(QHostAddress::LocalHost, 0);
    connect(m_servfail, &QUdpSocket::readyRead, this, &DnsFixture::answerServfail);

    const QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    if (dnsmasq.isEmpty()) {
        m_error = QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
        return;
    }
    for (int attempt = 0; attempt < 5 && !isRunning(); ++attempt) {
        m_port = freeUdpPort();
        QStringList args{QStringLiteral("--keep-in-foreground"), QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
                         QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--listen-address=127.0.0.1"),
                         QStringLiteral("--bind-interfaces"), QStringLiteral("--pid-file="), QStringLiteral("--log-facility=-"),
                         QStringLiteral("--server=/silent.test/127.0.0.1#%1").arg(m_silent->localPort()),
                         QStringLiteral("--server=/servfail.test/127.0.0.1#%1").arg(m_servfail->localPort())};
        args << records;
        m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
        m_dnsmasq.start(dnsmasq, args);
        if (!m_dnsmasq.waitForStarted(5000)) {
            m_error = m_dnsmasq.errorString();
            continue;
        }
        // Ready once it answers on its port.
        QUdpSocket probe;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000 && m_dnsmasq.state() == QProcess::Running) {
            // A minimal query for "probe.test" A.
            const QByteArray q = QByteArray::fromHex("abcd01000001000000000000") + QByteArray("\x05probe\x04test\x00\x00\x01\x00\x01", 16);
            probe.writeDatagram(q, QHostAddress::LocalHost, m_port);
            if (probe.waitForReadyRead(100))
                return;
        }
        m_error = QString::fromUtf8(m_dnsmasq.readAll());
        m_dnsmasq.kill();
        m_dnsmasq.waitForFinished();
    }
}

DnsFixture::~DnsFixture()
{
    if (m_dnsmasq.state() != QProcess::NotRunning) {
        m_dnsmasq.terminate();
        if (!m_dnsmasq.waitForFinished(3000))
            m_dnsmasq.kill();
        m_dnsmasq.waitForFinished();
    }
}

bool DnsFixture::isRunning() const
{
    return m_dnsmasq.state() == QProcess::Running && m_error.isEmpty();
}

QString DnsFixture::nameserver() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

quint16 DnsFixture::freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

void DnsFixture::answerServfail()
{
    while (m_servfail->hasPendingDatagrams()) {
        const QNetworkDatagram in = m_servfail->receiveDatagram();
        QByteArray reply = in.data();
        if (reply.size() < 12)
            continue;
        reply[2] = char(reply[2] | 0x80);             // QR: a response
        reply[3] = char((reply[3] & 0xf0) | 0x02);    // RCODE 2: SERVFAIL
        m_servfail->writeDatagram(reply, in.senderAddress(), quint16(in.senderPort()));
    }
}

} // namespace bn::test

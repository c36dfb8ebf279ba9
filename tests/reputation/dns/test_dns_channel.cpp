// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS channel's promise: each query's callback exactly once, from the event loop, never before
// query() returns and never after cancelAll() or destruction, whatever c-ares calls back from
// inside ares_query, ares_cancel or ares_destroy; a callback may query, cancel or destroy.
// Peers: sockets of the test's own on loopback (one that never answers).
#include "reputation/dns/dns_channel.h"

#include <QPointer>
#include <QTest>
#include <QUdpSocket>

using namespace bn;

class TestDnsChannel : public QObject
{
    Q_OBJECT

    //! A DNS server that never answers: queries stay in flight until their timeout.
    QUdpSocket m_silent;

    QString silentServer() const { return QStringLiteral("127.0.0.1:%1").arg(m_silent.localPort()); }

private slots:
    void initTestCase() { QVERIFY(m_silent.bind(QHostAddress::LocalHost, 0)); }

    void nameserverValidation_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("valid");
        QTest::newRow("IPv4") << "192.0.2.53" << true;
        QTest::newRow("IPv4 and port") << "192.0.2.53:5353" << true;
        QTest::newRow("IPv6") << "2001:db8::53" << true;
        QTest::newRow("IPv6 and port") << "[2001:db8::53]:5353" << true;
        QTest::newRow("a name") << "notanip" << false;
        QTest::newRow("port too large") << "1.2.3.4:99999" << false;
        QTest::newRow("port zero") << "1.2.3.4:0" << false;
        QTest::newRow("empty port") << "1.2.3.4:" << false;
        QTest::newRow("short IPv4") << "1.2.3:53" << false;
        QTest::newRow("IPv6 unbracketed with port") << "2001:db8::53:99999" << false;
        QTest::newRow("bracketed IPv4") << "[192.0.2.53]:53" << false;
        QTest::newRow("empty") << "" << false;
    }
    void nameserverValidation()
    {
        QFETCH(QString, server);
        QTEST(DnsChannel::isValidNameserver(server), "valid");
    }

    void aBadNameserverAnswersEveryQueryOnceAndLater()
    {
        DnsChannel channel(QStringLiteral("notanip"));
        QVERIFY(!channel.isValid());
        QVERIFY(!channel.errorString().isEmpty());
        int calls = 0;
        bool returned = false;
        for (int i = 0; i < 10; ++i) {
            returned = false;
            channel.query(QStringLiteral("example.test"), DnsChannel::Type::A, [&](const DnsAnswer &a) {
                QVERIFY(returned); // never from inside query()
                QCOMPARE(a.status, DnsAnswer::Status::Error);
                ++calls;
            });
            returned = true;
        }
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 10);
        QTest::qWait(50);
        QCOMPARE(calls, 10); // once each
        QCOMPARE(channel.pending(), 0);
    }

    void destroyedMidFlightCallsNothing()
    {
        int calls = 0;
        auto *channel = new DnsChannel(silentServer(), 5000, 1);
        for (int i = 0; i < 50; ++i)
            channel->query(QStringLiteral("q%1.example.test").arg(i), DnsChannel::Type::A, [&calls](const DnsAnswer &) { ++calls; });
        QTest::qWait(20); // sent, waiting
        QCOMPARE(channel->pending(), 50);
        delete channel; // c-ares calls back every query with ARES_EDESTRUCTION: none may reach us
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void cancelAllDropsEveryCallback()
    {
        DnsChannel channel(silentServer(), 5000, 1);
        int calls = 0;
        for (int i = 0; i < 20; ++i)
            channel.query(QStringLiteral("q%1.example.test").arg(i), DnsChannel::Type::TXT, [&calls](const DnsAnswer &) { ++calls; });
        channel.cancelAll();
        QCOMPARE(channel.pending(), 0);
        QTest::qWait(50);
        QCOMPARE(calls, 0);
        // The channel still works afterwards.
        channel.query(QStringLiteral("after.example.test"), DnsChannel::Type::A, [&calls](const DnsAnswer &a) {
            QCOMPARE(a.status, DnsAnswer::Status::Timeout);
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    }

    void aCallbackMayQueryCancelOrDestroy()
    {
        // Short timeouts on the silent server: every answer is a timeout, from the event loop.
        QPointer<DnsChannel> channel = new DnsChannel(silentServer(), 100, 1);
        int first = 0;
        int second = 0;
        int afterCancel = 0;
        channel->query(QStringLiteral("a.example.test"), DnsChannel::Type::A, [&](const DnsAnswer &) {
            ++first;
            // A query started from a callback runs like any other.
            channel->query(QStringLiteral("b.example.test"), DnsChannel::Type::A, [&](const DnsAnswer &) {
                ++second;
                // Cancelling from a callback drops the others; destroying ends it all.
                channel->query(QStringLiteral("c.example.test"), DnsChannel::Type::A, [&](const DnsAnswer &) { ++afterCancel; });
                channel->cancelAll();
                delete channel.data();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(channel.isNull(), 5000);
        QTest::qWait(300);
        QCOMPARE(first, 1);
        QCOMPARE(second, 1);
        QCOMPARE(afterCancel, 0);
    }
};

QTEST_GUILESS_MAIN(TestDnsChannel)
#include "test_dns_channel.moc"

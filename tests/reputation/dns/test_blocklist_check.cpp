// SPDX-License-Identifier: GPL-3.0-or-later
// DNS blocklist checks against a real DNS server (dnsmasq) on loopback, a socket that never
// answers and one that answers SERVFAIL.
#include "reputation/dns/blocklist_check.h"
#include "reputation/dns/reverse_dns.h"
#include "reputation/dns/zone_query.h"
#include "support/dns_fixture.h"
#include "support/test_paths.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QSignalSpy>
#include <QTest>

using namespace bn;

Q_DECLARE_METATYPE(bn::ZoneVerdict)

namespace {

DnsZone zone(const QString &name, DnsZone::Kind kind = DnsZone::Kind::Ip)
{
    DnsZone z;
    z.zone = name;
    z.kind = kind;
    z.codes = {{QStringLiteral("127.0.0.2"), ZoneCode::Kind::Listed, QStringLiteral("spam source")},
               {QStringLiteral("127.0.0.4"), ZoneCode::Kind::Listed, QStringLiteral("exploited host")},
               {QStringLiteral("127.0.1.2"), ZoneCode::Kind::Listed, QStringLiteral("spam domain")},
               {QStringLiteral("127.255.255.254"), ZoneCode::Kind::Refused, QStringLiteral("public resolver refused")}};
    return z;
}

QStringList records()
{
    QStringList r;
    // Health entries (RFC 5782) for every zone but broken.test.
    for (const char *z : {"single", "multi", "notlisted", "refused", "rewrite", "v6"})
        r << QStringLiteral("--local=/%1.test/").arg(QLatin1String(z))
          << QStringLiteral("--address=/2.0.0.127.%1.test/127.0.0.2").arg(QLatin1String(z));
    r << QStringLiteral("--local=/broken.test/") << QStringLiteral("--local=/dbl.test/")
      << QStringLiteral("--address=/7.113.0.203.single.test/127.0.0.2")
      << QStringLiteral("--txt-record=7.113.0.203.single.test,listed because of spam")
      << QStringLiteral("--address=/7.113.0.203.multi.test/127.0.0.2") << QStringLiteral("--address=/7.113.0.203.multi.test/127.0.0.4")
      << QStringLiteral("--address=/7.113.0.203.refused.test/127.255.255.254")
      << QStringLiteral("--address=/7.113.0.203.rewrite.test/192.0.2.80")
      << QStringLiteral("--address=/7.113.0.203.broken.test/127.0.0.2")
      << QStringLiteral("--address=/1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.v6.test/127.0.0.2")
      << QStringLiteral("--address=/test.dbl.test/127.0.1.2") << QStringLiteral("--address=/spammy.example.dbl.test/127.0.1.2")
      << QStringLiteral("--ptr-record=7.113.0.203.in-addr.arpa,203-0-113-7.dyn.example.test")
      << QStringLiteral("--address=/203-0-113-7.dyn.example.test/203.0.113.7");
    return r;
}

QHash<QString, ZoneVerdict> byZone(const Evidence &e)
{
    QHash<QString, ZoneVerdict> out;
    for (const ZoneVerdict &v : e.zones)
        out.insert(v.zone, v);
    return out;
}

} // namespace

class TestBlocklistCheck : public QObject
{
    Q_OBJECT

    test::DnsFixture *m_dns = nullptr;

    BlocklistCheckOptions options() const
    {
        BlocklistCheckOptions o;
        o.nameserver = m_dns->nameserver();
        o.timeoutMs = 700;
        o.deadlineMs = 5000;
        return o;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<bn::ZoneVerdict>();
        m_dns = new test::DnsFixture(records(), this);
        QVERIFY2(m_dns->isRunning(), qPrintable(m_dns->errorString()));
    }

    void everyVerdictClass()
    {
        BlocklistCheck::Zones zones;
        for (const char *z : {"single", "multi", "notlisted", "refused", "rewrite", "broken", "silent", "servfail"})
            zones.append({nullptr, zone(QStringLiteral("%1.test").arg(QLatin1String(z)))});
        BlocklistCheck check(QStringLiteral("203.0.113.7"), zones, options());
        QSignalSpy results(&check, &BlocklistCheck::result);
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(results.count(), zones.size());

        const auto v = byZone(check.evidence());
        QCOMPARE(v.value(QStringLiteral("single.test")).verdict, Verdict::Listed);
        QCOMPARE(v.value(QStringLiteral("single.test")).txt, QStringLiteral("listed because of spam"));
        QCOMPARE(v.value(QStringLiteral("multi.test")).verdict, Verdict::Listed);
        QCOMPARE(v.value(QStringLiteral("multi.test")).codes.size(), 2);
        QVERIFY(v.value(QStringLiteral("multi.test")).meaning.contains(QLatin1String("exploited host")));
        QCOMPARE(v.value(QStringLiteral("notlisted.test")).verdict, Verdict::NotListed);
        auto couldNotCheck = [&v](const char *zone, CheckFailure why) {
            const ZoneVerdict z = v.value(QLatin1String(zone));
            return z.verdict == Verdict::CouldNotCheck && z.failure == why;
        };
        QVERIFY(couldNotCheck("refused.test", CheckFailure::ListRefused));
        QVERIFY(couldNotCheck("rewrite.test", CheckFailure::UnknownAnswer));
        // A zone that fails the RFC 5782 check is never trusted, even when it says "listed".
        QVERIFY(couldNotCheck("broken.test", CheckFailure::HealthCheckFailed));
        QVERIFY(v.value(QStringLiteral("broken.test")).zoneUnreliable);
        QVERIFY(couldNotCheck("silent.test", CheckFailure::NoAnswer));
        QVERIFY2(couldNotCheck("servfail.test", CheckFailure::ServerFailure), qPrintable(failureId(v.value(QStringLiteral("servfail.test")).failure)));
        const VerdictCounts counts = check.evidence().counts();
        QCOMPARE(counts.listed, 2);
        QCOMPARE(counts.notListed, 1);
        QCOMPARE(counts.couldNotCheck, 5);
        QVERIFY(check.evidence().publicResolverSuspected); // from the refused code
        for (const ZoneVerdict &z : check.evidence().zones)
            if (z.verdict == Verdict::Listed)
                QVERIFY(z.zone == QLatin1String("single.test") || z.zone == QLatin1String("multi.test"));
    }

    void aSilentZoneHoldsBackNoOther()
    {
        BlocklistCheck::Zones zones{{nullptr, zone(QStringLiteral("silent.test"))},
                                    {nullptr, zone(QStringLiteral("single.test"))},
                                    {nullptr, zone(QStringLiteral("notlisted.test"))}};
        BlocklistCheckOptions o = options();
        o.reverseDns = false;
        BlocklistCheck check(QStringLiteral("203.0.113.7"), zones, o);
        QSignalSpy results(&check, &BlocklistCheck::result);
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(results.count(), 3);
        // The answering zones arrive first; the silent one only when its own timeout ends.
        QCOMPARE(results.at(0).at(0).value<ZoneVerdict>().zone == QLatin1String("silent.test"), false);
        QCOMPARE(results.at(1).at(0).value<ZoneVerdict>().zone == QLatin1String("silent.test"), false);
        QCOMPARE(results.at(2).at(0).value<ZoneVerdict>().zone, QStringLiteral("silent.test"));
        QCOMPARE(results.at(2).at(0).value<ZoneVerdict>().verdict, Verdict::CouldNotCheck);
        QCOMPARE(results.at(2).at(0).value<ZoneVerdict>().failure, CheckFailure::NoAnswer);
    }

    void ipv6AndDomainLists()
    {
        BlocklistCheck six(QStringLiteral("2001:db8::1"), {{nullptr, zone(QStringLiteral("v6.test"))}}, options());
        QSignalSpy sixDone(&six, &BlocklistCheck::finished);
        six.start();
        QVERIFY(sixDone.wait(10000));
        QCOMPARE(six.evidence().zones.value(0).verdict, Verdict::Listed);

        BlocklistCheck domain(QStringLiteral("www.spammy.example"), {{nullptr, zone(QStringLiteral("dbl.test"), DnsZone::Kind::Domain)}},
                              options());
        QSignalSpy domainDone(&domain, &BlocklistCheck::finished);
        domain.start();
        QVERIFY(domainDone.wait(10000));
        QCOMPARE(domain.evidence().zones.value(0).verdict, Verdict::Listed);
        QCOMPARE(domain.evidence().zones.value(0).meaning, QStringLiteral("spam domain"));
    }

    void reverseDnsIsForwardConfirmedAndLooksDynamic()
    {
        BlocklistCheck check(QStringLiteral("203.0.113.7"), {}, options());
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        const ReverseDns &r = check.evidence().reverseDns;
        QCOMPARE(r.ptrNames, QStringList{QStringLiteral("203-0-113-7.dyn.example.test")});
        QVERIFY(r.forwardConfirmed);
        QVERIFY(r.looksGeneric);
        QVERIFY(!ReverseDnsLookup::looksGeneric(QStringLiteral("mail.example.co.jp"), QStringLiteral("203.0.113.7")));
    }

    void deadKeyedAndWebOnlyListsAreExplainedNotQueried()
    {
        BlocklistCheck check(QStringLiteral("203.0.113.7"), BlocklistCheck::catalogZones(), [] {
            BlocklistCheckOptions o;
            o.offline = true;
            return o;
        }());
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start();
        if (check.isRunning())
            QVERIFY(finished.wait(5000));
        // Offline, every list that would have been asked could not be checked; the rest are
        // explained: none is "not listed".
        for (const ZoneVerdict &z : check.evidence().zones) {
            QVERIFY2(z.verdict == Verdict::NotQueried
                         || (z.verdict == Verdict::CouldNotCheck && z.failure == CheckFailure::Offline),
                     qPrintable(z.zone));
            QVERIFY(!z.meaning.isEmpty());
        }
        QVERIFY(check.evidence().counts().nothingChecked());
        QCOMPARE(check.evidence().reverseDns.state, ReverseDns::State::NotChecked);
        bool sorbs = false;
        for (const ZoneVerdict &z : check.evidence().zones)
            sorbs = sorbs || z.operatorId == QLatin1String("sorbs");
        QVERIFY(sorbs);
    }

    void interpretation_data()
    {
        QTest::addColumn<QStringList>("answer");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("failure");
        const int none = int(CheckFailure::None);
        const int couldNot = int(Verdict::CouldNotCheck);
        QTest::newRow("documented code") << QStringList{"127.0.0.2"} << int(Verdict::Listed) << none;
        QTest::newRow("refusal code") << QStringList{"127.255.255.254"} << couldNot << int(CheckFailure::ListRefused);
        QTest::newRow("refusal beside a listing") << QStringList{"127.0.0.2", "127.255.255.254"} << couldNot
                                                  << int(CheckFailure::ListRefused);
        QTest::newRow("undocumented 127 code") << QStringList{"127.0.0.77"} << couldNot << int(CheckFailure::UnknownAnswer);
        QTest::newRow("router rewrite") << QStringList{"192.0.2.80"} << couldNot << int(CheckFailure::UnknownAnswer);
    }
    void interpretation()
    {
        QFETCH(QStringList, answer);
        QString meaning;
        CheckFailure failure = CheckFailure::None;
        QTEST(int(dnsbl::interpret(zone(QStringLiteral("x.test")), answer, &meaning, nullptr, &failure)), "verdict");
        QTEST(int(failure), "failure");
    }

    void queryNames()
    {
        const dnsbl::Subject v4 = dnsbl::parseSubject(QStringLiteral("203.0.113.7"));
        QCOMPARE(dnsbl::queryName(v4, zone(QStringLiteral("zen.spamhaus.org"))), QStringLiteral("7.113.0.203.zen.spamhaus.org"));
        QCOMPARE(dnsbl::queryName(v4, zone(QStringLiteral("zen.dq.spamhaus.net")), QStringLiteral("KEY")),
                 QStringLiteral("7.113.0.203.KEY.zen.dq.spamhaus.net"));
        const dnsbl::Subject d = dnsbl::parseSubject(QStringLiteral("mail.shop.example.co.jp"));
        QCOMPARE(d.registered, QStringLiteral("example.co.jp")); // libpsl, not a hand-made list
        QVERIFY(dnsbl::isPublicResolver(QStringLiteral("8.8.8.8:53")));
        QVERIFY(!dnsbl::isPublicResolver(QStringLiteral("192.0.2.53:53")));
    }

    //! Resolvers that lie to everyone: some ISP, hotel and corporate resolvers answer NXDOMAIN to
    //! everything, a resolver with nowhere to forward answers REFUSED, and a list answers a public
    //! resolver its refusal code. Every list fails its RFC 5782 health check or is refused: nothing
    //! may come out as "not listed" (nor "listed"), and the command line must say so and exit 3.
    void hostileResolvers_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QList<int>>("causes");
        QTest::newRow("NXDOMAIN to everything") << QStringList{QStringLiteral("--address=/#/")}
                                               << QList<int>{int(CheckFailure::HealthCheckFailed)};
        QTest::newRow("REFUSED to everything") << QStringList{} << QList<int>{int(CheckFailure::DnsRefused)};
        QTest::newRow("127.255.255.254 to everything")
            << QStringList{QStringLiteral("--address=/#/127.255.255.254")}
            << QList<int>{int(CheckFailure::ListRefused), int(CheckFailure::UnknownAnswer)};
    }
    void hostileResolvers()
    {
        QFETCH(QStringList, records);
        QFETCH(QList<int>, causes);
        test::DnsFixture hostile(records);
        QVERIFY2(hostile.isRunning(), qPrintable(hostile.errorString()));
        BlocklistCheckOptions o;
        o.nameserver = hostile.nameserver();
        o.timeoutMs = 1000;
        BlocklistCheck check(QStringLiteral("203.0.113.7"), BlocklistCheck::catalogZones(), o);
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        const VerdictCounts counts = check.evidence().counts();
        QCOMPARE(counts.listed, 0);
        QCOMPARE(counts.notListed, 0);
        QVERIFY(counts.couldNotCheck > 10);
        QVERIFY(counts.nothingChecked());
        for (const ZoneVerdict &z : check.evidence().zones)
            if (z.verdict == Verdict::CouldNotCheck)
                QVERIFY2(causes.contains(int(z.failure)), qPrintable(z.zone + QLatin1Char(' ') + failureId(z.failure)));
        QCOMPARE(check.evidence().reverseDns.state, ReverseDns::State::NotChecked);
        QCOMPARE(check.evidence().resolvers, QStringList{hostile.nameserver()});

        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("check"), QStringLiteral("--nameserver"), hostile.nameserver(), QStringLiteral("--timeout-ms"),
                 QStringLiteral("1000"), QStringLiteral("--rdap-base"), QStringLiteral("http://127.0.0.1:9/"),
                 QStringLiteral("203.0.113.7"), QStringLiteral("spammy.example")});
        QVERIFY(p.waitForFinished(15000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(!out.contains(QLatin1String("not listed"), Qt::CaseInsensitive), qPrintable(out));
        QCOMPARE(out.count(QLatin1String("Nothing could be checked")), 2);
        QVERIFY(out.contains(hostile.nameserver())); // the advice names the resolver used
    }

    void commandLineRefusesWhatItCannotCheck_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an IP, not a domain") << QStringList{"999.1.1.1"} << "“999.1.1.1” is not an IP address or a domain name.";
        QTest::newRow("a shorthand IP") << QStringList{"1.2.3"} << "“1.2.3” is not an IP address or a domain name.";
        QTest::newRow("empty") << QStringList{""} << "An empty argument is not an IP address or a domain name.";
        QTest::newRow("nameserver by name") << QStringList{"--nameserver", "notanip", "203.0.113.7"} << "--nameserver takes";
        QTest::newRow("nameserver port") << QStringList{"--nameserver", "1.2.3.4:99999", "203.0.113.7"} << "--nameserver takes";
    }
    void commandLineRefusesWhatItCannotCheck()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"), QStringList{QStringLiteral("check")} + arguments);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(message), qPrintable(err));
    }

    void theTimeoutBoundsTheWholeCheck()
    {
        // The registry's host name goes to a server that never answers (dnsmasq forwards
        // silent.test to a silent socket): the name is asked through c-ares within the check's
        // timeout and the owner is "not checked", where libcurl's own resolver held the process
        // for five seconds and more. (No timed assertion: the message says which path ran.)
        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--nameserver"), m_dns->nameserver(),
                 QStringLiteral("--timeout-ms"), QStringLiteral("400"), QStringLiteral("--rdap-base"),
                 QStringLiteral("https://rdap.silent.test/"), QStringLiteral("203.0.113.7")});
        QVERIFY(p.waitForFinished(15000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("No answer in time for the address of rdap.silent.test"), out.constData());
        QVERIFY(out.contains("\"checked\": false"));
    }

    void commandLine()
    {
        QTemporaryFile zones;
        QVERIFY(zones.open());
        zones.write("single.test\nnotlisted.test\nsilent.test\n");
        zones.close();
        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--nameserver"), m_dns->nameserver(),
                 QStringLiteral("--timeout-ms"), QStringLiteral("700"), QStringLiteral("--zones-file"), zones.fileName(),
                 QStringLiteral("203.0.113.7")});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 1); // listed somewhere
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(out.contains("\"zone\": \"single.test\""));
        QVERIFY(out.contains("\"verdict\": \"listed\""));
        QVERIFY(out.contains("\"verdict\": \"not_listed\""));
        QVERIFY(out.contains("\"verdict\": \"could_not_check\""));
        QVERIFY(out.contains("\"cause\": \"no_answer\""));
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCheck)
#include "test_blocklist_check.moc"

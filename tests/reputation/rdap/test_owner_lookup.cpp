// SPDX-License-Identifier: GPL-3.0-or-later
// Who owns an IP: real registry answers (shared/fixtures/rdap) served by a real HTTP server on
// loopback, plus the failures a registry can give.
#include "reputation/rdap/owner_lookup.h"
#include "reputation/rdap/rdap.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace bn;

class TestOwnerLookup : public QObject
{
    Q_OBJECT

    QProcess m_server;
    QString m_base;

    IpOwner lookUp(const QString &ip, int timeoutMs = 4000)
    {
        OwnerLookupOptions o;
        o.baseUrl = m_base;
        o.jpnicBaseUrl = m_base + QStringLiteral("jpnic/");
        o.timeoutMs = timeoutMs;
        OwnerLookup lookup(ip, o);
        QSignalSpy done(&lookup, &OwnerLookup::finished);
        lookup.start();
        if (!done.wait(15000))
            return {};
        return lookup.result();
    }

private slots:
    void initTestCase()
    {
        m_server.start(QStringLiteral("python3"), {test::sourceDir() + QStringLiteral("/tests/support/rdap_server.py"),
                                                   test::sharedDir() + QStringLiteral("/fixtures/rdap")});
        QVERIFY(m_server.waitForStarted(5000));
        QVERIFY(m_server.waitForReadyRead(10000));
        const int port = m_server.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void owners_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("abuse");
        QTest::addColumn<QString>("name");
        // As listed in shared/fixtures/rdap/README.md.
        QTest::newRow("APNIC, abuse from the IRT") << "1.1.1.1" << "" << "helpdesk@apnic.net" << "APNIC-LABS";
        QTest::newRow("RIPE, abuse vCard") << "130.59.31.80" << "" << "abuse@switch.ch" << "SWITCH-LAN";
        QTest::newRow("ARIN, nested entities") << "13.72.183.192" << "Microsoft Corporation" << "abuse@microsoft.com" << "MSFT";
        QTest::newRow("ARIN IPv6, abuse nested under the registrant") << "2001:4860:4860::8888" << "Google LLC"
                                                                       << "network-abuse@google.com" << "GOOGLE-IPV6";
        QTest::newRow("ARIN, older format") << "74.125.225.229" << "Google Inc." << "arin-contact@google.com" << "GOOGLE";
        QTest::newRow("RIPE, BT") << "62.239.237.1" << "" << "zzdnsr@bt.com" << "BT-CORPORATE";
        QTest::newRow("RIPE IPv6, BT") << "2a00:2381:ffff::1" << "" << "zzdnsr@bt.com" << "BT-WORLD-IPVSIX-LAUNCH";
        QTest::newRow("APNIC, KRNIC block") << "210.107.73.73" << "" << "hostmaster@nic.or.kr" << "BORANET-NET-210-107";
        QTest::newRow("LACNIC") << "200.57.141.161" << "Triara.com, S.A. de C.V." << "operacion.redes@TRIARA.COM"
                                << "Triara.com, S.A. de C.V.";
        QTest::newRow("LACNIC IPv6") << "2801:10:c000::" << "Universidad Catolica de Oriente" << "sistemas.red@UCO.EDU.CO"
                                     << "Universidad Catolica de Oriente";
        QTest::newRow("AFRINIC, entities without roles") << "196.11.240.215" << "" << "" << "ORG-VSA1-AFRINIC";
        QTest::newRow("AFRINIC IPv6") << "2001:43f8:7b0::" << "" << "" << "ORG-TA38-AFRINIC";
        QTest::newRow("JPNIC follow-up") << "133.1.2.5" << "Osaka University" << "" << "OSAKAU-NET";
    }
    void owners()
    {
        QFETCH(QString, ip);
        const IpOwner o = lookUp(ip);
        QVERIFY2(o.known, qPrintable(o.error));
        QTEST(o.organisation, "organisation");
        QFETCH(QString, abuse);
        if (abuse == QLatin1String("zzdnsr@bt.com"))
            QVERIFY2(o.abuseEmail.endsWith(QLatin1String("@bt.com")), qPrintable(o.abuseEmail));
        else
            QCOMPARE(o.abuseEmail, abuse);
        QTEST(o.networkName, "name");
        QVERIFY(!o.startAddress.isEmpty());
    }

    void jpnicAnswersComeFromJpnic()
    {
        const IpOwner o = lookUp(QStringLiteral("133.1.2.5"));
        QCOMPARE(o.registry, QStringLiteral("JPNIC"));
        QCOMPARE(o.startAddress, QStringLiteral("133.1.0.0"));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("words");
        QTest::newRow("404") << "192.0.2.44" << "404";
        QTest::newRow("429") << "192.0.2.29" << "429";
        QTest::newRow("500") << "192.0.2.50" << "500";
        QTest::newRow("slow reply") << "192.0.2.99" << "in time";
        QTest::newRow("invalid JSON") << "192.0.2.77" << "JSON";
        QTest::newRow("redirect loop") << "192.0.2.33" << "redirected";
    }
    void failures()
    {
        QFETCH(QString, ip);
        QFETCH(QString, words);
        const IpOwner o = lookUp(ip, 1500);
        QVERIFY(!o.known);
        QVERIFY2(o.error.contains(words), qPrintable(o.error));
    }

    void offlineSendsNothing()
    {
        OwnerLookupOptions o;
        o.offline = true;
        o.baseUrl = m_base;
        OwnerLookup lookup(QStringLiteral("1.1.1.1"), o);
        QSignalSpy done(&lookup, &OwnerLookup::finished);
        lookup.start();
        QVERIFY(done.wait(5000));
        QVERIFY(!lookup.result().known);
        QVERIFY(!lookup.result().error.isEmpty());
    }

    void commandLineShowsTheOwner()
    {
        QTemporaryFile zones; // no lists: only the owner is asked
        QVERIFY(zones.open());
        zones.close();
        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--zones-file"), zones.fileName(),
                 QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                 QStringLiteral("--rdap-base"), m_base, QStringLiteral("200.57.141.161")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("\"organisation\": \"Triara.com, S.A. de C.V.\""), out.constData());
        QVERIFY(out.contains("\"abuse_email\": \"operacion.redes@TRIARA.COM\""));
    }

    void aRefreshedBootstrapInTheCacheWins()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(rdap::Bootstrap::cacheDirectory()).removeRecursively();
        QCOMPARE(rdap::Bootstrap::cachedAgeDays(), -1);
        const QString bundled = rdap::Bootstrap::builtin().baseUrlFor(QStringLiteral("1.1.1.1"));
        // A cached copy that sends 1.0.0.0/8 elsewhere is preferred to the bundled snapshot.
        QVERIFY(QDir().mkpath(rdap::Bootstrap::cacheDirectory()));
        QFile f(rdap::Bootstrap::cacheDirectory() + QStringLiteral("/ipv4.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"publication\": \"2026-11-01T00:00:00Z\", "
                "\"services\": [[[\"1.0.0.0/8\"], [\"https://rdap.example.test/\"]]]}");
        f.close();
        QCOMPARE(rdap::Bootstrap::cachedAgeDays(), 0);
        QCOMPARE(rdap::Bootstrap::builtin().baseUrlFor(QStringLiteral("1.1.1.1")), QStringLiteral("https://rdap.example.test/"));
        QString error;
        QVERIFY(rdap::Bootstrap::refresh(30, 1000, &error)); // fresh enough: nothing is downloaded
        QDir(rdap::Bootstrap::cacheDirectory()).removeRecursively();
        QCOMPARE(rdap::Bootstrap::builtin().baseUrlFor(QStringLiteral("1.1.1.1")), bundled);
    }

    void bootstrap_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("registry");
        QTest::newRow("APNIC") << "1.1.1.1" << "APNIC";
        QTest::newRow("ARIN") << "13.72.183.192" << "ARIN";
        // 130/8 is legacy space the bootstrap gives to ARIN, which redirects to RIPE NCC.
        QTest::newRow("legacy space") << "130.59.31.80" << "ARIN";
        QTest::newRow("RIPE") << "62.239.237.1" << "RIPE NCC";
        QTest::newRow("LACNIC") << "200.57.141.161" << "LACNIC";
        QTest::newRow("AFRINIC") << "196.11.240.215" << "AFRINIC";
        QTest::newRow("JPNIC space at APNIC") << "133.1.2.5" << "APNIC";
        QTest::newRow("ARIN IPv6") << "2001:4860:4860::8888" << "ARIN";
        QTest::newRow("RIPE IPv6") << "2a00:2381:ffff::1" << "RIPE NCC";
    }
    void bootstrap()
    {
        QFETCH(QString, ip);
        rdap::Bootstrap b;
        for (const char *f : {"iana-bootstrap-ipv4.json", "iana-bootstrap-ipv6.json"}) {
            QFile file(test::sharedDir() + QStringLiteral("/fixtures/rdap/") + QLatin1String(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(b.load(file.readAll()));
        }
        const QString url = b.baseUrlFor(ip);
        QVERIFY(url.startsWith(QLatin1String("https://")));
        QTEST(rdap::registryName(url), "registry");
        QCOMPARE(rdap::Bootstrap::builtin().baseUrlFor(ip), url);
    }
};

QTEST_GUILESS_MAIN(TestOwnerLookup)
#include "test_owner_lookup.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `bouncenav guide` end to end: decode, live evidence (the IP's owner from a real HTTP server
// on loopback), the diagnosis and the templates, in English and Japanese.
#include "support/dns_fixture.h"
#include "support/test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

class TestGuideCommand : public QObject
{
    Q_OBJECT

    QProcess m_rdap;
    QString m_base;

    QJsonObject guide(const QStringList &options, const QByteArray &input)
    {
        QProcess p;
        p.start(bn::test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                QStringList{QStringLiteral("guide"), QStringLiteral("--json")} + options + QStringList{QStringLiteral("-")});
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array().first().toObject();
    }

private slots:
    void initTestCase()
    {
        m_rdap.start(QStringLiteral("python3"), {bn::test::sourceDir() + QStringLiteral("/tests/support/rdap_server.py"),
                                                 bn::test::sharedDir() + QStringLiteral("/fixtures/rdap")});
        QVERIFY(m_rdap.waitForReadyRead(10000));
        m_base = QStringLiteral("http://127.0.0.1:%1/").arg(m_rdap.readLine().trimmed().toInt());
    }
    void cleanupTestCase()
    {
        m_rdap.kill();
        m_rdap.waitForFinished();
    }

    void theOwnerDecidesTheGuess()
    {
        const QStringList lookups{QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout-ms"),
                                  QStringLiteral("300"), QStringLiteral("--rdap-base"), m_base};
        // A provider's allocation: the ISP must ask, and the message goes to its abuse desk.
        QJsonObject g = guide(lookups, "550 Service unavailable; Client host [13.72.183.192] blocked using Trend Micro RBL+.");
        QCOMPARE(g.value(QLatin1String("sending_via")).toString(), QStringLiteral("provider"));
        QCOMPARE(g.value(QLatin1String("party")).toString(), QStringLiteral("isp"));
        QCOMPARE(g.value(QLatin1String("evidence")).toObject().value(QLatin1String("owner")).toString(), QStringLiteral("Microsoft Corporation"));
        bool toAbuse = false;
        for (const QJsonValue &t : g.value(QLatin1String("templates")).toArray())
            toAbuse = toAbuse || t.toObject().value(QLatin1String("to")).toString() == QLatin1String("abuse@microsoft.com");
        QVERIFY(toAbuse);
        // An assignment to an organisation: it may be one's own network, so the form comes first.
        g = guide(lookups, "550 Service unavailable; Client host [1.1.1.1] blocked using Trend Micro RBL+.");
        QCOMPARE(g.value(QLatin1String("sending_via")).toString(), QStringLiteral("own-server"));
        QCOMPARE(g.value(QLatin1String("party")).toString(), QStringLiteral("list_operator"));
        // The user's answer wins over the guess.
        g = guide(lookups + QStringList{QStringLiteral("--sending-via"), QStringLiteral("provider")},
                  "550 Service unavailable; Client host [1.1.1.1] blocked using Trend Micro RBL+.");
        QCOMPARE(g.value(QLatin1String("party")).toString(), QStringLiteral("isp"));
    }

    void eachBounceGetsItsOwnSubjectsEvidence()
    {
        // 80 bounces from one mailbox, each naming its own IP; the list names the odd ones only.
        // (Evidence kept by pointer into a growing hash once gave bounces another IP's listings.)
        QStringList records{QStringLiteral("--local=/zen.spamhaus.org/"),
                            QStringLiteral("--address=/2.0.0.127.zen.spamhaus.org/127.0.0.2")};
        QByteArray mailbox;
        for (int n = 1; n <= 80; ++n) {
            if (n % 2)
                records << QStringLiteral("--address=/%1.2.0.192.zen.spamhaus.org/127.0.0.2").arg(n);
            mailbox += QStringLiteral("From MAILER-DAEMON Mon Nov  9 13:05:21 2026\n"
                                      "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                                      "To: sender@example.com\n"
                                      "Subject: Undelivered Mail Returned to Sender\n\n"
                                      "<user%1@example.org>: host mx.example.org[198.51.100.25] said: 554 5.7.1 Service "
                                      "unavailable; Client host [192.0.2.%1] blocked using zen.spamhaus.org; "
                                      "https://www.spamhaus.org/query/ip/192.0.2.%1 (in reply to RCPT TO command)\n\n")
                           .arg(n)
                           .toUtf8();
        }
        bn::test::DnsFixture dns(records);
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        QTemporaryFile zones;
        QVERIFY(zones.open());
        zones.write("zen.spamhaus.org\n");
        zones.close();
        QProcess p;
        p.start(bn::test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("guide"), QStringLiteral("--json"), QStringLiteral("--nameserver"), dns.nameserver(),
                 QStringLiteral("--zones-file"), zones.fileName(), QStringLiteral("--timeout-ms"), QStringLiteral("1000"),
                 QStringLiteral("--rdap-base"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("-")});
        p.write(mailbox);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray guides = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(guides.size(), 80);
        for (const QJsonValue &v : guides) {
            const QJsonObject g = v.toObject();
            const QString ip = g.value(QLatin1String("listed_ip")).toString();
            const QJsonObject e = g.value(QLatin1String("evidence")).toObject();
            QCOMPARE(e.value(QLatin1String("subject")).toString(), ip);
            const bool odd = ip.section(QLatin1Char('.'), 3).toInt() % 2 == 1;
            QCOMPARE(e.value(QLatin1String("listed_on")).toArray().size(), odd ? 1 : 0);
            QCOMPARE(e.value(QLatin1String("not_listed_count")).toInt(), odd ? 0 : 1);
        }
    }

    void offlineAndJapanese()
    {
        const QJsonObject g = guide({QStringLiteral("--offline"), QStringLiteral("--lang"), QStringLiteral("ja")},
                                    "554 5.7.1 <j.smith@example.nhs.uk>: Recipient address rejected: ERS-QIL.");
        QCOMPARE(g.value(QLatin1String("party")).toString(), QStringLiteral("wait"));
        QVERIFY(!g.contains(QLatin1String("evidence")));
        QVERIFY(g.value(QLatin1String("why")).toString().contains(QString::fromUtf8("一時的")));
        QVERIFY(g.value(QLatin1String("templates")).toArray().first().toObject().value(QLatin1String("body")).toString()
                    .contains(QString::fromUtf8("お願い")));
    }
};

QTEST_GUILESS_MAIN(TestGuideCommand)
#include "test_guide_command.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `bouncenav guide` end to end: decode, live evidence (the IP's owner from a real HTTP server
// on loopback), the diagnosis and the templates, in English and Japanese.
#include "support/test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

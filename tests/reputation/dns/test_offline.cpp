// SPDX-License-Identifier: GPL-3.0-or-later
// With no network at all (run in an empty network namespace by tests/support/offline.sh), c-ares
// fails every send inside ares_query itself. Every query is still answered once, as unreachable;
// a check says that nothing could be checked, never "not listed"; the command line says so too,
// with its own exit code.
#include "reputation/dns/blocklist_check.h"
#include "reputation/dns/dns_channel.h"
#include "support/test_paths.h"

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace bn;

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Really offline: nothing answers, not even loopback.
        QUdpSocket probe;
        QVERIFY2(probe.writeDatagram("x", QHostAddress::LocalHost, 53) < 0, "this test must run with no network (offline.sh)");
    }

    void everyQueryIsAnsweredOnceAsUnreachable()
    {
        for (const QString &server : {QString(), QStringLiteral("127.0.0.1:53"), QStringLiteral("[::1]:53")}) {
            DnsChannel channel(server, 1000, 2);
            QHash<int, int> calls;
            bool inside = false;
            int reentered = 0;
            for (int i = 0; i < 100; ++i) {
                inside = true;
                channel.query(QStringLiteral("%1.example.test").arg(i), DnsChannel::Type(i % 4), [&, i](const DnsAnswer &a) {
                    reentered += inside ? 1 : 0;
                    ++calls[i];
                    QVERIFY2(a.status == DnsAnswer::Status::Unreachable || a.status == DnsAnswer::Status::Error,
                             qPrintable(QString::number(int(a.status))));
                    if (i == 50)
                        channel.cancelAll(); // from a callback, with answers still queued
                });
                inside = false;
            }
            QTRY_COMPARE_WITH_TIMEOUT(channel.pending(), 0, 5000);
            QTest::qWait(50);
            QCOMPARE(reentered, 0);
            for (auto it = calls.cbegin(); it != calls.cend(); ++it)
                QCOMPARE(it.value(), 1);
            QVERIFY(calls.contains(50));
            QVERIFY(!calls.contains(99) || calls.size() == 100); // dropped by the cancel, or answered before it
        }
    }

    void aCheckSaysNothingCouldBeChecked()
    {
        BlocklistCheckOptions options;
        options.timeoutMs = 1000;
        BlocklistCheck check(QStringLiteral("203.0.113.7"), BlocklistCheck::catalogZones(), options);
        QSignalSpy results(&check, &BlocklistCheck::result);
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start();
        QVERIFY(finished.wait(5000) || finished.count() == 1);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(results.count(), BlocklistCheck::catalogZones().size()); // each list once
        const VerdictCounts counts = check.evidence().counts();
        QCOMPARE(counts.listed, 0);
        QCOMPARE(counts.notListed, 0);
        QVERIFY(counts.couldNotCheck > 10);
        QVERIFY(counts.nothingChecked());
        for (const ZoneVerdict &z : check.evidence().zones)
            if (z.verdict == Verdict::CouldNotCheck)
                QCOMPARE(z.failure, CheckFailure::NoNetwork);
        QCOMPARE(check.evidence().reverseDns.state, ReverseDns::State::NotChecked);
    }

    void theCommandLineSaysSoAndExitsThree()
    {
        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"), {QStringLiteral("check"), QStringLiteral("203.0.113.7")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(out.contains(QLatin1String("Nothing could be checked")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("not listed"), Qt::CaseInsensitive), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Reverse DNS could not be checked")));

        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("203.0.113.7"), QStringLiteral("example.com")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 3);
        const QByteArray json = p.readAllStandardOutput();
        QVERIFY(!json.contains("\"verdict\": \"not_listed\""));
        QVERIFY(json.contains("\"not_listed\": 0"));
        QVERIFY(json.contains("\"cause\": \"no_network\""));
        QVERIFY(json.contains("\"state\": \"not_checked\""));
    }

    void theGuideSaysSo()
    {
        QProcess p;
        p.start(test::binaryDir() + QStringLiteral("/app/cli/bouncenav"),
                {QStringLiteral("guide"), test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml"))});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("Nothing could be checked")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("not listed"), Qt::CaseInsensitive), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "test_offline.moc"

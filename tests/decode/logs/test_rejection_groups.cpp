// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/logs/log_scan_job.h"
#include "reputation/catalog.h"
#include "support/test_paths.h"

#include <QSignalSpy>
#include <QTest>

using namespace bn;

namespace {

QString logFile(const QString &name)
{
    return test::dataFile(QStringLiteral("logs/") + name);
}

const RejectionGroup *findGroup(const QList<RejectionGroup> &groups, const QString &destination, const QString &remote)
{
    for (const RejectionGroup &g : groups)
        if (g.destinationDomain == destination && g.remoteHost == remote)
            return &g;
    return nullptr;
}

} // namespace

class TestRejectionGroups : public QObject
{
    Q_OBJECT

private slots:
    void sameCauseIsOneGroup()
    {
        const LogScanResult r = scanLogs({logFile(QStringLiteral("postfix.log"))});
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.stats.records, qint64(10));
        const RejectionGroup *g = findGroup(r.groups, QStringLiteral("example.com"), QStringLiteral("mx.example-nhs.uk"));
        QVERIFY(g);
        QCOMPARE(g->count, qint64(2));
        QCOMPARE(g->firstSeen, QStringLiteral("Nov  1 00:00:04"));
        QCOMPARE(g->lastSeen, QStringLiteral("Nov  1 05:01:00"));
        QCOMPARE(g->sampleLineNumbers, (QList<qint64>{5, 16}));
        QCOMPARE(g->recipients, QStringList{QStringLiteral("yamada@example.com")});
        QCOMPARE(g->example.replyCode, QStringLiteral("554"));
        QCOMPARE(g->example.status, QStringLiteral("5.7.1"));
        QCOMPARE(g->example.remoteMta, QStringLiteral("mx.example-nhs.uk"));
        QCOMPARE(g->example.smtpCommand, QStringLiteral("RCPT"));
        QVERIFY(!g->temporary);
        // Largest group first.
        QCOMPARE(r.groups.first().count, qint64(2));
    }

    void deferralsAreTemporaryAndKeepTheirOwnGroup()
    {
        const LogScanResult r = scanLogs({logFile(QStringLiteral("postfix.log"))});
        const RejectionGroup *g = findGroup(r.groups, QStringLiteral("example.jp"), QStringLiteral("smtp1.in.tmems-jp.trendmicro.com"));
        QVERIFY(g);
        QCOMPARE(g->count, qint64(2));
        QVERIFY(g->temporary);
        QCOMPARE(g->example.replyCode, QStringLiteral("450"));
    }

    void inboundRejectionsAreMarked()
    {
        const LogScanResult r = scanLogs({logFile(QStringLiteral("postfix.log"))});
        const RejectionGroup *g = findGroup(r.groups, QStringLiteral("example.co.jp"), QStringLiteral("unknown"));
        QVERIFY(g);
        QCOMPARE(g->direction, LogRecord::Direction::Inbound);
    }

    void severalFilesAndFormatsInOneScan()
    {
        const QStringList files{logFile(QStringLiteral("postfix.log")), logFile(QStringLiteral("exim_mainlog")),
                                logFile(QStringLiteral("maillog.sendmail")), logFile(QStringLiteral("MSGTRK20261101-1.LOG")),
                                logFile(QStringLiteral("messagetrace.csv"))};
        const LogScanResult r = scanLogs(files);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.stats.records, qint64(10 + 4 + 3 + 2 + 2));
        qint64 total = 0;
        for (const RejectionGroup &g : r.groups)
            total += g.count;
        QCOMPARE(total, r.stats.records);
        QCOMPARE(r.stats.formats.size(), 5);
        // The same refusal from Exim and Exchange lands in the group of the Postfix ones.
        const RejectionGroup *spamhaus = findGroup(r.groups, QStringLiteral("example.net"), QStringLiteral("mx1.example.net"));
        QVERIFY(spamhaus);
        QVERIFY(spamhaus->count >= 3);
    }

    void unreadableFilesAreReportedAndOthersStillRead()
    {
        const LogScanResult r = scanLogs({QStringLiteral("/nonexistent/maillog"), logFile(QStringLiteral("exim_mainlog"))});
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.stats.records, qint64(4));
    }

    void jobReportsProgressAndFinishes()
    {
        LogScanJob job({logFile(QStringLiteral("postfix.log"))});
        QSignalSpy finished(&job, &LogScanJob::finished);
        QSignalSpy progress(&job, &LogScanJob::progress);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.isRunning());
        QVERIFY(progress.count() >= 1);
        QCOMPARE(job.result().stats.records, qint64(10));
        QVERIFY(!job.result().cancelled);
    }

    void memoisedDecodeGivesTheSameAnswer()
    {
        RejectionGrouper grouper(Catalog::builtin(), QStringLiteral("x.log"));
        LogRecord a;
        a.format = LogFormat::Postfix;
        a.recipient = QStringLiteral("a@example.com");
        a.remoteHost = QStringLiteral("mx.example.com");
        a.reply = QStringLiteral("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown");
        LogRecord b = a;
        b.recipient = QStringLiteral("b@example.com");
        b.reply = QStringLiteral("550 5.1.1 <b@example.com>: Recipient address rejected: User unknown");
        grouper.add(a);
        grouper.add(b);
        QCOMPARE(grouper.decodes(), qint64(1));
        const QList<RejectionGroup> groups = grouper.groups();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().recipients, (QStringList{a.recipient, b.recipient}));
    }
};

QTEST_GUILESS_MAIN(TestRejectionGroups)
#include "test_rejection_groups.moc"

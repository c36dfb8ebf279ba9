// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/logs/log_scanner.h"
#include "support/test_paths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace bn;

namespace {

struct Scan
{
    bool ok = false;
    QString error;
    LogScanStats stats;
    QList<LogRecord> records;
};

Scan scan(const QString &path)
{
    Scan s;
    s.ok = LogScanner::scan(path, [&s](LogRecord &&r) { s.records.append(r); }, s.stats, {}, &s.error);
    return s;
}

QString logFile(const QString &name)
{
    return test::dataFile(QStringLiteral("logs/") + name);
}

void writeGzip(const QString &path, const QByteArray &data)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(f);
    QCOMPARE(gzwrite(f, data.constData(), unsigned(data.size())), int(data.size()));
    gzclose(f);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestLogScanner : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("remoteHost");
        QTest::addColumn<QString>("remoteIp");
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("replyStart");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("outcome");

        const int bounced = int(LogRecord::Outcome::Bounced), deferred = int(LogRecord::Outcome::Deferred),
                  expired = int(LogRecord::Outcome::Expired), rejected = int(LogRecord::Outcome::Rejected);
        const int postfix = int(LogFormat::Postfix), exim = int(LogFormat::Exim), sendmail = int(LogFormat::Sendmail),
                  exchange = int(LogFormat::ExchangeTracking), m365 = int(LogFormat::Microsoft365Trace);
        // Postfix: 10 rejections (5 bounced, 3 deferred incl. a connection timeout, 1 NOQUEUE reject, 1 expired); "sent" ignored.
        QTest::newRow("postfix bounced ERS-QIL") << "postfix.log" << postfix << 10 << 0 << "yamada@example.com" << "mx.example-nhs.uk"
            << "192.0.2.10" << "5.7.1" << "554 5.7.1 <yamada@example.com>: Recipient address rejected: ERS-QIL." << "RCPT" << bounced;
        QTest::newRow("postfix deferred QIL") << "postfix.log" << postfix << 10 << 1 << "tanaka@example.jp"
            << "smtp1.in.tmems-jp.trendmicro.com" << "198.51.100.20" << "4.7.1" << "450 4.7.1 <tanaka@example.jp>: Recipient address rejected: Mail from 203.0.113.7" << "RCPT" << deferred;
        QTest::newRow("postfix connect timeout") << "postfix.log" << postfix << 10 << 6 << "someone@example.com" << "mx.example.com"
            << "192.0.2.99" << "4.4.1" << "connect to mx.example.com[192.0.2.99]:25: Connection timed out" << "" << deferred;
        QTest::newRow("postfix NOQUEUE reject") << "postfix.log" << postfix << 10 << 7 << "sato@example.co.jp" << "unknown"
            << "198.51.100.99" << "5.7.1" << "554 5.7.1 Service unavailable; Client host [198.51.100.99] blocked using zen.spamhaus.org" << "RCPT" << rejected;
        QTest::newRow("postfix expired") << "postfix.log" << postfix << 10 << 8 << "" << "" << "" << "" << "status=expired" << "" << expired;
        QTest::newRow("exim failure") << "exim_mainlog" << exim << 4 << 0 << "info@example.net" << "mx1.example.net" << "192.0.2.30"
            << "" << "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org" << "RCPT" << bounced;
        QTest::newRow("exim deferral") << "exim_mainlog" << exim << 4 << 1 << "tanaka@example.jp" << "smtp1.in.tmems-jp.trendmicro.com"
            << "198.51.100.20" << "" << "450 4.7.1 <tanaka@example.jp>: Recipient address rejected: ERS-QIL." << "RCPT" << deferred;
        QTest::newRow("exim MAIL FROM") << "exim_mainlog" << exim << 4 << 3 << "user@example.com" << "hotmail-com.olc.protection.outlook.com"
            << "203.0.113.41" << "" << "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent." << "MAIL" << bounced;
        QTest::newRow("sendmail deferred") << "maillog.sendmail" << sendmail << 3 << 0 << "tanaka@example.jp" << "abcd1234.in.tmems-jp.trendmicro.com"
            << "198.51.100.20" << "4.7.1" << "450 4.7.1 <tanaka@example.jp>: Recipient address rejected: Mail from 203.0.113.7" << "" << deferred;
        QTest::newRow("sendmail user unknown") << "maillog.sendmail" << sendmail << 3 << 1 << "nobody@example.org" << "mx.example.org"
            << "192.0.2.60" << "5.1.1" << "User unknown" << "" << bounced;
        QTest::newRow("sendmail reply=") << "maillog.sendmail" << sendmail << 3 << 2 << "info@example.net" << "mx1.example.net"
            << "192.0.2.30" << "5.0.0" << "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Trend Micro RBL+." << "" << bounced;
        QTest::newRow("exchange FAIL") << "MSGTRK20261101-1.LOG" << exchange << 2 << 0 << "info@example.net" << "mx1.example.net"
            << "192.0.2.30" << "5.7.1" << "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7" << "" << bounced;
        QTest::newRow("exchange DEFER LED") << "MSGTRK20261101-1.LOG" << exchange << 2 << 1 << "tanaka@example.jp" << "smtp1.in.tmems-jp.trendmicro.com"
            << "198.51.100.20" << "4.7.1" << "450 4.7.1 <tanaka@example.jp>: Recipient address rejected: ERS-QIL." << "" << deferred;
        QTest::newRow("m365 first recipient") << "messagetrace.csv" << m365 << 2 << 0 << "user@example.com" << "hotmail-com.olc.protection.outlook.com"
            << "203.0.113.41" << "5.7.1" << "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent." << "" << bounced;
        QTest::newRow("m365 second recipient") << "messagetrace.csv" << m365 << 2 << 1 << "other@example.com" << "hotmail-com.olc.protection.outlook.com"
            << "203.0.113.41" << "5.7.1" << "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent." << "" << bounced;
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, records);
        QFETCH(int, index);
        const Scan s = scan(logFile(file));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.records.size(), records);
        QVERIFY(s.stats.formats.contains(LogFormat(format)));
        const LogRecord &r = s.records.at(index);
        QCOMPARE(int(r.format), format);
        QTEST(r.recipient, "recipient");
        QTEST(r.remoteHost, "remoteHost");
        QTEST(r.remoteIp, "remoteIp");
        QTEST(r.dsn, "dsn");
        QFETCH(QString, replyStart);
        QVERIFY2(r.reply.startsWith(replyStart) || r.line.contains(replyStart), qPrintable(r.reply));
        QTEST(r.smtpCommand, "command");
        QTEST(int(r.outcome), "outcome");
        QVERIFY(r.lineNumber > 0);
        QVERIFY(!r.timestamp.isEmpty());
    }

    void lineNumbersAndEvidence()
    {
        const Scan s = scan(logFile(QStringLiteral("postfix.log")));
        QCOMPARE(s.records.first().lineNumber, qint64(5));
        QVERIFY(s.records.first().line.contains(QLatin1String("489766FE56")));
        QCOMPARE(s.records.first().timestamp, QStringLiteral("Nov  1 00:00:04"));
        QCOMPARE(s.records.last().lineNumber, qint64(16));
    }

    void exchangeRowWithMissingColumnsIsCounted()
    {
        const Scan s = scan(logFile(QStringLiteral("MSGTRK20261101-1.LOG")));
        QCOMPARE(s.stats.skippedOtherFormat, qint64(1));
        QCOMPARE(s.records.at(0).line.contains(QLatin1String("Quote, with a comma")), true);
    }

    void gzipIsReadDirectly()
    {
        QTemporaryDir dir;
        const QString gz = dir.filePath(QStringLiteral("mail.log.1.gz"));
        writeGzip(gz, readAll(logFile(QStringLiteral("postfix.log"))));
        const Scan s = scan(gz);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.records.size(), 10);
        QVERIFY(!s.stats.truncatedCompressed);
    }

    void truncatedGzipKeepsWhatWasRead()
    {
        QTemporaryDir dir;
        QByteArray log;
        const QByteArray text = readAll(logFile(QStringLiteral("postfix.log")));
        for (int i = 0; i < 400; ++i)
            log += text;
        const QString gz = dir.filePath(QStringLiteral("full.gz"));
        writeGzip(gz, log);
        QByteArray compressed = readAll(gz);
        compressed.truncate(compressed.size() / 2);
        const QString cut = dir.filePath(QStringLiteral("cut.gz"));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(compressed);
        f.close();
        const Scan s = scan(cut);
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.stats.truncatedCompressed);
        QVERIFY(s.records.size() > 0);
        QVERIFY(s.records.size() < 400 * 10);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) + QByteArray(4000, '\0') << false;
        QTest::newRow("not a log") << QByteArray("Dear team,\nplease find the minutes attached.\n") << false;
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Scan s = scan(path);
        QCOMPARE(s.ok, ok);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(s.error.contains(path));
        QVERIFY(s.records.isEmpty());
    }

    void missingFile()
    {
        const Scan s = scan(QStringLiteral("/nonexistent/mail.log"));
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(QLatin1String("/nonexistent/mail.log")));
    }

    void damagedLinesAreSkippedAndCounted()
    {
        QByteArray log = readAll(logFile(QStringLiteral("postfix.log")));
        const QByteArray good = log.split('\n').at(4); // a bounced line
        QByteArray withNul = good;
        withNul.replace("ERS-QIL", QByteArray("ERS\0QIL", 7));
        QByteArray latin1 = good;
        latin1.replace("yamada", "yam\xe4\xff" "da");
        const QByteArray overlong = "Nov  1 00:00:09 mail postfix/smtp[9]: ABC: to=<x@example.com>, status=bounced ("
            + QByteArray(10 * 1024 * 1024, 'x') + ")";
        const QByteArray exim = "2026-11-01 00:00:03 1tA1b2-000AB1-Cd ** info@example.net: Unrouteable address";
        QByteArray mixed = log + withNul + '\n' + overlong + '\n' + latin1 + '\n' + exim + '\n' + good + '\n';
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mixed);
        f.close();
        const Scan s = scan(path);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.stats.skippedBinary, qint64(1));
        QCOMPARE(s.stats.skippedOverlong, qint64(1));
        QCOMPARE(s.stats.skippedOtherFormat, qint64(0));
        // the non-UTF-8 line, the Exim line (read as Exim, not as Postfix) and the last good one
        QCOMPARE(s.records.size(), 10 + 3);
        QVERIFY(s.records.at(10).recipient.startsWith(QLatin1String("yam")));
        QCOMPARE(s.records.at(11).format, LogFormat::Exim);
        QCOMPARE(s.records.at(11).recipient, QStringLiteral("info@example.net"));
        QCOMPARE(s.records.at(11).reply, QStringLiteral("Unrouteable address"));
        QCOMPARE(s.records.last().recipient, QStringLiteral("yamada@example.com"));
        QCOMPARE(s.records.last().lineNumber, qint64(16 + 5));
    }

    void cancelStopsBetweenChunks()
    {
        std::atomic_bool cancel{true};
        LogScanner::Options options;
        options.cancel = &cancel;
        LogScanStats stats;
        int records = 0;
        QString error;
        QVERIFY(LogScanner::scan(logFile(QStringLiteral("postfix.log")), [&records](LogRecord &&) { ++records; }, stats,
                                 options, &error));
        QCOMPARE(records, 0);
    }
};

QTEST_GUILESS_MAIN(TestLogScanner)
#include "test_log_scanner.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `bouncenav decode` and `scan-log` on what users give them: standard input held to the file
// limit, pipes and FIFOs (bash's <(…)), paths that cannot be opened (with the reason), and
// results that say what could not be read.
#include "support/test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray bounce = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
                          "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n";

const QByteArray postfixLog = "Jan  1 00:00:00 mx postfix/smtp[1]: ABC: to=<a@example.com>, relay=mx.example.com[192.0.2.1]:25, "
                              "delay=1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown "
                              "(in reply to RCPT TO command))\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString bouncenav()
{
    return bn::test::binaryDir() + QStringLiteral("/app/cli/bouncenav");
}

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment([] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("BOUNCENAV_LANG"), QStringLiteral("en"));
        e.insert(QStringLiteral("BOUNCENAV"), bouncenav());
        return e;
    }());
    p.start(program, arguments);
    if (!p.waitForStarted())
        return {};
    // Written in pieces while reading back: a large input must not fill both pipes.
    qsizetype written = 0;
    while (written < input.size()) {
        written += p.write(input.constData() + written, qMin<qsizetype>(input.size() - written, 1 << 20));
        while (p.bytesToWrite() > 0 && p.state() == QProcess::Running)
            p.waitForBytesWritten(1000);
        if (p.state() != QProcess::Running)
            break;
    }
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

Run bncli(const QStringList &arguments, const QByteArray &input = {})
{
    return run(bouncenav(), arguments, input);
}

//! Through bash, for process substitution and FIFOs; "$BOUNCENAV" is the program.
Run shell(const QString &script)
{
    return run(QStringLiteral("bash"), {QStringLiteral("-c"), script});
}

QJsonArray lines(const QByteArray &jsonl)
{
    QJsonArray out;
    for (const QByteArray &l : jsonl.split('\n'))
        if (!l.isEmpty())
            out.append(QJsonDocument::fromJson(l).object());
    return out;
}

} // namespace

class TestInputCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }

private slots:
    void standardInputHasTheFileLimit()
    {
        // One message of 65 MB on standard input: the same refusal as a file of that size.
        QByteArray huge = bounce;
        huge += QByteArray(65 * 1024 * 1024, 'x');
        const Run r = bncli({QStringLiteral("decode"), QStringLiteral("--jsonl"), QStringLiteral("-")}, huge);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("standard input is larger than 64 MB")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void aMailboxOnStandardInputStreams()
    {
        // A mailbox streams message by message: a message over the limit is skipped, the rest decoded.
        QByteArray box;
        for (int i = 0; i < 3; ++i) {
            box += "From a@example.com Mon Jan  1 00:00:00 2024\n" + bounce;
            if (i == 1)
                box += QByteArray(65 * 1024 * 1024, 'x') + '\n';
        }
        const Run r = bncli({QStringLiteral("decode"), QStringLiteral("--jsonl"), QStringLiteral("-")}, box);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 2);
        QVERIFY2(r.err.contains(QLatin1String("Message 2 of standard input is larger than 64 MB")), qPrintable(r.err));
    }

    void pipesAndFifosAreStreams()
    {
        const QString log = write("mail.log", postfixLog);
        const QString eml = write("bounce.eml", bounce);
        QVERIFY(!log.isEmpty() && !eml.isEmpty());
        // bash's process substitution names a pipe, /dev/fd/N.
        Run r = shell(QStringLiteral("\"$BOUNCENAV\" scan-log --json <(cat '%1')").arg(log));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("groups")).toArray().size(), 1);
        r = shell(QStringLiteral("\"$BOUNCENAV\" decode --jsonl <(cat '%1')").arg(eml));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).first().toObject().value(QLatin1String("recipient")).toString(), QStringLiteral("kijitora@example.jp"));
        // A FIFO with its writer.
        const QString fifo = m_dir.filePath(QStringLiteral("in.fifo"));
        r = shell(QStringLiteral("mkfifo '%1' && { cat '%2' > '%1' & } && \"$BOUNCENAV\" scan-log '%1'").arg(fifo, log));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("1 rejection"));
    }

    void aPathThatCannotBeOpenedSaysWhy()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.log"));
        Run r = bncli({QStringLiteral("scan-log"), missing});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("Cannot open %1: no such file or folder").arg(missing));
        r = bncli({QStringLiteral("scan-log"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("Cannot open %1: it is a folder").arg(m_dir.path()));
        r = bncli({QStringLiteral("decode"), missing});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("Cannot open %1: no such file or folder").arg(missing));
    }

    void resultsSayWhatCouldNotBeRead()
    {
        // An address with a byte that is no text: no piece of it is the recipient, and a warning says so.
        const QByteArray unreadable = "From: MAILER-DAEMON@mx.example.jp\nSubject: Undelivered Mail Returned to Sender\n"
                                      "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                                      "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n"
                                      "Final-Recipient: rfc822; tan\xff" "aka@example.jp\nAction: failed\nStatus: 5.1.1\n"
                                      "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n--B--\n";
        Run r = bncli({QStringLiteral("decode"), QStringLiteral("--jsonl"), QStringLiteral("-")}, unreadable);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject b = lines(r.out).first().toObject();
        QCOMPARE(b.value(QLatin1String("recipient")).toString(), QString());
        QCOMPARE(b.value(QLatin1String("status")).toString(), QStringLiteral("5.1.1"));
        const QJsonArray warnings = b.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().toString().contains(QStringLiteral("\"tan\uFFFDaka@example.jp\" cannot be read")));
        // The human-readable form shows it too.
        r = bncli({QStringLiteral("decode"), QStringLiteral("-")}, unreadable);
        QVERIFY(r.out.contains("Warning: The address"));

        // A report whose only parts are broken base64: no garbage result, and the reason on stderr.
        const QByteArray broken = "From: MAILER-DAEMON@mx.example.jp\nSubject: Undelivered Mail Returned to Sender\n"
                                  "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                                  "--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
                                  "VGhpcyBpcyB0aGUgbWFpbCBzeXN0ZW0!!!@@@###\n"
                                  "--B\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n"
                                  "UmVwb3J0aW5nLU1UQTogZG5zOyBteC5leGFtcGxlLmpwCgpGaW5hbC1SZWNpcGllbnQ6IHJmYzgy\n"
                                  "!!!! 550 5.1.1 <kijitora@example.jp> user unknown\n--B--\n";
        r = bncli({QStringLiteral("decode"), QStringLiteral("--jsonl"), QStringLiteral("-")}, broken);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("standard input: A text/plain part is not valid base64 and was not read.")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("standard input: A message/delivery-status part is not valid base64")));
    }
};

QTEST_GUILESS_MAIN(TestInputCommands)
#include "test_input_commands.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input: a clear error or a best-effort decode, never a crash, a hang or unbounded memory.
#include "decode/decoder.h"
#include "input/reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bn;

namespace {

QByteArray deepMime(int depth)
{
    QByteArray m = "From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\nMIME-Version: 1.0\n";
    for (int i = 0; i < depth; ++i)
        m += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" + QByteArray::number(i) + "\n";
    m += "Content-Type: text/plain\n\n<x@example.com>: 550 5.1.1 User unknown\n";
    for (int i = depth - 1; i >= 0; --i)
        m += "--b" + QByteArray::number(i) + "--\n";
    return m;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void neverCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expectedError"); // -1: no error required (best effort)
        QTest::newRow("empty") << QByteArray() << int(InputError::Kind::Empty);
        QTest::newRow("only blank lines") << QByteArray("\n\n\r\n  \n") << int(InputError::Kind::Empty);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(2000, '\0') << int(InputError::Kind::Binary);
        QTest::newRow("damaged outlook msg") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')
                                             << int(InputError::Kind::Malformed);
        QTest::newRow("mime 10000 deep") << deepMime(10000) << -1;
        QTest::newRow("broken base64, unknown charset")
            << QByteArray("From: MAILER-DAEMON@x.example\nSubject: Undelivered\nMIME-Version: 1.0\n"
                          "Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: base64\n\n!!!@@@###\n")
            << -1;
        QTest::newRow("nul bytes") << QByteArray("From: MAILER-DAEMON@x.example\nSubject: Undelivered\n\n<a@example.com>: 550 5.1.1 us")
                + QByteArray(1, '\0') + QByteArray("er unknown\n")
                                   << -1;
        QTest::newRow("invalid utf-8") << QByteArray("From: MAILER-DAEMON@x.example\nSubject: Undelivered \xff\xfe\n\n<a@example.com>: 550 \xc3\x28 user unknown\n")
                                       << -1;
        QTest::newRow("10 MB single line") << QByteArray("550 5.1.1 <a@example.com> ") + QByteArray(10 * 1024 * 1024, 'x') << -1;
    }

    void neverCrashes()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, expectedError);
        const ReadResult r = readData(content, QStringLiteral("input.eml"));
        if (expectedError >= 0) {
            QCOMPARE(r.errors.size(), 1);
            QCOMPARE(int(r.errors.first().kind), expectedError);
            QVERIFY(r.errors.first().message.contains(QLatin1String("input.eml")));
            QVERIFY(r.messages.isEmpty());
            return;
        }
        QVERIFY(!r.messages.isEmpty() || !r.errors.isEmpty());
        for (const Message &m : r.messages)
            decode(m); // must return, whatever it finds
    }

    void hugeFilesAreRefusedBeforeTheyAreRead()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1024 * 1024)); // sparse: no 200 MB written to disk
        f.close();
        const ReadResult r = readPath(f.fileName());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().kind, InputError::Kind::TooLarge);
        QVERIFY(r.messages.isEmpty());
    }

    void aFolderWithBadFilesStillReadsTheGoodOnes()
    {
        QTemporaryDir dir;
        auto write = [&dir](const char *name, const QByteArray &data) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write("a.png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0'));
        write("b.eml", "From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail Returned to Sender\n\n"
                       "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n");
        write("c.txt", "");
        const ReadResult r = readPath(dir.path());
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.messages.size(), 1);
        const QList<Bounce> b = decode(r.messages.first());
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().reason, QStringLiteral("userunknown"));
        QCOMPARE(b.first().status, QStringLiteral("5.1.1"));
    }

    void pastedTextAndHtml()
    {
        const Message plain = readPastedText(QStringLiteral("550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"));
        QCOMPARE(decode(plain).size(), 1);
        const Message html = readPastedText(QStringLiteral("<html><head><style>p{color:red}</style></head><body><p>Delivery has failed to these recipients:</p>"
                                                           "<p>&lt;ceo@example.com&gt;</p><p>Remote Server returned &#39;550 5.7.606 Access denied, "
                                                           "banned sending IP [203.0.113.16]&#39;</p></body></html>"),
                                            true);
        const QString text = html.notificationText();
        QVERIFY(!text.contains(QLatin1String("<p>")));
        QVERIFY(!text.contains(QLatin1String("color:red")));
        QVERIFY(text.contains(QLatin1String("'550 5.7.606")));
        const QList<Bounce> b = decode(html);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().operatorId, QStringLiteral("microsoft-365"));
        QCOMPARE(b.first().listedIp, QStringLiteral("203.0.113.16"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"

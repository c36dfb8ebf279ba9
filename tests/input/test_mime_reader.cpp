// SPDX-License-Identifier: GPL-3.0-or-later
// The message model the MIME reader builds: the notification's own header fields, all of them and
// in order; its text and report parts; the returned original kept apart (its header fields on
// their own, its body never in the notification's text), and the original's text read only when
// the original is itself a bounce, forwarded as an attachment.
#include "input/reader.h"

#include <QTest>

using namespace bn;

namespace {

//! The report part of both bounces below, headers included.
const QByteArray deliveryStatus = "Content-Type: message/delivery-status\n"
                                  "\n"
                                  "Reporting-MTA: dns; mx.example.jp\n"
                                  "\n"
                                  "Final-Recipient: rfc822; kijitora@example.jp\n"
                                  "Action: failed\n"
                                  "Status: 5.1.1\n";

const QByteArray notificationHead = "From: Mail Delivery System <MAILER-DAEMON@mx.example.jp>\n"
                                    "To: sender@example.com\n"
                                    "Subject: Undelivered Mail Returned to Sender\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
                                    "\n"
                                    "--B\n"
                                    "Content-Type: text/plain\n"
                                    "\n"
                                    "I'm sorry to have to inform you that your message could not be delivered.\n"
                                    "--B\n"
    + deliveryStatus + "--B\n";

const QByteArray originalHtml = "Content-Type: message/rfc822\n"
                                "\n"
                                "From: sender@example.com\n"
                                "To: kijitora@example.jp\n"
                                "Subject: Spring sale\n"
                                "Content-Type: text/html; charset=utf-8\n"
                                "\n"
                                "<p>Everything <b>must</b> go</p>\n"
                                "--B--\n";

//! A bounce that a help desk forwarded: the original is a bounce itself, its text in HTML.
const QByteArray forwarded = "From: Help Desk <helpdesk@example.com>\n"
                             "Subject: Fwd: Undelivered Mail\n"
                             "Content-Type: multipart/mixed; boundary=\"OUTER\"\n"
                             "\n"
                             "--OUTER\n"
                             "Content-Type: text/plain\n"
                             "\n"
                             "See the bounce below.\n"
                             "--OUTER\n"
                             "Content-Type: message/rfc822\n"
                             "\n"
                             "From: MAILER-DAEMON@mx.example.jp\n"
                             "Subject: Undelivered Mail Returned to Sender\n"
                             "Content-Type: multipart/report; report-type=delivery-status; boundary=\"INNER\"\n"
                             "\n"
                             "--INNER\n"
                             "Content-Type: text/html\n"
                             "\n"
                             "<p>The address <b>kijitora@example.jp</b> does not exist.</p>\n"
                             "--INNER\n"
    + deliveryStatus
    + "--INNER--\n"
      "--OUTER--\n";

//! The declared boundary never occurs, and the first delimiter differs from the later ones (a
//! gateway rewrote them): the text before the one that is found is the notification's.
const QByteArray mangledBoundaries = "From: MAILER-DAEMON@mx.example.com\n"
                                     "Subject: Warning: could not send message for past 8 hours\n"
                                     "Content-Type: multipart/report; report-type=delivery-status;\n"
                                     "\tboundary=\"q00.0004/mx.example.com\"\n"
                                     "\n"
                                     "--q00.1267617874/mx.example.com\n"
                                     "\n"
                                     "<kijitora@example.co.jp>... Deferred: Name server: example.co.jp.: host name lookup failure\n"
                                     "\n"
                                     "--q00.0000/mx.example.com\n"
                                     + deliveryStatus + "\n--q00.0000/mx.example.com--\n";

Message onlyMessage(const QByteArray &data)
{
    const ReadResult r = readData(data, QStringLiteral("test.eml"));
    return r.messages.size() == 1 ? r.messages.first() : Message{};
}

} // namespace

class TestMimeReader : public QObject
{
    Q_OBJECT

private slots:
    //! Text that starts with a header block is a message; a first line that merely has a
    //! field's form ("NOTICE: Delivery Failure.") is the text of a notification.
    void aHeaderBlockMakesAMessage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("message");
        QTest::newRow("a field messages have") << QByteArray("Subject: Returned mail\n\n550 5.1.1 unknown\n") << true;
        QTest::newRow("an x- field") << QByteArray("X-Mozilla-Status: 0001\nFrom: a@example.jp\n\nbody\n") << true;
        QTest::newRow("two unusual fields") << QByteArray("Foo: 1\nBar: 2\n\nbody\n") << true;
        QTest::newRow("an mbox") << QByteArray("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\nSubject: x\n\nbody\n") << true;
        QTest::newRow("a notice heading") << QByteArray("NOTICE: Delivery Failure.\n\nDelivery failed: kijitora@example.jp\n")
                                          << false;
        QTest::newRow("a log line") << QByteArray("Nov 30 01:02:03 mx postfix/smtp[1]: 1A2B: to=<a@example.jp>\n") << false;
    }
    void aHeaderBlockMakesAMessage()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, message);
        const ReadResult r = readData(data, QStringLiteral("-"));
        QCOMPARE(r.messages.size(), 1);
        QCOMPARE(r.messages.first().kind == Message::Kind::Email, message);
    }

    void everyHeaderFieldOfTheNotificationInOrder()
    {
        const Message m = onlyMessage(notificationHead + originalHtml);
        QStringList names;
        for (const HeaderField &f : m.headers.fields())
            names.append(QString::fromLatin1(f.name));
        QCOMPARE(names, QStringList({"From", "To", "Subject", "MIME-Version", "Content-Type"}));
        QCOMPARE(m.headers.value("Subject"), QStringLiteral("Undelivered Mail Returned to Sender"));
        QVERIFY(m.deliveryStatus.contains(QLatin1String("Final-Recipient: rfc822; kijitora@example.jp")));
    }

    void theReturnedOriginalIsKeptApart()
    {
        const Message m = onlyMessage(notificationHead + originalHtml);
        QCOMPARE(m.returnedHeaders.value("Subject"), QStringLiteral("Spring sale"));
        QCOMPARE(m.returnedHeaders.value("To"), QStringLiteral("kijitora@example.jp"));
        QVERIFY(m.notificationText().contains(QLatin1String("could not be delivered")));
        QVERIFY(!m.notificationText().contains(QLatin1String("must")));
        // An original that is no bounce: its text is never read.
        QVERIFY(m.returnedText.isEmpty());
        QVERIFY(m.forwardedDeliveryStatus.isEmpty());
        for (const MessagePart &p : m.parts)
            QVERIFY2(!p.text.contains(QLatin1String("must")), p.contentType.constData());
    }

    void returnedHeaderFieldsAloneAreReadAsTheOriginals()
    {
        // Postfix, Exchange and feedback reports often return the original's header fields only.
        const Message m = onlyMessage(notificationHead
                                      + "Content-Type: text/rfc822-headers\n\n"
                                        "Received: from mail.example.com ([192.0.2.25])\n"
                                        "\tby mx.example.jp with ESMTP; Thu, 1 Jan 2026 00:00:00 +0000\n"
                                        "From: sender@example.com\n"
                                        "To: <kijitora@example.jp>\n"
                                        "Subject: Spring sale\n"
                                        "X-Note: =?UTF-8?B?5pel5pys6Kqe?=\n"
                                        "not a field: skipped\n"
                                        "nocolonatall\n"
                                        "\n"
                                        "Cc: after the blank line, a body: not a field\n"
                                        "--B--\n");
        QCOMPARE(m.returnedHeaders.value("To"), QStringLiteral("<kijitora@example.jp>"));
        QCOMPARE(m.returnedHeaders.value("Subject"), QStringLiteral("Spring sale"));
        QCOMPARE(m.returnedHeaders.value("X-Note"), QStringLiteral("日本語")); // an encoded word, decoded
        QCOMPARE(m.returnedHeaders.value("Received"),
                 QStringLiteral("from mail.example.com ([192.0.2.25]) by mx.example.jp with ESMTP; Thu, 1 Jan 2026 00:00:00 +0000"));
        QCOMPARE(m.returnedHeaders.fields().size(), 5);
        QVERIFY(!m.notificationText().contains(QLatin1String("Spring sale")));
    }

    void aForwardedBounceIsReadWithItsOwnText()
    {
        const Message m = onlyMessage(forwarded);
        QCOMPARE(m.notificationText(), QStringLiteral("See the bounce below."));
        QVERIFY(m.deliveryStatus.isEmpty());
        QVERIFY(m.forwardedDeliveryStatus.contains(QLatin1String("Final-Recipient: rfc822; kijitora@example.jp")));
        QCOMPARE(m.returnedText, QStringLiteral("The address kijitora@example.jp does not exist."));
    }

    void textIsReadInItsCharset_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        const QString japanese = QStringLiteral("ユーザーは見つかりません");
        QTest::newRow("ISO-2022-JP") << QByteArray("ISO-2022-JP")
                                     << QByteArray("\x1b$B%f!<%6!<$O8+$D$+$j$^$;$s\x1b(B") << japanese;
        QTest::newRow("Shift_JIS") << QByteArray("Shift_JIS")
                                   << QByteArray("\x83\x86\x81[\x83U\x81[\x82\xcd\x8c\xa9\x82\xc2\x82\xa9\x82\xe8\x82\xdc\x82\xb9\x82\xf1")
                                   << japanese;
        QTest::newRow("EUC-JP") << QByteArray("EUC-JP")
                                << QByteArray("\xa5\xe6\xa1\xbc\xa5\xb6\xa1\xbc\xa4\xcf\xb8\xab\xa4\xc4\xa4\xab\xa4\xea\xa4\xde\xa4\xbb\xa4\xf3")
                                << japanese;
        QTest::newRow("ISO-8859-1") << QByteArray("ISO-8859-1") << QByteArray("R\xe9union") << QStringLiteral("Réunion");
        QTest::newRow("Windows-1252") << QByteArray("windows-1252") << QByteArray("\x93quoted\x94")
                                      << QStringLiteral("“quoted”");
        QTest::newRow("UTF-7") << QByteArray("UTF-7") << QByteArray("+ZeVnLIqe-") << QStringLiteral("日本語");
        QTest::newRow("UTF-16LE, ASCII letters") << QByteArray("UTF-16LE") << QByteArray("h\0i\0", 4) << QStringLiteral("hi");
        QTest::newRow("ASCII declared ISO-2022-JP") << QByteArray("ISO-2022-JP") << QByteArray("User unknown")
                                                    << QStringLiteral("User unknown");
        // Mislabelled: a gateway re-encoded the body in UTF-8 and kept the declared charset.
        QTest::newRow("UTF-8 declared ISO-2022-JP")
            << QByteArray("ISO-2022-JP") << japanese.toUtf8() << japanese;
        QTest::newRow("UTF-8 declared ISO-8859-1")
            << QByteArray("iso-8859-1") << QByteArray("Identifica\xc3\xa7\xc3\xa3o") << QStringLiteral("Identificação");
        QTest::newRow("UTF-8 declared Shift_JIS") << QByteArray("Shift_JIS") << japanese.toUtf8() << japanese;
        QTest::newRow("utf8, without the dash") << QByteArray("utf8") << japanese.toUtf8() << japanese;
        QTest::newRow("UTF-8, charset unknown") << QByteArray("x-no-such-charset") << QByteArray("Identifica\xc3\xa7\xc3\xa3o")
                                                << QStringLiteral("Identificação");
    }

    void textIsReadInItsCharset()
    {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        const Message m = onlyMessage("From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail\n"
                                      "MIME-Version: 1.0\nContent-Type: text/plain; charset=\""
                                      + charset + "\"\nContent-Transfer-Encoding: base64\n\n" + body.toBase64() + "\n");
        QCOMPARE(m.notificationText(), text);
    }

    void textBeforeARepairedBoundaryIsRead()
    {
        const Message m = onlyMessage(mangledBoundaries);
        QVERIFY(m.notificationText().contains(QLatin1String("host name lookup failure")));
        QVERIFY(m.deliveryStatus.contains(QLatin1String("Final-Recipient: rfc822; kijitora@example.jp")));
    }

    //! Parts left unread are said to be: nesting past the limit, a base64 that is broken (GMime
    //! would skip the bytes it does not know and give garbage to read as the report).
    void whatIsLeftUnreadIsAWarning()
    {
        QVERIFY(onlyMessage(notificationHead + originalHtml).warnings.isEmpty());

        QByteArray deep = "From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\nMIME-Version: 1.0\n";
        for (int i = 0; i < 80; ++i)
            deep += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" + QByteArray::number(i) + "\n";
        deep += "Content-Type: text/plain\n\n<x@example.com>: 550 5.1.1 User unknown\n";
        for (int i = 79; i >= 0; --i)
            deep += "--b" + QByteArray::number(i) + "--\n";
        Message m = onlyMessage(deep);
        QCOMPARE(m.warnings, QStringList{QStringLiteral("Parts nested more than 64 levels deep were not read.")});
        QVERIFY(m.parts.isEmpty());

        // Base64 with bytes outside its alphabet, in the text and in the report: neither is read.
        const QByteArray broken = "From: MAILER-DAEMON@mx.example.jp\nSubject: Undelivered Mail Returned to Sender\n"
                                  "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                                  "--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                                  "VGhpcyBpcyB0aGUgbWFpbCBzeXN0ZW0!!!@@@###\n"
                                  "--B\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n"
                                  + QByteArray("Reporting-MTA: dns; mx.example.jp\n\nFinal-Recipient: rfc822; kijitora@example.jp\n").toBase64()
                                  + "\n!!!! 550 5.1.1 <kijitora@example.jp> user unknown\n--B--\n";
        m = onlyMessage(broken);
        QCOMPARE(m.warnings, (QStringList{QStringLiteral("A text/plain part is not valid base64 and was not read."),
                                          QStringLiteral("A message/delivery-status part is not valid base64 and was not read.")}));
        QVERIFY(m.notificationText().isEmpty());
        QVERIFY(m.deliveryStatus.isEmpty());

        // Valid base64, wrapped with CRLF, is read as before; unpadded base64 is no warning either.
        m = onlyMessage("From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail\nMIME-Version: 1.0\n"
                        "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nYWJj\nYWI\n");
        QVERIFY(m.warnings.isEmpty());
        for (const QByteArray &body : {QByteArray("a"), QByteArray("ab"), QByteArray("abc"), QByteArray(200, 'z')}) {
            const QByteArray encoded = body.toBase64();
            m = onlyMessage("From: MAILER-DAEMON@mx.example.jp\r\nSubject: Returned mail\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                            + encoded.left(76) + "\r\n" + encoded.mid(76) + "\r\n");
            QVERIFY2(m.warnings.isEmpty(), body.constData());
            QCOMPARE(m.notificationText(), QString::fromLatin1(body));
        }
    }
};

QTEST_GUILESS_MAIN(TestMimeReader)
#include "test_mime_reader.moc"

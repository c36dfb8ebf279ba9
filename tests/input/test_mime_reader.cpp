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

    void aForwardedBounceIsReadWithItsOwnText()
    {
        const Message m = onlyMessage(forwarded);
        QCOMPARE(m.notificationText(), QStringLiteral("See the bounce below."));
        QVERIFY(m.deliveryStatus.isEmpty());
        QVERIFY(m.forwardedDeliveryStatus.contains(QLatin1String("Final-Recipient: rfc822; kijitora@example.jp")));
        QCOMPARE(m.returnedText, QStringLiteral("The address kijitora@example.jp does not exist."));
    }

    void textBeforeARepairedBoundaryIsRead()
    {
        const Message m = onlyMessage(mangledBoundaries);
        QVERIFY(m.notificationText().contains(QLatin1String("host name lookup failure")));
        QVERIFY(m.deliveryStatus.contains(QLatin1String("Final-Recipient: rfc822; kijitora@example.jp")));
    }
};

QTEST_GUILESS_MAIN(TestMimeReader)
#include "test_mime_reader.moc"

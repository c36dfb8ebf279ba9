// SPDX-License-Identifier: GPL-3.0-or-later
// Every address a notification names that is not a bounced recipient stays out of the results:
// header fields of the original quoted in the text (Message-ID, To, Delivered-To, a folded
// Received), the sender ("A message sent by <you>", ">>> MAIL FROM:<you>"), a support contact,
// and the notification's own headers forwarded inline ("> Message-Id:"). The shapes are those of
// real notifications (Exchange 2003, Sun Messaging Server, Exim, Sendmail V5, IMail, Postfix, a
// bounce forwarded from Apple Mail, au/EZweb), the addresses the documentation ones.
#include "decode/decoder.h"
#include "decode/formats/extraction.h"
#include "decode/formats/quoted_headers.h"
#include "input/reader.h"

#include <QTest>

using namespace bn;

namespace {

//! A plain-text notification sent to sender@example.com, with \a headers added.
QByteArray notification(const QByteArray &body, const QByteArray &headers = {})
{
    return "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\n"
           "To: sender@example.com\n"
           "Subject: Undeliverable: Nyaan\n"
           + headers + "\n" + body;
}

} // namespace

class TestRecipientPrecision : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheBouncedRecipients_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QStringList>("recipients"); // all of them, in order
        QTest::addColumn<QString>("reason");         // of the first
        QTest::addColumn<QString>("replyCode");      // of the first

        QTest::newRow("exchange 2003: the original's To") << notification(
            "Your message\n\n"
            "  To:      kijitora@example.net\n"
            "  Subject: Message\n"
            "  Sent:    Thu, 29 Apr 2009 23:00:00 -0400\n\n"
            "did not reach the following recipient(s):\n\n"
            "kijitora@example.jp on Thu, 29 Apr 2010 00:00:00 -0000\n"
            "    The recipient name is not recognized\n"
            "    MSEXCH:IMS:NNN:KIJITORACAT:NEKO 0 (000C05A6)\n")
            << QStringList{"kijitora@example.jp"} << "userunknown" << "";

        // A whole notification pasted with its header fields run together and wrapped.
        QTest::newRow("pasted report: header fields run together")
            << QByteArray("  Date: Thu, 7 Jul 1994 17:16:05 -0400 From: Mail Delivery Subsystem\n"
                          "<MAILER-DAEMON@cs.example.edu> Message-Id:\n"
                          "<199407072116.RAA14128@cs.example.edu> Subject: Returned mail: Cannot\n"
                          "send message for 5 days To: <owner-info-mime@cs.example.edu> MIME-\n"
                          "Version: 1.0\n\n"
                          "    ----- The following addresses had delivery problems -----\n"
                          "<louisl@larry.example.edu>  (unrecoverable error)\n\n"
                          "----- Transcript of session follows -----\n"
                          "<louisl@larry.example.edu>... Deferred: Connection timed out\n"
                          "            with larry.example.edu.\n"
                          "Message could not be delivered for 5 days\n")
            << QStringList{"louisl@larry.example.edu"} << "expired" << "";

        QTest::newRow("messaging server: the original's Message-id, From and To") << notification(
            "This report relates to a message you sent with the following header fields:\n\n"
            "  Message-id: <000000000000000000@example.org>\n"
            "  Date: Thu, 29 Apr 2001 23:34:45 +0000\n"
            "  From: shironeko@example.com\n"
            "  To: nekochan@example.org\n"
            "  Subject: Nyaaan\n\n"
            "Your message cannot be delivered to the following recipients:\n\n"
            "  Recipient address: sabineko@example.org\n"
            "  Reason: Remote SMTP server has rejected address\n"
            "  Diagnostic code: smtp; 550 5.1.1 User Unknown: sabineko@example.org\n\n"
            "Original-envelope-id: 000000000000000@example.org\n")
            << QStringList{"sabineko@example.org"} << "userunknown" << "550";

        QTest::newRow("folded header fields: Message-Id, Received envelope-from") << notification(
            "Mail delivery failed.\n\n"
            "<kijitora@example.co.jp>: 550 5.1.1 <kijitora@example.co.jp>: Recipient address rejected: User unknown\n\n"
            "------ original headers ------\n"
            "Received: from unknown [192.0.2.12] (EHLO mx.example.org)\n"
            "    by mx.example.net with ESMTP id 00000000 (envelope-from\n"
            "    <shironeko@mx.example.org>);\n"
            "Delivered-To: mailadm+x@ocnadm.example.jp\n"
            "Message-Id:\n"
            " <200904290210.00000000000000@mx.example.jp>\n")
            << QStringList{"kijitora@example.co.jp"} << "userunknown" << "550";

        QTest::newRow("exim: a message sent by the sender") << notification(
            "This message was created automatically by mail delivery software.\n\n"
            "A message sent by\n\n"
            "  <shironeko@email.example.com>\n\n"
            "could not be delivered to one or more of its recipients. The following\n"
            "address(es) failed:\n\n"
            "  kijitora@example.org\n"
            "    all hosts have been failing for a long time and were last tried\n"
            "    after this message arrived\n",
            "X-Failed-Recipients: kijitora@example.org\n")
            << QStringList{"kijitora@example.org"} << "expired" << "";

        QTest::newRow("exim: local parts, then the command naming each") << notification(
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  kijitora\n"
            "    SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>:\n"
            "    host mx.example.jp [192.0.2.153]: 550 5.1.1 <kijitora@example.jp>... User Unknown\n"
            "  sabatora\n"
            "    SMTP error from remote mail server after RCPT TO:<sabatora@example.jp>:\n"
            "    host mx.example.jp [192.0.2.153]: 552 5.2.2 <sabatora@example.jp>... Mailbox full\n")
            << QStringList{"kijitora@example.jp", "sabatora@example.jp"} << "userunknown" << "550";

        QTest::newRow("sendmail v5: the sender refused at MAIL FROM") << notification(
            "   ----- Transcript of session follows -----\n"
            "While talking to mx.example.edu:\n"
            ">>> MAIL From:<shironeko@example.jp>\n"
            "<<< 550 Insecure Mail Relay\n"
            "554 <kijitora@example.edu>... Remote protocol error\n"
            "421 example.org (smtp)... Deferred: Connection timed out during user open with example.org\n\n"
            "   ----- Unsent message follows -----\n")
            << QStringList{"kijitora@example.edu"} << "norelaying" << "550";

        QTest::newRow("au: the recipient, then the sender refused") << notification(
            "Each of the following recipients was rejected by a remote\n"
            "mail server.\n\n"
            "    Recipient: <kijitora@hotmail.example.com>\n"
            "    >>> MAIL FROM:<neko-nyaan@example.org>\n"
            "    <<< 550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 192.0.2.22 weren't sent. We recommend that you\n"
            "contact your Internet service provider. The problem is that too many unwanted messages have been sent\n"
            "from the following IP address above.\n")
            << QStringList{"kijitora@hotmail.example.com"} << "blocked" << "550";

        QTest::newRow("imail: the notification's To, then undeliverable to") << notification(
            "To: shironeko@neko.example.com\n"
            "Subject: Undeliverable Mail\n\n"
            "undeliverable to kijitora@example.jp\n\n"
            "Body of message generated response:\n"
            "550 5.1.1 <kijitora@example.jp>... User unknown\n")
            << QStringList{"kijitora@example.jp"} << "userunknown" << "550";

        QTest::newRow("postfix: a support contact and a link about errors") << notification(
            "This is the Postfix program at host smtp.mirror.example.ne.jp.\n\n"
            "I'm sorry to have to inform you that the message returned\n"
            "below could not be delivered to one or more destinations.\n\n"
            "For further assistance, please contact <support@example.ad.jp>\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the message returned below.\n\n"
            "The causes of error messages and what to do about them are on this page:\n"
            "http://www.example.ne.jp/0/faq/mail/errormail/\n\n"
            "If the page does not help, write to\n"
            "<support@example.ad.jp>\n"
            "and include this report. You may delete the original message\n"
            "attached to this one.\n\n"
            "--------------------------------------------------------\n\n"
            "<kijitora@user.example.or.jp>: host\n"
            "    mx.user.example.or.jp[192.0.2.22] said: 550\n"
            "    <kijitora@user.example.or.jp>: User unknown\n")
            // "User unknown" answering no command it names: Sisimai's "filtered"
            << QStringList{"kijitora@user.example.or.jp"} << "filtered" << "550";

        QTest::newRow("an address and its mailto link") << notification(
            "Delivery has failed to these recipients or groups:\n\n"
            "kijitora@example.com<mailto:kijitora@example.com>\n"
            "The email address wasn't found at the destination domain.\n\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'\n")
            << QStringList{"kijitora@example.com"} << "userunknown" << "550";

        QTest::newRow("a bounce forwarded inline, quoted") << notification(
            "Forward the message.\n\n"
            "Begin forwarded message:\n\n"
            "> From: Mail Delivery Subsystem <MAILER-DAEMON>\n"
            "> To: <shironeko@example.jp>\n"
            "> Subject: Returned mail: see transcript for details\n"
            "> Message-Id: <200904290210.00000000000000@mx.example.jp>\n"
            ">\n"
            ">    ----- The following addresses had permanent fatal errors -----\n"
            "> <kijitora@example.com>\n"
            ">     (reason: 550 5.1.1 <kijitora@example.com>... User unknown)\n"
            ">\n"
            ">    ----- Transcript of session follows -----\n"
            ">>>> DATA\n"
            "> <<< 550 5.1.1 <kijitora@example.com>... User unknown\n"
            "> 550 5.1.1 <kijitora@example.com>... User unknown\n"
            "> To: kijitora@example.com\n"
            "> From: \"Shironeko, Nyanko\" <shironeko@example.jp>\n")
            << QStringList{"kijitora@example.com"} << "userunknown" << "550";
    }

    void onlyTheBouncedRecipients()
    {
        QFETCH(QByteArray, message);
        QFETCH(QStringList, recipients);
        QFETCH(QString, reason);
        QFETCH(QString, replyCode);
        const ReadResult read = readData(message, QStringLiteral("ndr.eml"));
        QCOMPARE(read.messages.size(), 1);
        const QList<Bounce> bounces = decode(read.messages.first());
        QStringList found;
        for (const Bounce &b : bounces)
            found.append(b.recipient);
        QCOMPARE(found, recipients);
        QCOMPARE(bounces.first().reason, reason);
        QCOMPARE(bounces.first().replyCode, replyCode);
    }

    //! The shapes of real notifications (Mailman's collection in flufl.bounce) that name the
    //! recipient in a sentence or an unusual form, the reason around it.
    void recipientsNamedInOtherForms_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("recipient"); // the only one; empty: none
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("temporary");

        QTest::newRow("microsoft cdo: display name and address")
            << notification("--- Non-Delivery Report ---\nThe email below could not be delivered to the following user:\n\n"
                            "\"kijitora@example.com\" <kijitora@example.com>\n\nOld message:\n")
            << "kijitora@example.com" << "onhold" << false;
        QTest::newRow("originally addressed to")
            << notification("Your message has encountered delivery problems\n\n(Originally addressed to kijitora@example.it)\n\n"
                            "User not known\n")
            << "kijitora@example.it" << "filtered" << false; // "unknown" at no known SMTP command
        QTest::newRow("dovecot: your message to … was rejected")
            << notification("Your message to <kijitora@example.com> was automatically rejected:\nQuota exceeded\n")
            << "kijitora@example.com" << "mailboxfull" << false;
        QTest::newRow("local mailbox … is unavailable")
            << notification("  Message was not accepted -- invalid mailbox.\n Local mailbox kijitora@example.ru is unavailable: user not found\n")
            << "kijitora@example.ru" << "filtered" << false;
        QTest::newRow("mailenable: [SMTP:address]")
            << notification("MailEnable: Message could not be delivered to some recipients.\n"
                            "The following recipient(s) could not be reached:\n\n"
                            "\tRecipient: [SMTP:kijitora@example.com]\n"
                            "\tReason: Remote SMTP Server Returned: 550 Requested action not taken: mailbox unavailable\n")
            << "kijitora@example.com" << "filtered" << false;
        QTest::newRow("addressed to 'address'")
            << notification("The following message, addressed to 'kijitora@example.uk',\n"
                            "failed because it has not been collected after 30 days\n")
            << "kijitora@example.uk" << "expired" << false;
        QTest::newRow("exchange 5.5: x.400 with dda:SMTP=")
            << notification("did not reach the following recipient(s):\n\n"
                            "c=US;a= ;p=ORG;o=Site;dda:SMTP=kijitora@example.COM; on Fri, 4 Oct 2002\n"
                            "    The recipient name is not recognized\n")
            << "kijitora@example.com" << "userunknown" << false;
        QTest::newRow("smtp32: undeliverable, two spaces")
            << notification("undeliverable  to kijitora@example.com\nOriginal message follows.\n")
            << "kijitora@example.com" << "onhold" << false;
        QTest::newRow("sina: the reason in Chinese")
            << notification("sina.com.\n\xe9\x82\xae\xe4\xbb\xb6\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91\xe9\x80\x81\n\n"
                            "<kijitora@sina.example.com>:\n\n--- copy follows\n",
                            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
            << "kijitora@sina.example.com" << "onhold" << false;
        QTest::newRow("exim delay warning: address alone, 'not yet been delivered'")
            << QByteArray("From: Mail Delivery System <Mailer-Daemon@mx.example.za>\n"
                          "To: sender@example.com\n"
                          "Subject: Warning: message 14jRTi-0007jE-00 delayed 24 hours\n\n"
                          "A message that you sent has not yet been delivered to all its recipients\n"
                          "after more than 24 hours on the queue on mx.example.za.\n\n"
                          "The address to which the message has not yet been delivered is:\n\n"
                          "  kijitora@example.za\n\n"
                          "No action is required on your part.\n")
            << "kijitora@example.za" << "expired" << true;
        QTest::newRow("qmail summary labelled text/html")
            << notification("I'm afraid I wasn't able to deliver the following message.\n"
                            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                            "Subject: [List] Hello\nTo: kijitora@example.com\n\n---Below this line is a copy of the message.\n",
                            "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n")
            << "kijitora@example.com" << "onhold" << false;
        // A warning says in its text that the server keeps trying; a final failure may say it will not.
        QTest::newRow("symantec gateway: attempts will continue")
            << notification("Your message with Subject: Re: Bike lost and found\n"
                            "could not be delivered to the following recipients:\n\nkijitora@example.org\n\n"
                            "Please do not resend your original message.\n\n"
                            "Delivery attempts will continue to be made for 5  day(s).\n")
            << "kijitora@example.org" << "expired" << true; // a delay, as Sisimai names it
        QTest::newRow("a permanent code decides, whatever the text says")
            << notification("Your message could not be delivered to the following recipients:\n\n"
                            "kijitora@example.org: 550 5.1.1 User unknown\n\n"
                            "Delivery attempts will continue to be made for 5 day(s).\n")
            << "kijitora@example.org" << "userunknown" << false;
        QTest::newRow("final failure: will not retry")
            << notification("Your message could not be delivered to the following recipients:\n\nkijitora@example.org\n\n"
                            "The server will not retry; please do not resend.\n")
            << "kijitora@example.org" << "onhold" << false;
        // Exim names the sender on the line after "A message sent by"; the notification's To, the
        // sender's address rewritten by a forwarder (SRS), does not tell it apart.
        QTest::newRow("exim: the sender after 'a message sent by', to rewritten")
            << QByteArray("From: Mail Delivery System <Mailer-Daemon@mx.example.net>\n"
                          "To: SRS0+a1b2+24+example.com+sender@fwd.example.net\n"
                          "Subject: Mail delivery failed\n\n"
                          "This message was created automatically by mail delivery software.\n\n"
                          "A message sent by\n\n  <sender@example.com>\n\n"
                          "could not be delivered to one or more of its recipients. The following\n"
                          "address(es) failed:\n\n  kijitora@example.org\n"
                          "    all hosts have been failing for a long time and were last tried after this message arrived\n")
            << "kijitora@example.org" << "expired" << false;
        // X-Failed-Recipients names the recipients that failed, even when the text names another
        // (the address the sender wrote, before an alias expanded it).
        QTest::newRow("exim: x-failed-recipients over the text's address")
            << QByteArray("From: Mail Delivery System <Mailer-Daemon@mx.example.net>\n"
                          "To: sender@example.com\n"
                          "X-Failed-Recipients: kijitora@example.org\n"
                          "Subject: Mail delivery failed\n\n"
                          "Your message to <alias@example.net> could not be delivered.\n\n"
                          "    retry timeout exceeded\n")
            << "kijitora@example.org" << "expired" << false;
        // AOL lists the recipients by screen name, at the domain of the notification's sender.
        QTest::newRow("aol: screen names under 'the following recipients'")
            << QByteArray("From: Mail Delivery Subsystem <MAILER-DAEMON@aol.example.com>\n"
                          "To: <sender@example.com>\n"
                          "Subject: Mail Delivery Problem\n\n\n"
                          "Sorry sender@example.com. Your mail to the following recipients could not be delivered "
                          "because they are not accepting mail with attachments or embedded images:\n"
                          "\tkijitora\n")
            << "kijitora@aol.example.com" << "policyviolation" << false;
        // Prose that starts with an address is no recipient line.
        QTest::newRow("prose starting with an address")
            << notification(" --------Message not delivered to the following:\n\n userx    No matches to nameserver query\n\n"
                            " try sending to the most explicit form of the name, e.g., if\n"
                            " mike.fox@example.edu fails, try michael.j.fox@example.edu.\n")
            << "" << "" << false;
    }

    void recipientsNamedInOtherForms()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, recipient);
        QFETCH(QString, reason);
        QFETCH(bool, temporary);
        const ReadResult read = readData(message, QStringLiteral("ndr.eml"));
        QCOMPARE(read.messages.size(), 1);
        const QList<Bounce> bounces = decode(read.messages.first());
        if (recipient.isEmpty()) {
            QVERIFY2(bounces.isEmpty(), qPrintable(bounces.value(0).recipient));
            return;
        }
        QCOMPARE(bounces.size(), 1);
        QCOMPARE(bounces.first().recipient, recipient);
        QCOMPARE(bounces.first().reason, reason);
        QCOMPARE(bounces.first().temporary, temporary);
    }

    //! The body of a notification pasted alone, as a user copies it from a webmail: the
    //! recipient from its sentence, the remote server's reply from a later paragraph.
    void pastedNotificationBodies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("replyCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("gmail: address not found")
            << QStringLiteral("** Address not found **\n\nYour message wasn't delivered to kijitora@example.de because the "
                              "address couldn't be found. Check for typos or unnecessary spaces and try again.\n\n\n\n"
                              "The response from the remote server was:\n550 #5.1.0 Address rejected.\n")
            << "kijitora@example.de" << "550" << "userunknown";
        // Gmail's heading summarises; the remote server's reply says what happened.
        QTest::newRow("gmail: address not found, the reply refuses the sender")
            << QStringLiteral("** Address not found **\n\nYour message wasn't delivered to kijitora@example.jp because the "
                              "address couldn't be found, or is unable to receive mail.\n\n\n\n"
                              "The response from the remote server was:\n501 5.1.8 Sender address rejected\n")
            << "kijitora@example.jp" << "501" << "rejected";
        QTest::newRow("gmail: message blocked, typographic apostrophe")
            << QStringLiteral("** Message blocked **\n\nYour message wasn\u2019t delivered to shironeko@example.net because "
                              "the remote server refused it.\n\n\n\nThe response from the remote server was:\n"
                              "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org\n")
            << "shironeko@example.net" << "554" << "blocked";
        QTest::newRow("exim: a file delivery, the address that generated it")
            << QStringLiteral("A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
                              "permanent error. The following address(es) failed:\n\n  save to /var/mail/nyaan\n"
                              "    generated by nyaan@example.jp\n    mailbox is full: retry timeout exceeded\n")
            << "nyaan@example.jp" << "" << "mailboxfull";
        QTest::newRow("delivery aborted, a bulleted address")
            << QStringLiteral("This is an automatically generated Delivery Status Notification.\n\n"
                              "Delivery to the following recipients was aborted after 0 second(s):\n\n  * kijitora@example.net\n")
            << "kijitora@example.net" << "" << "onhold";
        QTest::newRow("a delay notice: recipient; action")
            << QStringLiteral(" - This is only a notification about a delay in the delivery of your message.\n"
                              " - There is no need to resend your message at this time.\n"
                              " - The following recipients have not yet received your message:\n\n"
                              "kijitora@example.net; Action: Delayed\n\n - The server will continue trying for up to 21 hours.\n")
            << "kijitora@example.net" << "" << "expired";
        // Sendmail's own "User unknown" after the server's words: the server's words decide.
        QTest::newRow("sendmail: the server's reply, then sendmail's own verdict")
            << QStringLiteral("   ----- The following addresses had permanent fatal errors -----\n<kijitora@neko.example.org>\n"
                              "    (reason: 550 5.7.1 IP address blacklisted by recipient)\n\n"
                              "   ----- Transcript of session follows -----\n"
                              "... while talking to inbound-smtp.example.org.:\n>>> RCPT To:<kijitora@neko.example.org>\n"
                              "<<< 550 5.7.1 IP address blacklisted by recipient\n"
                              "550 5.1.1 <kijitora@neko.example.org>... User unknown\n>>> DATA\n<<< 503 Error: need RCPT command\n")
            << "kijitora@neko.example.org" << "550" << "blocked";
        // … but where the server's words have no status, Sendmail's 5.1.1 is the only one there is.
        QTest::newRow("sendmail: the server's reply without a status")
            << QStringLiteral("   ----- The following addresses had permanent fatal errors -----\n<kijitora@neko.example.org>\n"
                              "    (reason: 550 unknown user)\n\n   ----- Transcript of session follows -----\n"
                              "... while talking to mx.neko.example.org.:\n>>> DATA\n<<< 550 unknown user\n"
                              "550 5.1.1 <kijitora@neko.example.org>... User unknown\n"
                              "<<< 503-All RCPT commands were rejected with this error:\n<<< 503-unknown user\n"
                              "<<< 503 Valid RCPT command must precede DATA\n")
            << "kijitora@neko.example.org" << "550" << "userunknown";
        // The only full address in the refusal is the envelope sender's (after MAIL FROM); the
        // recipient, a local part in the list, is the pasted copy's To.
        QTest::newRow("exim: the sender refused at mail from, the recipient in the copy")
            << QStringLiteral("A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
                              "permanent error. The following address(es) failed:\n\n  kijitora\n    SMTP error from remote "
                              "mail server after MAIL FROM:<shironeko@example.jp> SIZE=1543:\n    host mx.example.jp "
                              "[192.0.2.20]: 550 5.7.0 <shironeko@example.jp>... Please use the smtp server of your ISP.\n\n"
                              "------ This is a copy of the message, including all the headers. ------\n\n"
                              "From: shironeko@example.jp\nTo: kijitora@example.ed.jp\nSubject: test\n")
            << "kijitora@example.ed.jp" << "550" << "blocked";
    }
    void pastedNotificationBodies()
    {
        QFETCH(QString, text);
        QFETCH(QString, recipient);
        QFETCH(QString, replyCode);
        QFETCH(QString, reason);
        const QList<Bounce> bounces = decode(readPastedText(text));
        QCOMPARE(bounces.size(), 1);
        QCOMPARE(bounces.first().recipient, recipient);
        QCOMPARE(bounces.first().replyCode, replyCode);
        QCOMPARE(bounces.first().reason, reason);
    }

    void quotingIsRemovedOnlyFromAQuotedText()
    {
        const QString transcript = QStringLiteral("... while talking to mx.example.jp.:\n>>> RCPT To:<a@example.jp>\n"
                                                  "<<< 550 5.1.1 User unknown\n>>> DATA\n<<< 503 Need RCPT\n>>> QUIT\n");
        QCOMPARE(withoutQuoting(transcript), transcript); // Sendmail's side of a session is no quoting
        const QString aFewQuotes = QStringLiteral("Hello,\n> one\n> two\nregards\nsignature\n");
        QCOMPARE(withoutQuoting(aFewQuotes), aFewQuotes);
        QCOMPARE(withoutQuoting(QStringLiteral("Fwd:\n> a\n> b\n>\n>>>> DATA\n> <<< 550 c\n>d\n")),
                 QStringLiteral("Fwd:\na\nb\n\n>>> DATA\n<<< 550 c\nd\n"));
    }

    void headerFieldsAndTheirFoldedLines()
    {
        QuotedHeaderFields fields;
        const std::pair<const char *, bool> lines[] = {
            {"Message-Id:", true}, {" <id@example.jp>", true},           // folded
            {"Final-Recipient: rfc822; a@example.jp", false}, {"  continued", false},
            {"> To: a@example.jp", true},                                  // quoted
            {"  Received: from x (envelope-from", true}, {"    <s@example.jp>);", true},
            {"", false}, {"    <a@example.jp>", false},                    // a blank line ends a field
            {"Recipient address: a@example.jp", false}, {"List-Unsubscribe: <mailto:u@example.jp>", true},
            {"Message-ID:<id@example.jp>", true}, {"SMTP:a@example.jp", false}, // no blank before the '<'; an address type
            {">>> MAIL From:<s@example.jp>", false}};                      // a transcript, not a field
        for (const auto &[line, expected] : lines)
            QVERIFY2(fields.namesNoRecipient(QString::fromUtf8(line)) == expected, line);
    }

    void headerFieldsPastedRunTogether()
    {
        QuotedHeaderFields fields;
        const std::pair<const char *, bool> lines[] = {
            // A notification's header, its lines wrapped anywhere: up to the blank line, no recipient.
            {"  Date: Thu, 7 Jul 1994 17:16:05 -0400 From: Mail Delivery Subsystem", true},
            {"<MAILER-DAEMON@cs.example.edu> Message-Id:", true},
            {"<199407072116.RAA14128@cs.example.edu> Subject: Returned mail: Cannot", true},
            {"", false},
            {"<louisl@larry.example.edu>  (unrecoverable error)", false},
            // A report's fields run together do name recipients.
            {"Reporting-MTA: dns; cs.example.edu Final-Recipient: rfc822; a@example.jp", false},
            {"", false},
            // One field per line, indented: not run together.
            {"  Subject: Test message", false}, {"  RCPT TO: a@example.jp", false}, {"", false},
            // A message field's value on the next, unindented line.
            {"Sent: Thu, 7 Jul 1994 Message-ID:", false}, {"<id@example.jp>", true},
            // … but prose ending with "to:" is followed by the recipient.
            {"Your message was not delivered to:", false}, {"a@example.jp", false}};
        for (const auto &[line, expected] : lines)
            QVERIFY2(fields.namesNoRecipient(QString::fromUtf8(line)) == expected, line);
    }

    //! An address with a byte that is no text ("tan\xffaka@") is unreadable: no piece of it
    //! ("aka@example.jp", another mailbox) is taken for the recipient, and the result says so.
    void anUnreadableAddressIsNoRecipient_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QString>("unreadable"); // as the warning names it
        const QByteArray dsn = "From: Mail Delivery System <MAILER-DAEMON@mx.example.jp>\n"
                               "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                               "--B\nContent-Type: text/plain\n\n"
                               "<tan\xff" "aka@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n"
                               "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n"
                               "Final-Recipient: rfc822; tan\xff" "aka@example.jp\nAction: failed\nStatus: 5.1.1\n"
                               "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n--B--\n";
        const QString badUtf8 = QStringLiteral("tan\uFFFDaka@example.jp");
        QTest::newRow("report, invalid UTF-8") << dsn << QStringList{QString()} << badUtf8;
        QTest::newRow("text, invalid UTF-8 in the domain")
            << notification("<tanaka@mail.ex\xc3" "xample.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n"
                            "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n")
            << QStringList{QStringLiteral("kijitora@example.jp")} << QStringLiteral("tanaka@mail.ex\uFFFDxample.jp");
        QTest::newRow("text, a Latin-1 byte in an UTF-8 notification")
            << notification("Your message to <jos\xe9" "garcia@example.es> was rejected: 550 5.1.1 User unknown\n")
            << QStringList{} << QStringLiteral("jos\uFFFDgarcia@example.es");
        // Japanese written against a whole address is no damage.
        QTest::newRow("Japanese beside a whole address")
            << notification("\xe5\xae\x9b\xe5\x85\x88kijitora@example.jp\xe3\x81\xb8\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d"
                            "\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\n<kijitora@example.jp>: 550 5.1.1 User unknown\n",
                            "Content-Type: text/plain; charset=utf-8\n")
            << QStringList{QStringLiteral("kijitora@example.jp")} << QString();
    }

    void anUnreadableAddressIsNoRecipient()
    {
        QFETCH(QByteArray, message);
        QFETCH(QStringList, recipients);
        QFETCH(QString, unreadable);
        const ReadResult read = readData(message, QStringLiteral("test.eml"));
        QCOMPARE(read.messages.size(), 1);
        QStringList warnings;
        const QList<Bounce> bounces = decode(read.messages.first(), nullptr, &warnings);
        QStringList found;
        for (const Bounce &b : bounces) {
            found.append(b.recipient);
            QCOMPARE(b.warnings, warnings); // each result carries them
        }
        QCOMPARE(found, recipients);
        if (unreadable.isEmpty()) {
            QVERIFY(warnings.isEmpty());
            return;
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1Char('"') + unreadable + QLatin1Char('"')), qPrintable(warnings.first()));
        QVERIFY(warnings.first().contains(QLatin1String("not valid text")));
    }
};

QTEST_APPLESS_MAIN(TestRecipientPrecision)
#include "test_recipient_precision.moc"

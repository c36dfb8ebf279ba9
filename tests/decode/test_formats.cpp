// SPDX-License-Identifier: GPL-3.0-or-later
// Whole notifications in the shapes real MTAs write them, read and decoded end to end:
// recipient, status, reply code, SMTP command and reason of each bounced recipient.
#include "decode/decoder.h"
#include "decode/formats/extraction.h"
#include "input/reader.h"

#include <QRegularExpression>
#include <QTest>

using namespace bn;

namespace {

const char postfixDsn[] =
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
    "To: sender@example.org\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Date: Thu, 9 Apr 2026 10:00:00 +0900 (JST)\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"4F1A2B3C4D.1712624400/mx.example.org\"\n"
    "\n"
    "This is a MIME-encapsulated message.\n"
    "\n"
    "--4F1A2B3C4D.1712624400/mx.example.org\n"
    "Content-Description: Notification\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "This is the mail system at host mx.example.org.\n"
    "\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n"
    "\n"
    "                   The mail system\n"
    "\n"
    "<nobody@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n"
    "    <nobody@example.net>: Recipient address rejected: User unknown in virtual\n"
    "    mailbox table (in reply to RCPT TO command)\n"
    "\n"
    "--4F1A2B3C4D.1712624400/mx.example.org\n"
    "Content-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "X-Postfix-Queue-ID: 4F1A2B3C4D\n"
    "Arrival-Date: Thu,  9 Apr 2026 09:59:58 +0900 (JST)\n"
    "\n"
    "Final-Recipient: rfc822; nobody@example.net\n"
    "Original-Recipient: rfc822;nobody@example.net\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx.example.net\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address\n"
    "    rejected: User unknown in virtual mailbox table\n"
    "\n"
    "--4F1A2B3C4D.1712624400/mx.example.org\n"
    "Content-Description: Undelivered Message Headers\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "From: sender@example.org\n"
    "To: nobody@example.net\n"
    "Subject: hello\n"
    "\n"
    "--4F1A2B3C4D.1712624400/mx.example.org--\n";

const char postfixText[] =
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "\n"
    "This is the mail system at host mx.example.org.\n"
    "\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n"
    "\n"
    "<full@example.net>: host mx.example.net[192.0.2.25] said: 552 5.2.2\n"
    "    <full@example.net>: Mailbox full (in reply to end of DATA command)\n"
    "\n"
    "<spam@example.com>: host mx1.example.com[192.0.2.30] said: 554 5.7.1\n"
    "    Service unavailable; Client host [192.0.2.1] blocked using\n"
    "    zen.spamhaus.org (in reply to RCPT TO command)\n"
    "\n"
    "--- Below this line is a copy of the message.\n"
    "\n"
    "From: sender@example.org\n";

const char exim[] =
    "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\n"
    "To: sender@example.org\n"
    "Subject: Mail delivery failed: returning message to sender\n"
    "X-Failed-Recipients: kijitora@example.com\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "This message was created automatically by mail delivery software.\n"
    "\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) failed:\n"
    "\n"
    "  kijitora@example.com\n"
    "    host mx.example.com [192.0.2.3]\n"
    "    SMTP error from remote mail server after RCPT TO:<kijitora@example.com>:\n"
    "    550 5.1.1 <kijitora@example.com>: Recipient address rejected: User unknown\n"
    "\n"
    "------ This is a copy of the message, including all the headers. ------\n"
    "\n"
    "From: sender@example.org\n"
    "To: kijitora@example.com\n";

const char eximConnection[] =
    "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\n"
    "Subject: Mail delivery failed: returning message to sender\n"
    "X-Failed-Recipients: shironeko@example.jp\n"
    "\n"
    "This message was created automatically by mail delivery software.\n"
    "\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) failed:\n"
    "\n"
    "  shironeko@example.jp\n"
    "    host mx.example.jp [192.0.2.40]\n"
    "    SMTP error from remote mail server after initial connection:\n"
    "    554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net\n"
    "\n"
    "------ This is a copy of the message, including all the headers. ------\n";

const char sendmail[] =
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>\n"
    "To: <sender@example.jp>\n"
    "Subject: Returned mail: see transcript for details\n"
    "\n"
    "The original message was received at Thu, 9 Apr 2026 10:00:00 +0900\n"
    "from localhost [127.0.0.1]\n"
    "\n"
    "   ----- The following addresses had permanent fatal errors -----\n"
    "<neko@example.net>\n"
    "    (reason: 550 5.1.1 <neko@example.net>... User Unknown)\n"
    "\n"
    "   ----- Transcript of session follows -----\n"
    "... while talking to mx.example.net.:\n"
    ">>> DATA\n"
    "<<< 550 5.1.1 <neko@example.net>... User Unknown\n"
    "550 5.1.1 <neko@example.net>... User unknown\n"
    "<<< 503 5.0.0 Need RCPT (recipient)\n"
    "\n"
    "   ----- Original message follows -----\n"
    "\n"
    "From: sender@example.jp\n";

const char sendmailV5[] =
    "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.jp>\n"
    "Subject: Returned mail: User unknown\n"
    "\n"
    "   ----- Transcript of session follows -----\n"
    "... while talking to mx.example.com:\n"
    ">>> RCPT To:<mikeneko@example.com>\n"
    "<<< 550 <mikeneko@example.com>... User unknown\n"
    "550 mikeneko@example.com... User unknown\n"
    "\n"
    "   ----- Unsent message follows -----\n"
    "From: sender@example.jp\n";

const char qmail[] =
    "From: MAILER-DAEMON@mail.example.jp\n"
    "To: sender@example.jp\n"
    "Subject: failure notice\n"
    "\n"
    "Hi. This is the qmail-send program at mail.example.jp.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n"
    "\n"
    "<mikeneko@example.co.jp>:\n"
    "192.0.2.4 does not like recipient.\n"
    "Remote host said: 550 5.1.1 <mikeneko@example.co.jp>... User Unknown\n"
    "Giving up on 192.0.2.4.\n"
    "\n"
    "<kuroneko@example.co.jp>:\n"
    "The users mailfolder is over the allowed quota (size). (#5.2.2)\n"
    "\n"
    "--- Below this line is a copy of the message.\n"
    "\n"
    "From: sender@example.jp\n";

const char exchange2003[] =
    "From: System Administrator <postmaster@example.co.jp>\n"
    "To: sender@example.org\n"
    "Subject: Undeliverable: test\n"
    "X-MS-Embedded-Report: \n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "Your message did not reach some or all of the intended recipients.\n"
    "\n"
    "      Subject:\ttest\n"
    "      Sent:\t4/9/2026 10:00 AM\n"
    "\n"
    "The following recipient(s) cannot be reached:\n"
    "\n"
    "      kijitora@example.co.jp on 4/9/2026 10:00 AM\n"
    "            The recipient name is not recognized\n"
    "\tThe MTS-ID of the original message is: c=jp;a= ;p=example;l=EXCHANGE0604090100ABCDEF\n"
    "            MSEXCH:IMS:Example:EXAMPLE:EXCHANGE 0 (000C05A6) Unknown Recipient\n";

const char domino[] =
    "From: Mail Router <postmaster@example.jp>\n"
    "Subject: DELIVERY FAILURE: User kijitora (kijitora@example.jp) not listed in Domino Directory\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "Your message\n"
    "\n"
    "  Subject: test\n"
    "\n"
    "was not delivered to:\n"
    "\n"
    "  kijitora@example.jp\n"
    "\n"
    "because:\n"
    "\n"
    "  User kijitora (kijitora@example.jp) not listed in Domino Directory\n";

const char gmail[] =
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    "To: sender@gmail.com\n"
    "Subject: Delivery Status Notification (Failure)\n"
    "Content-Type: text/plain; charset=ISO-8859-1\n"
    "\n"
    "Delivery to the following recipient failed permanently:\n"
    "\n"
    "     nekochan@example.org\n"
    "\n"
    "Technical details of permanent failure:\n"
    "Google tried to deliver your message, but it was rejected by the server for the recipient\n"
    "domain example.org by mx.example.org. [192.0.2.9].\n"
    "\n"
    "The error that the other server returned was:\n"
    "550 5.2.2 <nekochan@example.org>... Mailbox Full\n"
    "\n"
    "----- Original message -----\n"
    "\n"
    "From: sender@gmail.com\n";

const char kddiFull[] =
    "From: postmaster@ezweb.ne.jp\n"
    "To: sender@example.jp\n"
    "Subject: Mail System Error - Returned Mail\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "Your mail sent on: Thu, 9 Apr 2026 10:00:00 +0900\n"
    "   Could not be delivered to: <usagi@ezweb.ne.jp>\n"
    "   As their mailbox is full.\n";

const char kddiFilter[] =
    "From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "\n"
    "This is the mail system at host mx.example.jp.\n"
    "\n"
    "<usagi@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.50] said: 550 : User\n"
    "    unknown (in reply to end of DATA command)\n";

const char delayed[] =
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
    "Subject: Delayed Mail (still being retried)\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"XX\"\n"
    "\n"
    "--XX\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is the mail system at host mx.example.org.\n"
    "\n"
    "####################################################################\n"
    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
    "####################################################################\n"
    "\n"
    "<late@example.net>: connect to mx.example.net[192.0.2.60]:25: Connection timed out\n"
    "\n"
    "--XX\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "\n"
    "Final-Recipient: rfc822; late@example.net\n"
    "Action: delayed\n"
    "Status: 4.4.1\n"
    "Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.60]:25: Connection\n"
    "    timed out\n"
    "\n"
    "--XX--\n";

const char arfTwoRecipients[] =
    "From: feedbackloop@fbl.example.com\n"
    "Subject: Abuse Report\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=feedback-report; boundary=\"F\"\n"
    "\n"
    "--F\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is an email abuse report for a message received from IP 192.0.2.1.\n"
    "\n"
    "--F\n"
    "Content-Type: message/feedback-report\n"
    "\n"
    "Feedback-Type: abuse\n"
    "User-Agent: ExampleFBL/1.0\n"
    "Version: 1\n"
    "Source-IP: 192.0.2.1\n"
    "Original-Rcpt-To: kijitora@example.com\n"
    "Original-Rcpt-To: sabatora@example.net\n"
    "\n"
    "--F\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: sender@example.jp\n"
    "To: kijitora@example.com\n"
    "Subject: offer\n"
    "\n"
    "hello\n"
    "--F--\n";

//! A DMARC failure report that returns the original's header fields only and names no
//! Original-Rcpt-To: the complaint is about the message to the original's To.
const char authFailureHeadersOnly[] =
    "From: <abuse@fbl.example.com>\n"
    "Subject: DMARC failure report\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=\"feedback-report\"; boundary=\"F\"\n"
    "\n"
    "--F\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is a spf/dkim authentication-failure report for a message received from IP 192.0.2.45.\n"
    "--F\n"
    "Content-Type: message/feedback-report\n"
    "\n"
    "Feedback-Type: auth-failure\n"
    "Version: 1\n"
    "Original-Mail-From: <sender@example.jp>\n"
    "Reported-Domain: example.jp\n"
    "--F\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "Delivered-To: list@lists.example.org\n"
    "From: <sender@example.jp>\n"
    "To: <members@example.org>\n"
    "Subject: minutes\n"
    "--F--\n";

const char dsnWithoutBlankLines[] =
    "From: Postmaster <postmaster@example.com>\n"
    "Subject: Undeliverable: hello\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"D\"\n"
    "\n"
    "--D\n"
    "Content-Type: text/plain\n"
    "\n"
    "Your message could not be delivered.\n"
    "--D\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.com\n"
    "\n"
    "Final-Recipient: rfc822; full@example.jp\n"
    "Action: failed\n"
    "Status: 5.2.2\n"
    "Diagnostic-Code: smtp; 550 5.2.2 <full@example.jp>... Mailbox Full\n"
    "Final-Recipient: rfc822; gone@example.jp\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <gone@example.jp>... User Unknown\n"
    "--D--\n";

const char zohoDelay[] =
    "From: mailer-daemon@mail.zoho.com\n"
    "Subject: Mail Delivery Status Notification (Delay)\n"
    "\n"
    "This message was created automatically by mail delivery system.\n"
    "THIS IS A WARNING MESSAGE ONLY.\n"
    "\n"
    "----- The following addresses had fatal errors -----\n"
    "[Status: Error, Address: <late@example.co.jp>, ResponseCode 421, , Host not reachable.]\n"
    "Message will be retried for 4 more day(s)\n";

const char v5Deferred[] =
    "From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>\n"
    "Subject: Returned mail: Cannot send message for 4 days\n"
    "\n"
    "   ----- Transcript of session follows -----\n"
    "421 example.com (smtp)... Deferred: Connection timed out during user open with example.com\n"
    "\n"
    "   ----- Unsent message follows -----\n"
    "From: sender@example.co.jp\n"
    "To: kijitora@example.com\n"
    "Subject: hello\n";

const char outOfOffice[] =
    "From: Kuroneko <kuroneko@example.com>\n"
    "Subject: Out of Office: hello\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "I am out of the office until Monday and will answer your mail then.\n";

const char closedInbox[] =
    "From: <noreply@example.com>\n"
    "Subject: AutoResponse: hello\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "This email inbox kijitora@example.com is no longer in use. Please contact someone else at Example.\n";

//! Exim's autoreply transport refusing an address, sent from the null sender: the text names it.
const char nullSenderRefusal[] =
    "From: <>\n"
    "To: sender@example.org\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "You sent mail to kijitora@example.net. That's not a valid user here.\n";

//! Apple Mail's unsubscribe button: a message to the list's opt-out address.
const char appleUnsubscribe[] =
    "From: nyaan@icloud.example.com\n"
    "To: opt-out-100731@example.org\n"
    "Subject: unsubscribe\n"
    "Auto-Submitted: auto-replied\n"
    "X-Apple-Unsubscribe: true\n"
    "\n"
    "Apple Mail sent this email to unsubscribe from the message \"Spring sale\".\n";

const char sendmailLocalMailer[] =
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>\n"
    "Subject: Returned mail: see transcript for details\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"S\"\n"
    "\n"
    "--S\n"
    "Content-Type: text/plain\n"
    "\n"
    "   ----- The following addresses had permanent fatal errors -----\n"
    "\"|/home/kijitora/mail/catch.pl\"\n"
    "    (reason: 255)\n"
    "    (expanded from: <kijitora@example.jp>)\n"
    "\n"
    "   ----- Transcript of session follows -----\n"
    "DBI connect failed: FATAL:  sorry, too many clients already\n"
    "554 5.3.0 unknown mailer error 255\n"
    "--S\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.jp\n"
    "\n"
    "Final-Recipient: RFC822; kijitora@example.jp\n"
    "X-Actual-Recipient: X-Unix; |/home/kijitora/mail/catch.pl\n"
    "Action: failed\n"
    "Status: 5.0.0\n"
    "Diagnostic-Code : X-Unix; 255\n"
    "--S--\n";

const char forwardedBounce[] =
    "From: Help Desk <helpdesk@example.co.jp>\n"
    "Subject: Returned mail: User unknown\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"OUTER\"\n"
    "\n"
    "--OUTER\n"
    "Content-Type: text/plain\n"
    "\n"
    "The original message was received at Thu, 15 Oct 2015 15:22:22 +0900\n"
    "--OUTER\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.co.jp>\n"
    "Subject: Returned mail: User unknown\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"INNER\"\n"
    "\n"
    "--INNER\n"
    "Content-Type: text/plain\n"
    "\n"
    "   ----- The following addresses had permanent delivery errors -----\n"
    "kijitora@neko.example.org\n"
    "--INNER\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.co.jp\n"
    "\n"
    "Final-Recipient: RFC822; kijitora@neko.example.org\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    "--INNER--\n"
    "--OUTER--\n";

const char snsEnvelope[] =
    "From: SES <no-reply@sns.amazonaws.com>\n"
    "Subject: AWS Notification Message\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "\n"
    "{\n"
    "  \"Type\" : \"Notification\",\n"
    "  \"Message\" : \"{\\\"notificationType\\\":\\\"Bounce\\\",\\\"bounce\\\":{\\\"bounceType\\\":\\\"Permanent\\\","
    "\\\"bouncedRecipients\\\":[{\\\"emailAddress\\\":\\\"gone@example.org\\\",\\\"action\\\":\\\"failed\\\","
    "\\\"status\\\":\\\"5.1.1\\\",\\\"diagnosticCode\\\":\\\"smtp; 550 5.1.1 user unknown\\\"}]}}\",\n"
    "  \"Timestamp\" : \"2016-10-21T06:58:02.294Z\"\n"
    "}\n";

const char detailsList[] =
    "From: post_master@mms.example.com\n"
    "Subject: Re:hello\n"
    "\n"
    "Error: Invalid user address\n"
    "\n"
    "Error message below:\n"
    "550 - Requested action not taken: no such user here\n"
    "\n"
    "Message details:\n"
    "  Subject: hello\n"
    "  MAIL FROM: sender@example.com\n"
    "  RCPT TO: 5551234567@mms.example.com\n"
    "  From: sender@example.com\n"
    "  Size (in bytes): 39\n";

const char reportWithoutDetails[] =
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"P\"\n"
    "\n"
    "--P\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is the mail system at host mx.example.net.\n"
    "\n"
    "\t--- Delivery report unavailable ---\n"
    "--P\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.net\n"
    "X-Postfix-Queue-ID: B1C79423C925\n"
    "--P\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: <sender@example.fr>\n"
    "To: someone@example.org\n"
    "Subject: news\n"
    "\n"
    "hello\n"
    "--P--\n";

const char fmlNotMember[] =
    "From: neko-admin@example.org\n"
    "To: sironeko@example.net\n"
    "Subject: You sironeko@example.net are not member (neko ML)\n"
    "X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\n"
    "\n"
    "You are not a member of this mailing list <neko@example.org>.\n"
    "\n"
    "If you know the general guide of this list, please send mail with the body\n"
    "\n"
    "\tguide\n";

const char mmsError[] =
    "From: MMSC NDR Administrator <sysadmin@mmsc.example.com>\n"
    "Subject: Undeliverable Message\n"
    "\n"
    "Message could not be delivered to mobile.\n"
    "Error: No valid recipients for this MM\n"
    "\n"
    "Original Message:\n"
    "From: Sender <sender@example.jp>\n"
    "To: 5551234567@mms.example.com\n"
    "Subject: test\n";

const char notABounce[] =
    "From: Alice <alice@example.org>\n"
    "To: bob@example.net\n"
    "Subject: Lunch on Friday?\n"
    "\n"
    "Hi Bob, shall we meet at noon? Write to carol@example.com if you cannot.\n";

//! A Postfix report (text, then delivery status) for one recipient: \a entry is the text's
//! account of it, \a diagnostic the Diagnostic-Code that Postfix labels X-Postfix.
QByteArray postfixReport(const QByteArray &recipient, const QByteArray &entry, const QByteArray &diagnostic)
{
    return "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
           "To: sender@example.org\n"
           "Subject: Undelivered Mail Returned to Sender\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B.1/mx.example.org\"\n\n"
           "--B.1/mx.example.org\nContent-Description: Notification\nContent-Type: text/plain\n\n"
           "This is the Postfix program at host mx.example.org.\n\n"
           "<" + recipient + ">: " + entry + "\n\n"
           "--B.1/mx.example.org\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mx.example.org\n\n"
           "Final-Recipient: rfc822; " + recipient + "\nAction: failed\nStatus: 5.0.0\n"
           "Diagnostic-Code: X-Postfix; " + diagnostic + "\n\n"
           "--B.1/mx.example.org--\n";
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("index"); // which bounced recipient of the message
        QTest::addColumn<int>("count"); // how many the message names
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("status"); // empty where the report writes none: never a guess
        QTest::addColumn<QString>("replyCode");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("temporary");

        QTest::newRow("postfix dsn") << QByteArray(postfixDsn) << 0 << 1 << "nobody@example.net" << "5.1.1" << "550"
                                     << "RCPT" << "userunknown" << false;
        QTest::newRow("postfix text, full at data") << QByteArray(postfixText) << 0 << 2 << "full@example.net" << "5.2.2"
                                                    << "552" << "DATA" << "mailboxfull" << false;
        QTest::newRow("postfix text, dnsbl at rcpt") << QByteArray(postfixText) << 1 << 2 << "spam@example.com" << "5.7.1"
                                                     << "554" << "RCPT" << "blocked" << false;
        QTest::newRow("exim rcpt") << QByteArray(exim) << 0 << 1 << "kijitora@example.com" << "5.1.1" << "550" << "RCPT"
                                   << "userunknown" << false;
        QTest::newRow("exim connection") << QByteArray(eximConnection) << 0 << 1 << "shironeko@example.jp" << "5.7.1"
                                         << "554" << "CONN" << "blocked" << false;
        // 5.1.1 says userunknown whatever the command (Sisimai reads it so); the command is the transcript's.
        QTest::newRow("sendmail, user unknown after data") << QByteArray(sendmail) << 0 << 1 << "neko@example.net" << "5.1.1"
                                                           << "550" << "DATA" << "userunknown" << false;
        QTest::newRow("sendmail v5 transcript") << QByteArray(sendmailV5) << 0 << 1 << "mikeneko@example.com" << ""
                                                << "550" << "RCPT" << "userunknown" << false;
        QTest::newRow("qmail rcpt") << QByteArray(qmail) << 0 << 2 << "mikeneko@example.co.jp" << "5.1.1" << "550"
                                    << "RCPT" << "userunknown" << false;
        QTest::newRow("qmail quota") << QByteArray(qmail) << 1 << 2 << "kuroneko@example.co.jp" << "5.2.2" << ""
                                     << "" << "mailboxfull" << false;
        QTest::newRow("exchange 2003") << QByteArray(exchange2003) << 0 << 1 << "kijitora@example.co.jp" << "" << ""
                                       << "" << "userunknown" << false;
        QTest::newRow("domino") << QByteArray(domino) << 0 << 1 << "kijitora@example.jp" << "" << "" << ""
                                << "userunknown" << false;
        QTest::newRow("gmail") << QByteArray(gmail) << 0 << 1 << "nekochan@example.org" << "5.2.2" << "550" << ""
                               << "mailboxfull" << false;
        QTest::newRow("kddi mailbox full") << QByteArray(kddiFull) << 0 << 1 << "usagi@ezweb.ne.jp" << "" << "" << ""
                                           << "mailboxfull" << false;
        QTest::newRow("kddi domain filter") << QByteArray(kddiFilter) << 0 << 1 << "usagi@ezweb.ne.jp" << "" << "550"
                                            << "DATA" << "filtered" << false;
        QTest::newRow("arf, first of two") << QByteArray(arfTwoRecipients) << 0 << 2 << "kijitora@example.com" << "" << ""
                                           << "" << "feedback" << false;
        QTest::newRow("auth-failure report, the original's header fields only")
            << QByteArray(authFailureHeadersOnly) << 0 << 1 << "members@example.org" << "" << "" << "" << "feedback" << false;
        QTest::newRow("arf, second of two") << QByteArray(arfTwoRecipients) << 1 << 2 << "sabatora@example.net" << "" << ""
                                            << "" << "feedback" << false;
        QTest::newRow("dsn blocks without blank lines, 1") << QByteArray(dsnWithoutBlankLines) << 0 << 2 << "full@example.jp"
                                                          << "5.2.2" << "550" << "" << "mailboxfull" << false;
        QTest::newRow("dsn blocks without blank lines, 2") << QByteArray(dsnWithoutBlankLines) << 1 << 2 << "gone@example.jp"
                                                          << "5.1.1" << "550" << "" << "userunknown" << false;
        QTest::newRow("zoho bracketed line") << QByteArray(zohoDelay) << 0 << 1 << "late@example.co.jp" << "" << "421" << ""
                                             << "expired" << true;
        QTest::newRow("recipient from the unsent original") << QByteArray(v5Deferred) << 0 << 1 << "kijitora@example.com"
                                                            << "" << "421" << "" << "expired" << true;
        QTest::newRow("out of office") << QByteArray(outOfOffice) << 0 << 1 << "kuroneko@example.com" << "" << "" << ""
                                       << "vacation" << false;
        // "not a valid user" at no known command: a filter's answer, as Sisimai reads it
        QTest::newRow("auto-reply from the null sender refusing the address") << QByteArray(nullSenderRefusal) << 0 << 1
                                                                               << "kijitora@example.net" << "" << "" << ""
                                                                               << "filtered" << false;
        QTest::newRow("unsubscribe button") << QByteArray(appleUnsubscribe) << 0 << 1 << "nyaan@icloud.example.com" << ""
                                            << "" << "" << "feedback" << false;
        QTest::newRow("auto-reply from a closed inbox") << QByteArray(closedInbox) << 0 << 1 << "noreply@example.com" << ""
                                                        << "" << "" << "suspend" << false;
        QTest::newRow("sendmail local mailer, reply from the transcript")
            << QByteArray(sendmailLocalMailer) << 0 << 1 << "kijitora@example.jp" << "5.3.0" << "554" << "" << "mailererror" << false;
        QTest::newRow("bounce forwarded as an attachment") << QByteArray(forwardedBounce) << 0 << 1 << "kijitora@neko.example.org"
                                                           << "5.1.1" << "550" << "" << "userunknown" << false;
        QTest::newRow("amazon ses inside the sns envelope") << QByteArray(snsEnvelope) << 0 << 1 << "gone@example.org"
                                                            << "5.1.1" << "550" << "" << "userunknown" << false;
        // "no such user" without the command it answered: a filter's answer, as Sisimai reads it
        QTest::newRow("recipient in the message's details") << QByteArray(detailsList) << 0 << 1
                                                            << "5551234567@mms.example.com" << "" << "550" << ""
                                                            << "filtered" << false;
        QTest::newRow("report without details") << QByteArray(reportWithoutDetails) << 0 << 1 << "someone@example.org" << ""
                                                << "" << "" << "undefined" << false;
        QTest::newRow("fml, not a member") << QByteArray(fmlNotMember) << 0 << 1 << "neko@example.org" << "" << "" << ""
                                           << "rejected" << false;
        // "No valid recipients for this MM": the MMS gateway's word for a number it does not serve
        QTest::newRow("error line naming no address") << QByteArray(mmsError) << 0 << 1 << "5551234567@mms.example.com"
                                                      << "" << "" << "" << "userunknown" << false;
        // Postfix labels the remote server's reply X-Postfix too; read as a reply, as Sisimai does,
        // not left "onhold" as a local mailer's words would be.
        QTest::newRow("postfix, 5.0.0: too big at mail from")
            << postfixReport("kijitora@example.net", "host 192.0.2.18[192.0.2.18] said: 534\n    SIZE=Message too big. (in reply to MAIL FROM command)",
                             "host 192.0.2.18[192.0.2.18] said: 534 SIZE=Message too big. (in reply to MAIL FROM command)")
            << 0 << 1 << "kijitora@example.net" << "5.0.0" << "534" << "MAIL" << "emailtoolarge" << false;
        QTest::newRow("postfix, 5.0.0: no such host")
            << postfixReport("kijitora@dest.example.net", "[dest.example.net]: Name or service not known",
                             "[dest.example.net]: Name or service not known")
            << 0 << 1 << "kijitora@dest.example.net" << "5.0.0" << "" << "" << "hostunknown" << false;
        QTest::newRow("smtp32: rcpt to generated following response")
            << QByteArray("From: postmaster@mx.example.net\nTo: sender@example.org\nSubject: Undeliverable Mail\n\n"
                          "Unknown user: kijitora@example.net\n\nRCPT TO generated following response:\n"
                          "553 5.3.0 <kijitora@example.net>... Addressee unknown, relay=[192.0.2.10]\n\n"
                          "Original message follows.\n")
            << 0 << 1 << "kijitora@example.net" << "5.3.0" << "553" << "RCPT" << "userunknown" << false;
        QTest::newRow("delay warning") << QByteArray(delayed) << 0 << 1 << "late@example.net" << "4.4.1" << "" << ""
                                       << "expired" << true;
    }

    void decodes()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, index);
        QFETCH(int, count);
        QFETCH(QString, recipient);
        QFETCH(QString, status);
        QFETCH(QString, replyCode);
        QFETCH(QString, command);
        QFETCH(QString, reason);
        QFETCH(bool, temporary);

        const ReadResult read = readData(message, QStringLiteral("ndr.eml"));
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.messages.size(), 1);
        const QList<Bounce> bounces = decode(read.messages.first());
        QCOMPARE(bounces.size(), count);
        const Bounce &b = bounces.at(index);
        QCOMPARE(b.recipient, recipient);
        QCOMPARE(b.status, status);
        QCOMPARE(b.replyCode, replyCode);
        QCOMPARE(b.smtpCommand, command);
        QCOMPARE(b.reason, reason);
        QCOMPARE(b.temporary, temporary);
        QCOMPARE(b.file, QStringLiteral("ndr.eml"));
    }

    void codesInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("replyCode");
        QTest::newRow("postfix") << "host mx.example.net[192.0.2.25] said: 550 5.1.1 <a@example.net>: User unknown"
                                 << "5.1.1" << "550";
        QTest::newRow("the server's code quoted after the reporter's")
            << "5.1.0 - Unknown address error 550-'5.2.2 <a@example.jp>... Mailbox Full' (delivery attempts: 0)"
            << "5.2.2" << "550";
        QTest::newRow("expiry quoting the last reply")
            << "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"
            << "4.4.2" << "421";
        QTest::newRow("multi-line reply") << "550-5.7.26 Unauthenticated email from example.jp is not accepted"
                                          << "5.7.26" << "550";
        QTest::newRow("code with a colon") << "550: 5.1.1 <a@example.jp>... User Unknown" << "5.1.1" << "550";
        QTest::newRow("greeting before the refusal")
            << "220-mx.example.fr 421 4.2.1 Service refused, please try later" << "4.2.1" << "421";
        QTest::newRow("transcript: the failure, not the acceptances")
            << "Out: 250 2.1.0 Ok In: RCPT TO:<a@example.net> Out: 250 2.1.5 Ok In: DATA Out: 451 4.3.0 Error: queue file write error"
            << "4.3.0" << "451";
        QTest::newRow("ip address is no status") << "Client host [10.5.1.1] rejected" << "" << "";
        // Issue 19, class 4: a code outside the standard's list, given once, is the reply's
        QTest::newRow("qmail: 511 given once") << "Remote host said: 511 sorry, no mailbox here by that name (#5.1.1)"
                                              << "5.1.1" << "511";
        QTest::newRow("qmail-style: 522 mailbox full") << "Remote host said: 522 mailbox full" << "" << "522";
        QTest::newRow("two unlisted codes: none is sure") << "511 sorry\n522 mailbox full" << "" << "";
    }

    void codesInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(QString, replyCode);
        Bounce b;
        b.diagnostic = text;
        completeFromDiagnostic(b);
        QCOMPARE(b.status, status);
        QCOMPARE(b.replyCode, replyCode);
    }

    //! Issue 19: notices read by what they say, not by the words they share with bounces.
    void notices_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("recipient"); // empty: no result
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("temporary");
        // class 5: not bounces, though they name an address and say "not delivered"
        QTest::newRow("challenge-response request")
            << QByteArray("From: \"Kim Lee\" <kim@example.net>\nTo: sender@example.org\n"
                          "Subject: Re: Quote [Please verify your message]\n\n"
                          "Your message was not delivered to kim@example.net yet.\n\nI use a challenge-response system. "
                          "Please confirm that you are a human by clicking the link below.\n")
            << "" << "" << false;
        QTest::newRow("encrypted-mail notice")
            << QByteArray("From: \"Mail Administrator\" <secure@bank.example.com>\nTo: sender@example.org\n"
                          "Subject: Secure message notification\n\naccounts@bank.example.com has sent you an encrypted "
                          "message.\nThe message could not be delivered to your mailbox in plain text.\n")
            << "" << "" << false;
        QTest::newRow("whitelist request from a daemon")
            << QByteArray("From: mailer-daemon@verify.example.net\nTo: sender@example.org\nSubject: Whitelist request\n\n"
                          "Your message to lee@example.net has not been delivered yet: confirm you are human at "
                          "https://verify.example.net/w/1 .\n")
            << "" << "" << false;
        // class 9: returned after retrying is final, whatever the last reply's class
        QTest::newRow("exim: retry timeout exceeded after a 4xx")
            << QByteArray("This message was created automatically by mail delivery software.\n\n"
                          "A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
                          "permanent error. The following address(es) failed:\n\n  orders@example.net\n"
                          "    retry timeout exceeded\n    SMTP error from remote mail server after RCPT TO:<orders@example.net>:\n"
                          "    451 4.3.0 Temporary lookup failure\n")
            << "orders@example.net" << "expired" << false;
        QTest::newRow("gmail: delivery incomplete, still trying")
            << QByteArray("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
                          "tanaka@example.net. Gmail will retry for 45 more hours.\n\nThe response was:\n\n"
                          "The recipient server did not accept our requests to connect.\n")
            << "tanaka@example.net" << "expired" << true;
        // class 10: Japanese notices
        QTest::newRow("microsoft 365, japanese")
            << QByteArray("\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x82\x92\xe9\x85\x8d"
                          "\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81"
                          "\x97\xe3\x81\x9f\n\nhanako@example.co.jp \xe5\xae\x9b\xe3\x81\xa6\xe3\x81\xae\xe3\x83\xa1\xe3"
                          "\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x82\x92\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81\xa7"
                          "\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f\xe3\x80"
                          "\x82\n\n\xe7\x84\xa1\xe5\x8a\xb9\xe3\x81\xaa\xe5\x8f\x97\xe4\xbf\xa1\xe8\x80\x85\n")
            << "hanako@example.co.jp" << "userunknown" << false;
    }

    void notices()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, recipient);
        QFETCH(QString, reason);
        QFETCH(bool, temporary);
        const ReadResult read = readData(message, QStringLiteral("notice.txt"));
        QCOMPARE(read.messages.size(), 1);
        const QList<Bounce> bounces = decode(read.messages.first());
        if (recipient.isEmpty()) {
            QVERIFY(bounces.isEmpty());
            return;
        }
        QCOMPARE(bounces.size(), 1);
        QCOMPARE(bounces.first().recipient, recipient);
        QCOMPARE(bounces.first().reason, reason);
        QCOMPARE(bounces.first().temporary, temporary);
    }

    void ordinaryMailIsNoBounce()
    {
        const ReadResult read = readData(QByteArray(notABounce), QStringLiteral("mail.eml"));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY(decode(read.messages.first()).isEmpty());
    }

    void remoteAndReportingMta()
    {
        const ReadResult read = readData(QByteArray(postfixDsn), QStringLiteral("ndr.eml"));
        const QList<Bounce> bounces = decode(read.messages.first());
        QCOMPARE(bounces.size(), 1);
        QCOMPARE(bounces.first().remoteMta, QStringLiteral("mx.example.net"));
        QCOMPARE(bounces.first().reportingMta, QStringLiteral("mx.example.org"));
        QCOMPARE(bounces.first().diagnosticType, QStringLiteral("SMTP"));
        QVERIFY(bounces.first().diagnostic.contains(QLatin1String("User unknown in virtual mailbox table")));
    }

    //! The line shapes that hold nothing fixed but the address, behind their cheap checks.
    void plainTextRecipientLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("rest");
        QTest::newRow("alone, indented") << "        user@example.jp" << "user@example.jp" << "";
        QTest::newRow("quoted, colon") << " \"User@Example.jp\": no such user" << "user@example.jp" << "no such user";
        QTest::newRow("nine blanks") << "         user@example.jp" << "" << "";
        QTest::newRow("tab and vertical tab") << "\t\v<user@example.jp> (expanded)" << "user@example.jp" << "(expanded)";
        QTest::newRow("then words") << "user@example.jp Invalid Address" << "user@example.jp" << "Invalid Address";
        QTest::newRow("reason first") << "Mailbox full :  <user@example.jp>  " << "user@example.jp" << "Mailbox full";
        QTest::newRow("reason first, no brackets") << "quota exceeded: user@example.jp" << "user@example.jp" << "quota exceeded";
        QTest::newRow("the sender is none") << "From: user@example.jp" << "" << "";
        QTest::newRow("more after the address") << "quota exceeded: user@example.jp, again" << "" << "";
        QTest::newRow("no colon") << "quota exceeded user@example.jp" << "" << "";
    }

    void plainTextRecipientLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, recipient);
        QFETCH(QString, rest);
        const QList<ExtractedRecipient> found = plainTextRecipients(line + QStringLiteral("\n"));
        QCOMPARE(found.isEmpty() ? QString() : found.first().bounce.recipient, recipient);
        if (!recipient.isEmpty())
            QCOMPARE(found.first().bounce.diagnostic, rest);
    }

    //! The inline copy of the original starts at the first line that introduces it; each row is
    //! also checked against the expression the hand-written reading replaced.
    void withoutReturnedOriginal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kept"); // the length kept, -1 for the whole text
        const QString head = QStringLiteral("550 5.1.1 user unknown\n");
        const int h = int(head.size());
        QTest::newRow("none") << head + "The message follows.\n" << -1;
        QTest::newRow("dashed phrase") << head + "  --  Below this line is a copy of the message.\nx" << h;
        QTest::newRow("tab before the phrase") << head + "\t---\tOriginal Message\n" << h;
        QTest::newRow("one dash is no rule") << head + "- Original message\n" << -1;
        QTest::newRow("five dashes, returned mail") << head + "----- Returned mail follows\n" << h;
        QTest::newRow("four dashes, returned mail") << head + "---- Returned mail follows\n" << -1;
        QTest::newRow("two spaces after five dashes") << head + "-----  Returned mail\n" << -1;
        QTest::newRow("returned message after two dashes") << head + "-- Returned message --\n" << h;
        QTest::newRow("following is the original") << head + "  ------The following is the original\n" << h;
        QTest::newRow("content type") << head + "CONTENT-TYPE: message/RFC822\n" << h;
        QTest::newRow("indented content type") << head + " Content-Type: message/rfc822\n" << -1;
        QTest::newRow("headers follow") << head + "- Message headers follow\n" << h;
        QTest::newRow("indented headers follow") << head + " -Message headers follow\n" << -1;
        QTest::newRow("follows, then the line ends") << head + "Original message follows.\nx" << h;
        QTest::newRow("follows at the end") << head + "original message follows" << h;
        QTest::newRow("follows, more on the line") << head + "Original message follows:\n" << -1;
        QTest::newRow("follows before a carriage return") << head + "Original message follows\r\n" << -1;
        QTest::newRow("message colon ends the line") << head + "Original Message:\n" << h;
        QTest::newRow("message colon, more") << head + "Original Message: x\n" << -1;
        QTest::newRow("was") << head + "The original message was:\n" << h;
        QTest::newRow("below is a copy") << head + "Below is a copy of the original message\n" << h;
        QTest::newRow("headers of") << head + "headers of the original message\n" << h;
        QTest::newRow("the first of two") << head + "x\n--- Original message\n--- Forwarded message\n" << h + 2;
        QTest::newRow("at the start") << "---- Forwarded message ----\n" + head << 0;
        QTest::newRow("mid-line is no marker") << head + "see -- original message\n" << -1;
        QTest::newRow("kelvin and long s") << head + u"-- Unsent me\u017F\u017Fage below\n"_qs << h;
        QTest::newRow("other letters outside ascii") << head + u"-- Orıginal message\n"_qs << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void withoutReturnedOriginal()
    {
        QFETCH(QString, text);
        QFETCH(int, kept);
        const QString expected = kept < 0 ? text : text.left(kept);
        QCOMPARE(bn::withoutReturnedOriginal(text), expected);
        static const QRegularExpression marker(QStringLiteral(
            "^(?:[ \\t]*-{2,}[ \\t]*(?:Below this line is a copy of the message|This is a copy of the message|"
            "Original message|Original Message|Returned message|The original message|Unsent message below|"
            "Message text follows|The header of the original message|Undelivered message|Start of returned message|"
            "Text of the message follows|Unsent message follows|Begin Original message|original message follows|Forwarded message)"
            "|Content-Type: message/rfc822|Content-Type: text/rfc822-headers"
            "|[ \\t]*-{5,} ?(?:Original message|original message|Returned mail|The following is the original)"
            "|Original message follows\\.?$|The original message was:|Below is a copy of the original message"
            "|-+ ?Message headers follow|Headers of the original message|------ original message ------|Original Message:$)"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = marker.match(text);
        QCOMPARE(expected, m.hasMatch() ? text.left(m.capturedStart()) : text);
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "test_formats.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decoder.h"
#include "guide/diagnosis.h"
#include "guide/report.h"
#include "guide/templates.h"
#include "input/reader.h"
#include "reputation/catalog.h"
#include "support/test_paths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace bn;

Q_DECLARE_METATYPE(SendingVia)

namespace {

Bounce decodeOne(const QString &file)
{
    const ReadResult r = readPath(test::dataFile(file));
    if (r.messages.isEmpty())
        return {};
    const QList<Bounce> b = decode(r.messages.first());
    return b.isEmpty() ? Bounce() : b.first();
}

QStringList stepIds(const Diagnosis &d)
{
    QStringList ids;
    for (const GuideStep &s : d.steps)
        ids << s.id;
    return ids;
}

Bounce listed(const QString &op, const QString &list, bool temporary = false)
{
    Bounce b;
    b.recipient = QStringLiteral("tanaka@example.jp");
    b.operatorId = op;
    b.list = list;
    b.listedIp = QStringLiteral("203.0.113.7");
    b.temporary = temporary;
    b.reason = QStringLiteral("blocked");
    b.status = temporary ? QStringLiteral("4.7.1") : QStringLiteral("5.7.1");
    b.diagnostic = QStringLiteral("550 5.7.1 refused");
    b.remoteMta = QStringLiteral("mx.example.jp");
    b.date = QStringLiteral("Mon, 9 Nov 2026 13:05:21 +0900");
    const OperatorInfo *info = Catalog::builtin().operatorById(op);
    b.recipientSide = info && (info->recipientSide || info->dead);
    return b;
}

//! The guide for a refusal of \a reason to kijitora@example.jp, sent through a provider.
Diagnosis diagnoseReason(const QString &reason, bool temporary)
{
    Bounce b;
    b.recipient = QStringLiteral("kijitora@example.jp");
    b.reason = reason;
    b.temporary = temporary;
    b.diagnostic = QStringLiteral("550 refused");
    return diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SendingVia>("via");
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("escalation"); // the step that says what to do when waiting is not enough
        QTest::addColumn<QString>("escalationTemplate");
        // Seed 000: 554 ERS-QIL from a UK ISP's server. The list is temporary: wait first, then the ISP
        // (sending via provider) or the removal form (own server).
        QTest::newRow("000 provider") << "guide/seed-000-ers-qil-554.txt" << SendingVia::Provider << "wait" << "escalate-isp" << "isp";
        QTest::newRow("000 own server") << "guide/seed-000-ers-qil-554.txt" << SendingVia::OwnServer << "wait" << "escalate-form" << "list_operator";
        // Seed 004: the 4-hour warning from tmems-jp, 450 ERS-QIL: wait, then the rental-server company.
        QTest::newRow("004 provider") << "guide/seed-004-tmems-jp-450.eml" << SendingVia::Provider << "wait" << "escalate-isp" << "isp";
        QTest::newRow("004 unknown") << "guide/seed-004-tmems-jp-450.eml" << SendingVia::Unknown << "wait" << "escalate-isp" << "isp";
        // Seed 003: RBL+ 550: the ISP when sending via provider, the removal form on one's own server.
        QTest::newRow("003 provider") << "guide/seed-003-rbl-plus.txt" << SendingVia::Provider << "isp" << "isp" << "isp";
        QTest::newRow("003 cloud") << "guide/seed-003-rbl-plus.txt" << SendingVia::Cloud << "isp" << "isp" << "isp";
        QTest::newRow("003 own server") << "guide/seed-003-rbl-plus.txt" << SendingVia::OwnServer << "list_operator" << "form" << "list_operator";
    }
    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(SendingVia, via);
        QFETCH(QString, escalation);
        QFETCH(QString, escalationTemplate);
        const Bounce b = decodeOne(file);
        QCOMPARE(b.operatorId, QStringLiteral("trendmicro"));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            const Diagnosis d = diagnose(b, nullptr, nullptr, via, lang);
            QTEST(partyId(d.party), "party");
            QVERIFY2(stepIds(d).contains(escalation), qPrintable(stepIds(d).join(QLatin1Char(','))));
            bool found = false;
            for (const GuideStep &s : d.steps)
                found = found || (s.id == escalation && s.templateId == escalationTemplate);
            QVERIFY(found);
            QVERIFY(!d.why.isEmpty());
            for (const MessageTemplate &t : d.templates) {
                QVERIFY(!t.body.contains(QLatin1String("{{")));
                QVERIFY(!t.subject.isEmpty());
                QVERIFY(t.body.contains(b.diagnostic.left(40)));
            }
        }
    }

    void operators_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("temporary");
        QTest::addColumn<QString>("provider"); // party when sending through a provider
        QTest::addColumn<QString>("own");      // party on one's own server and IP space
        const char *rows[][5] = {
            // The first party is the one who can remove the cause (the catalog's "cause"): a commercial
            // reputation service judging a provider's IP -> the provider; abuse recorded from one's
            // own IP -> one's own administrator; a range's listing -> the IP's owner; a domain list
            // -> the list, however the mail is sent; domain reputation -> one's own sending practice.
            {"trendmicro", "ERS-QIL", "1", "wait", "wait"},
            {"trendmicro", "ERS-DUL", "0", "isp", "isp"},
            {"trendmicro", "RBL+", "0", "isp", "list_operator"},
            {"spamhaus", "CSS", "0", "isp", "sender_admin"},
            {"spamhaus", "SBL", "0", "isp", "list_operator"},
            {"spamhaus", "XBL", "0", "isp", "sender_admin"},
            {"spamhaus", "PBL", "0", "isp", "isp"},
            {"spamhaus", "ZEN", "0", "isp", "list_operator"},
            {"spamhaus", "DBL", "0", "list_operator", "list_operator"},
            {"barracuda", "BRBL", "0", "list_operator", "list_operator"},
            {"spamcop", "SCBL", "0", "isp", "sender_admin"},
            {"uceprotect", "UCEPROTECT-L1", "0", "isp", "sender_admin"},
            {"uceprotect", "UCEPROTECT-L2", "0", "isp", "isp"},
            {"uceprotect", "UCEPROTECT-L3", "0", "isp", "isp"},
            {"psbl", "PSBL", "0", "isp", "sender_admin"},
            {"mailspike", "MAILSPIKE-BL", "0", "list_operator", "list_operator"},
            {"mailspike", "MAILSPIKE-REP", "0", "list_operator", "list_operator"},
            {"spamrats", "RATS-Dyna", "0", "isp", "isp"},
            {"spamrats", "RATS-NoPtr", "0", "isp", "isp"},
            {"spamrats", "RATS-Spam", "0", "isp", "list_operator"},
            {"sorbs", "SORBS", "0", "recipient_admin", "recipient_admin"},
            {"microsoft-outlook", "S3140", "0", "isp", "list_operator"},
            {"microsoft-outlook", "S3150", "0", "isp", "list_operator"},
            {"microsoft-outlook", "OLC-AUTH", "0", "sender_admin", "sender_admin"},
            {"microsoft-365", "EOP-BANNED", "0", "isp", "list_operator"},
            {"microsoft-365", "EOP-5.7.511", "0", "isp", "list_operator"},
            {"gmail", "GMAIL-DOMAIN", "0", "sender_admin", "sender_admin"},
            {"gmail", "GMAIL-DOMAIN", "1", "sender_admin", "sender_admin"},
            {"gmail", "GMAIL-REPUTATION", "0", "isp", "sender_admin"},
            {"gmail", "GMAIL-REPUTATION", "1", "wait", "wait"},
            {"yahoo", "TSS04", "1", "wait", "wait"},
            {"yahoo", "TSS09", "0", "isp", "list_operator"},
            {"yahoo", "PH01", "0", "isp", "sender_admin"},
            {"proofpoint", "PDR", "0", "isp", "list_operator"},
            {"mimecast", "BLOCKED-SENDERS", "0", "recipient_admin", "recipient_admin"},
            {"abusix", "ABUSIX", "0", "isp", "list_operator"},
            {"cisco-talos", "TALOS", "0", "isp", "list_operator"},
            {"cloudmark", "CSI", "0", "isp", "list_operator"},
            {"hostkarma", "HOSTKARMA", "0", "isp", "list_operator"},
            {"surbl", "SURBL", "0", "list_operator", "list_operator"},
            {"uribl", "URIBL", "0", "list_operator", "list_operator"},
            {"sophos", "SOPHOS-IP", "0", "list_operator", "list_operator"},
            // Email Security.cloud refuses on the recipient's own policy: its administrator allowlists.
            {"broadcom", "ESS-POLICY", "0", "recipient_admin", "recipient_admin"},
        };
        QSet<QString> covered;
        for (const auto &r : rows) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2%3").arg(QLatin1String(r[0]), QLatin1String(r[1]),
                                                                    QLatin1String(r[2][0] == '1' ? " temporary" : ""))))
                << QString::fromLatin1(r[0]) << QString::fromLatin1(r[1]) << (r[2][0] == '1') << QString::fromLatin1(r[3])
                << QString::fromLatin1(r[4]);
            covered << QString::fromLatin1(r[0]) + QLatin1Char('/') + QString::fromLatin1(r[1]);
        }
        // Every list of the catalog has a route in the table above.
        for (const OperatorInfo &op : Catalog::builtin().operators())
            for (const ListInfo &l : op.lists)
                QVERIFY2(covered.contains(op.id + QLatin1Char('/') + l.id), qPrintable(op.id + QLatin1Char('/') + l.id));
    }
    void operators()
    {
        QFETCH(QString, op);
        QFETCH(QString, list);
        QFETCH(bool, temporary);
        QFETCH(QString, provider);
        QFETCH(QString, own);
        QVERIFY(Catalog::builtin().list(op, list));
        const Bounce b = listed(op, list, temporary);
        for (SendingVia via : {SendingVia::Provider, SendingVia::Cloud, SendingVia::OwnServer, SendingVia::Unknown}) {
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
                const Diagnosis d = diagnose(b, nullptr, nullptr, via, lang);
                // Unknown takes the guess, which without evidence is "through a provider".
                QCOMPARE(partyId(d.party), via == SendingVia::OwnServer ? own : provider);
                QVERIFY(d.steps.size() >= 2);
                QVERIFY(!d.why.isEmpty());
                for (const GuideStep &s : d.steps) {
                    QVERIFY(!s.text.isEmpty());
                    QVERIFY(s.url.isEmpty() || s.url.startsWith(QLatin1String("https://")) || s.url.startsWith(QLatin1String("http://"))
                            || s.url.startsWith(QLatin1String("mailto:")));
                }
                for (const MessageTemplate &t : d.templates)
                    QVERIFY(!t.body.contains(QLatin1String("{{")));
            }
        }
    }

    //! A provider named in a refusal that is not about the sending server (an unknown user at
    //! AOL) is routed by the reason, not by the provider's listing policy.
    void providerNamedForAnotherRefusal()
    {
        Bounce b = listed(QStringLiteral("yahoo"), QString());
        b.reason = QStringLiteral("userunknown");
        b.listedIp.clear();
        b.diagnostic = QStringLiteral("550 5.1.1 <bad_user@aol.com>: Recipient address rejected: aol.com");
        const Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QCOMPARE(partyId(d.party), QStringLiteral("recipient"));
        b.reason = QStringLiteral("blocked"); // the provider refusing the sending server: its policy
        QCOMPARE(partyId(diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en")).party),
                 QStringLiteral("isp"));
    }

    //! A temporary list refusing with a final code: nothing retries, the sender resends later.
    void temporaryListWithAFinalCode()
    {
        Bounce b = listed(QStringLiteral("trendmicro"), QStringLiteral("ERS-QIL"));
        Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QCOMPARE(partyId(d.party), QStringLiteral("wait"));
        QVERIFY2(d.why.contains(QLatin1String("was final")) && !d.why.contains(QLatin1String("keeps retrying")), qPrintable(d.why));
        b = listed(QStringLiteral("trendmicro"), QStringLiteral("ERS-QIL"), true);
        d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QVERIFY2(d.why.contains(QLatin1String("keeps retrying")), qPrintable(d.why));
    }

    //! A list of domains judged a domain, not the sending server's IP.
    void domainListNamesADomain()
    {
        Bounce b = listed(QStringLiteral("uribl"), QStringLiteral("URIBL"));
        b.listedIp.clear();
        Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QVERIFY2(d.why.contains(QLatin1String("a domain your message names")) && !d.why.contains(QLatin1String("IP address")),
                 qPrintable(d.why));
        b.listedDomain = QStringLiteral("example.com");
        d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QVERIFY2(d.why.contains(QLatin1String("example.com")), qPrintable(d.why));
    }

    //! A list that records abuse from an IP expires by itself, but only once the abuse stops: on
    //! one's own server the administrator finds the source first, never "wait" alone.
    void abuseFromOwnIpIsFoundBeforeWaiting()
    {
        for (const char *list : {"SCBL", "XBL", "CSS"}) {
            const QString op = QLatin1String(list) == QLatin1String("SCBL") ? QStringLiteral("spamcop") : QStringLiteral("spamhaus");
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
                const Diagnosis d = diagnose(listed(op, QLatin1String(list)), nullptr, nullptr, SendingVia::OwnServer, lang);
                QCOMPARE(partyId(d.party), QStringLiteral("sender_admin"));
                QVERIFY2(stepIds(d).mid(0, 2) == QStringList({QStringLiteral("read"), QStringLiteral("find-source")}),
                         qPrintable(stepIds(d).join(u',')));
                QVERIFY(!stepIds(d).contains(QStringLiteral("wait")));
            }
        }
        const Diagnosis d = diagnose(listed(QStringLiteral("spamcop"), QStringLiteral("SCBL")), nullptr, nullptr,
                                     SendingVia::OwnServer, QStringLiteral("en"));
        QVERIFY2(d.why.contains(QLatin1String("listed again")), qPrintable(d.why));
    }

    //! A domain list (DBL, URIBL, SURBL) names a domain, and its removal is at the list whoever sends.
    void domainListIsCleanedAtTheList()
    {
        Bounce b = listed(QStringLiteral("spamhaus"), QStringLiteral("DBL"));
        b.listedDomain = QStringLiteral("example-news.com");
        for (SendingVia via : {SendingVia::Provider, SendingVia::OwnServer}) {
            const Diagnosis d = diagnose(b, nullptr, nullptr, via, QStringLiteral("en"));
            QCOMPARE(partyId(d.party), QStringLiteral("list_operator"));
            // The domain, never the IP the bounce happened to hold.
            QVERIFY2(d.why.contains(QLatin1String("example-news.com")) && !d.why.contains(QLatin1String("203.0.113.7")), qPrintable(d.why));
            QVERIFY2(d.why.contains(QLatin1String("changing provider")), qPrintable(d.why));
        }
    }

    //! A mailbox provider's reputation of one's domain (Gmail, Outlook.com's 5.7.515) is one's own
    //! sending practice: no list to look up, and the domain is one's own, not one a link names.
    void domainReputationIsOnesOwnSendingPractice()
    {
        for (const char *list : {"GMAIL-DOMAIN", "OLC-AUTH"}) {
            const QString op = QLatin1String(list) == QLatin1String("OLC-AUTH") ? QStringLiteral("microsoft-outlook") : QStringLiteral("gmail");
            Bounce b = listed(op, QLatin1String(list));
            b.listedIp.clear();
            Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
            QCOMPARE(partyId(d.party), QStringLiteral("sender_admin"));
            QVERIFY2(d.why.contains(QLatin1String("your sending domain")) && !d.why.contains(QLatin1String("message names")),
                     qPrintable(d.why));
            QVERIFY2(!stepIds(d).contains(QStringLiteral("lookup")), qPrintable(stepIds(d).join(u',')));
            b.listedDomain = QStringLiteral("example-news.com");
            d = diagnose(b, nullptr, nullptr, SendingVia::OwnServer, QStringLiteral("en"));
            QVERIFY2(d.why.contains(QLatin1String("example-news.com")), qPrintable(d.why));
        }
    }

    //! Japanese carriers answer "unknown user" for the recipient's own reception filter too: the
    //! recipient, who sets the filter on the phone, is the one to ask, never an administrator.
    void carrierRefusalIsTheRecipients_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("step");
        QTest::newRow("docomo unknown user") << "hanako@docomo.ne.jp" << "userunknown" << "recipient" << "carrier-filter";
        QTest::newRow("docomo filtered") << "hanako@docomo.ne.jp" << "filtered" << "recipient" << "carrier-filter";
        QTest::newRow("au filtered") << "kaori_t@ezweb.ne.jp" << "filtered" << "recipient" << "carrier-filter";
        QTest::newRow("softbank rejected") << "yuki@i.softbank.jp" << "rejected" << "recipient" << "carrier-filter";
        QTest::newRow("company filtered") << "kaori@example.co.jp" << "filtered" << "recipient_admin" << "recipient-admin";
        QTest::newRow("look-alike domain") << "kaori@notdocomo.ne.jp" << "filtered" << "recipient_admin" << "recipient-admin";
    }
    void carrierRefusalIsTheRecipients()
    {
        QFETCH(QString, recipient);
        QFETCH(QString, reason);
        QFETCH(QString, party);
        QFETCH(QString, step);
        Bounce b;
        b.recipient = recipient;
        b.reason = reason;
        b.diagnostic = QStringLiteral("550 Unknown user ") + recipient;
        for (SendingVia via : {SendingVia::Provider, SendingVia::OwnServer}) {
            const Diagnosis d = diagnose(b, nullptr, nullptr, via, QStringLiteral("en"));
            QCOMPARE(partyId(d.party), party);
            QVERIFY2(stepIds(d).contains(step), qPrintable(stepIds(d).join(u',')));
        }
    }

    //! Carrier addresses that break the RFC syntax are real; the guide says some senders refuse them.
    void addressBreakingTheSyntaxIsExplained()
    {
        Bounce b;
        b.recipient = QStringLiteral("taro..yamada@docomo.ne.jp");
        b.reason = QStringLiteral("syntaxerror");
        b.diagnostic = QStringLiteral("553 5.1.3 The recipient address <taro..yamada@docomo.ne.jp> is not a valid RFC 5321 address.");
        Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QCOMPARE(partyId(d.party), QStringLiteral("recipient"));
        QVERIFY2(stepIds(d).contains(QStringLiteral("address-syntax")), qPrintable(stepIds(d).join(u',')));
        b.recipient = QStringLiteral("ichiro.@ezweb.ne.jp");
        b.reason = QStringLiteral("userunknown");
        d = diagnose(b, nullptr, nullptr, SendingVia::OwnServer, QStringLiteral("en"));
        QCOMPARE(partyId(d.party), QStringLiteral("recipient"));
        QVERIFY(stepIds(d).contains(QStringLiteral("address-syntax")));
        b.recipient = QStringLiteral("taro.yamada@docomo.ne.jp");
        QVERIFY(!stepIds(diagnose(b, nullptr, nullptr, SendingVia::OwnServer, QStringLiteral("en"))).contains(QStringLiteral("address-syntax")));
    }

    //! A reply sent as continuation lines is quoted as one sentence, and never cut inside a URL.
    void quotedRefusalReadsAsASentence_data()
    {
        QTest::addColumn<QString>("diagnostic");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("gmail") << "550-5.7.1 [203.0.113.7] The IP you're using to send mail is not authorized to 550-5.7.1 send "
                                  "email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider "
                                  "instead. 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError - gsmtp"
                               << "550 5.7.1 [203.0.113.7] The IP you're using to send mail is not authorized to send email "
                                  "directly to our servers. Please use the SMTP relay at your service provider instead. "
                                  "https://support.google.com/mail/?p=NotAuthorizedError - gsmtp";
        QTest::newRow("bare code continuation") << "421-Too many connections 421-from your address, 421 try later"
                                                << "421 Too many connections from your address, try later";
        QTest::newRow("one line") << "550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown"
                                  << "550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown";
        QTest::newRow("a number in the words") << "550 5.7.1 Message rejected, 550 recipients is too many"
                                               << "550 5.7.1 Message rejected, 550 recipients is too many";
    }
    void quotedRefusalReadsAsASentence()
    {
        QFETCH(QString, diagnostic);
        QFETCH(QString, quoted);
        QCOMPARE(quotableRefusal(diagnostic), quoted);
        Bounce b = listed(QStringLiteral("gmail"), QStringLiteral("GMAIL-REPUTATION"));
        b.diagnostic = diagnostic;
        const Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QVERIFY(d.steps.first().text.contains(quoted));
        for (const MessageTemplate &t : d.templates)
            QVERIFY2(!t.body.contains(QRegularExpression(QStringLiteral("\\S [245]\\d\\d-"))), qPrintable(t.body));
    }
    void quotedRefusalIsNotCutInsideAUrl()
    {
        const QString url = QStringLiteral("https://www.spamhaus.org/query/ip/203.0.113.7");
        // 10 + 32 × 9 = 298 characters before the URL: a cut at 300 falls inside it.
        const QString text = QStringLiteral("554 5.7.1 ") + QStringLiteral("blocked. ").repeated(32) + url
            + QStringLiteral(" and more words after it");
        const QString quoted = quotableRefusal(text, 300);
        QVERIFY2(quoted.contains(url), qPrintable(quoted));
        QVERIFY(quoted.endsWith(QStringLiteral(" …")));
    }

    //! The answer the user gave is the reason; the guess's explanation is not printed as if it were.
    void answeredSendingViaIsNotAGuess()
    {
        Bounce b = listed(QStringLiteral("trendmicro"), QStringLiteral("RBL+"));
        Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::OwnServer, QStringLiteral("en"));
        QVERIFY(d.sendingViaAnswered);
        QCOMPARE(d.sendingVia, SendingVia::OwnServer);
        d = diagnose(b, nullptr, nullptr, SendingVia::Unknown, QStringLiteral("en"));
        QVERIFY(!d.sendingViaAnswered);
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("temporary");
        QTest::addColumn<QString>("party");
        const char *rows[][3] = {
            {"userunknown", "0", "recipient"}, {"hostunknown", "0", "recipient"}, {"hasmoved", "0", "recipient"},
            {"mailboxfull", "0", "recipient"}, {"mailboxfull", "1", "recipient"}, {"suspend", "0", "recipient"},
            {"authfailure", "0", "sender_admin"}, {"requireptr", "0", "isp"}, {"ratelimited", "1", "wait"},
            {"ratelimited", "0", "wait"}, {"expired", "0", "wait"}, {"networkerror", "0", "wait"},
            {"systemfull", "0", "wait"}, {"notaccept", "0", "recipient"}, {"notaccept", "1", "wait"},
            {"onhold", "0", "sender_admin"}, {"onhold", "1", "wait"},
            {"emailtoolarge", "0", "recipient"}, {"spamdetected", "0", "recipient_admin"}, {"filtered", "0", "recipient_admin"},
            {"policyviolation", "0", "recipient_admin"}, {"virusdetected", "0", "recipient_admin"},
            {"contenterror", "0", "recipient_admin"}, {"blocked", "0", "isp"}, {"badreputation", "0", "isp"},
            {"norelaying", "0", "sender_admin"}, {"securityerror", "0", "sender_admin"}, {"failedstarttls", "0", "sender_admin"},
            {"rejected", "0", "sender_admin"}, {"syntaxerror", "0", "sender_admin"}, {"notcompliantrfc", "0", "sender_admin"},
            {"mailererror", "0", "sender_admin"}, {"systemerror", "0", "sender_admin"}, {"vacation", "0", "wait"},
            {"delivered", "0", "wait"}, {"feedback", "0", "sender_admin"}, {"suppressed", "0", "sender_admin"},
            {"undefined", "0", "sender_admin"}, {"blocked", "1", "wait"},
        };
        for (const auto &r : rows)
            QTest::newRow(qPrintable(QStringLiteral("%1%2").arg(QLatin1String(r[0]), QLatin1String(r[1][0] == '1' ? " 4xx" : ""))))
                << QString::fromLatin1(r[0]) << (r[1][0] == '1') << QString::fromLatin1(r[2]);
    }
    void reasons()
    {
        QFETCH(QString, reason);
        QFETCH(bool, temporary);
        const Diagnosis d = diagnoseReason(reason, temporary);
        QTEST(partyId(d.party), "party");
        QVERIFY(!d.steps.isEmpty());
        QVERIFY(!d.why.isEmpty());
    }

    //! A final failure is not described as a passing one: the server gave up, the domain takes
    //! no mail, or the words are for an administrator to read.
    void finalFailuresAreNotCalledPassing_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("whyWords");
        QTest::newRow("expired") << "expired" << "stopped trying";
        QTest::newRow("ratelimited") << "ratelimited" << "stopped trying";
        QTest::newRow("notaccept") << "notaccept" << "does not accept e-mail";
        QTest::newRow("onhold") << "onhold" << "does not say enough";
    }
    void finalFailuresAreNotCalledPassing()
    {
        QFETCH(QString, reason);
        QFETCH(QString, whyWords);
        const Diagnosis d = diagnoseReason(reason, false);
        QVERIFY2(d.why.contains(whyWords), qPrintable(d.why));
        QVERIFY2(!d.why.contains(QLatin1String(" now ")), qPrintable(d.why));
    }

    void feedbackSaysWhatTheReportIsAbout_data()
    {
        QTest::addColumn<QString>("diagnostic"); // the Feedback-Type, or an unsubscribe message's text
        QTest::addColumn<QString>("lastStep");
        QTest::addColumn<QString>("whyWord");
        QTest::newRow("abuse") << "abuse" << "admin" << "unwanted";
        QTest::newRow("auth-failure") << "auth-failure" << "admin" << "DMARC";
        QTest::newRow("opt-out") << "opt-out" << "unsubscribe" << "mailing list";
        QTest::newRow("unsubscribe button") << "Apple Mail sent this email to unsubscribe from the message" << "unsubscribe"
                                            << "mailing list";
    }
    void feedbackSaysWhatTheReportIsAbout()
    {
        QFETCH(QString, diagnostic);
        Bounce b;
        b.recipient = QStringLiteral("kijitora@example.jp");
        b.reason = QStringLiteral("feedback");
        b.diagnostic = diagnostic;
        const Diagnosis d = diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("en"));
        QCOMPARE(d.party, Party::SenderAdmin);
        QVERIFY(!d.steps.isEmpty());
        QTEST(d.steps.last().id, "lastStep");
        QFETCH(QString, whyWord);
        QVERIFY2(d.why.contains(whyWord), qPrintable(d.why));
    }

    void guessesHowMailIsSent()
    {
        Bounce b;
        Evidence e;
        e.owner.known = true;
        e.owner.organisation = QStringLiteral("Example Hosting K.K.");
        e.owner.type = QStringLiteral("ALLOCATED PORTABLE");
        QString basis;
        QCOMPARE(guessSendingVia(b, nullptr, &e, &basis), SendingVia::Provider);
        QVERIFY(basis.contains(QLatin1String("Example Hosting")));
        e.owner.type = QStringLiteral("ASSIGNED PA");
        e.owner.organisation = QStringLiteral("Kijitora Trading");
        QCOMPARE(guessSendingVia(b, nullptr, &e, &basis), SendingVia::OwnServer);
        // The user's answer wins over the guess.
        const Diagnosis d = diagnose(listed(QStringLiteral("trendmicro"), QStringLiteral("RBL+")), nullptr, &e,
                                     SendingVia::Provider, QStringLiteral("en"));
        QCOMPARE(d.guessedSendingVia, SendingVia::OwnServer);
        QCOMPARE(d.sendingVia, SendingVia::Provider);
        QCOMPARE(d.party, Party::Isp);
    }

    void templatesMatchTheirGoldenFiles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")})
            for (const QString &id : templateIds())
                QTest::newRow(qPrintable(lang + QLatin1Char('/') + id)) << lang << id;
    }
    void templatesMatchTheirGoldenFiles()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        Bounce b = listed(QStringLiteral("trendmicro"), QStringLiteral("RBL+"));
        b.diagnostic = QStringLiteral("550 Service unavailable; Client host [203.0.113.7] blocked using Trend Micro RBL+.");
        const MessageTemplate t = renderTemplate(id, language, b, nullptr);
        const QString rendered = QStringLiteral("Subject: ") + t.subject + QStringLiteral("\n\n") + t.body;
        const QString golden = test::dataFile(QStringLiteral("guide/golden/%1/%2.txt").arg(language, id));
        if (qEnvironmentVariableIsSet("BN_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(rendered.toUtf8());
        }
        QFile f(golden);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(rendered, QString::fromUtf8(f.readAll()));
        // Nothing the evidence does not hold is filled in: the user's name stays a marker.
        QVERIFY(rendered.contains(language == QLatin1String("ja") ? QStringLiteral("【") : QStringLiteral("[[")));
    }

    void aReportNeverCountsAListItCouldNotCheckAsClean()
    {
        const Bounce b = decodeOne(QStringLiteral("guide/seed-004-tmems-jp-450.eml"));
        auto e = std::make_shared<Evidence>();
        e->subject = b.listedIp;
        for (const char *zone : {"zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"}) {
            ZoneVerdict z;
            z.zone = QLatin1String(zone);
            z.verdict = Verdict::CouldNotCheck;
            z.failure = CheckFailure::NoNetwork;
            e->zones << z;
        }
        e->reverseDns.error = QStringLiteral("Reverse DNS could not be checked: no network.");
        const ReportEntry entry{b, diagnose(b, nullptr, e.get(), SendingVia::Provider, QStringLiteral("en")), e};
        for (const QString &text : {reportHtml({entry}, {false, QStringLiteral("en")}), reportSummary(entry)}) {
            QVERIFY2(text.contains(QLatin1String("3 could not be checked")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("Nothing could be checked")));
            QVERIFY(text.contains(QLatin1String("Reverse DNS could not be checked")));
            QVERIFY(!text.contains(QLatin1String("not listed"), Qt::CaseInsensitive));
        }
        // One list that answered: counted apart, and no "nothing could be checked".
        e->zones[0].verdict = Verdict::NotListed;
        e->zones[0].failure = CheckFailure::None;
        const QString html = reportHtml({entry}, {false, QStringLiteral("en")});
        QVERIFY(html.contains(QLatin1String("not listed on 1")));
        QVERIFY(html.contains(QLatin1String("2 could not be checked")));
        QVERIFY(!html.contains(QLatin1String("Nothing could be checked")));
    }

    void reportIsSelfContainedAndCanHideRecipients()
    {
        const Bounce b = decodeOne(QStringLiteral("guide/seed-004-tmems-jp-450.eml"));
        const QList<ReportEntry> entries{{b, diagnose(b, nullptr, nullptr, SendingVia::Provider, QStringLiteral("ja")), nullptr}};
        const QString html = reportHtml(entries, {false, QStringLiteral("ja")});
        QVERIFY(html.contains(QLatin1String("tanaka@example.jp")));
        QVERIFY(html.contains(QLatin1String("ERS-QIL")));
        for (const char *external : {"<link", "<script", "src=\"http", "@import", "url("})
            QVERIFY2(!html.contains(QLatin1String(external)), external);
        const QString hidden = reportHtml(entries, {true, QStringLiteral("ja")});
        QVERIFY(!hidden.contains(QLatin1String("tanaka@example.jp")));
        QVERIFY(reportSummary(entries.first()).contains(QLatin1String("203.0.113.7")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "test_diagnosis.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The live-check panel never shows a list it could not check as clean: offline (no network at
// all, the test runs in an empty network namespace) and behind resolvers that lie to everyone
// (dnsmasq on loopback answering NXDOMAIN, REFUSED or 127.255.255.254 to everything), every row
// says "could not check", the summary counts none as not listed, and a banner says what to do.
#include "lookup_panel.h"
#include "reputation/evidence_texts.h"
#include "support/dns_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace bn;

class TestLookupPanel : public QObject
{
    Q_OBJECT

    //! Runs a check of the catalog's lists through \a nameserver (the system's when empty).
    static void check(LookupPanel &panel, const QString &nameserver)
    {
        BlocklistCheckOptions options;
        options.nameserver = nameserver;
        options.timeoutMs = 1000;
        panel.setOptions(options);
        OwnerLookupOptions owner;
        owner.baseUrl = QStringLiteral("http://127.0.0.1:9/"); // nothing answers there
        owner.timeoutMs = 1000;
        panel.setOwnerOptions(owner);
        panel.setSubject(QStringLiteral("203.0.113.7"));
        QSignalSpy finished(&panel, &LookupPanel::finished);
        panel.startCheck();
        QVERIFY(finished.wait(15000));
    }

    static void saysNothingCouldBeChecked(LookupPanel &panel)
    {
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("lookupTable"));
        QVERIFY(table->rowCount() > 10);
        int couldNot = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString state = table->item(row, 1)->text();
            QVERIFY2(state != verdictLabel(Verdict::NotListed) && state != verdictLabel(Verdict::Listed), qPrintable(state));
            couldNot += state.startsWith(verdictLabel(Verdict::CouldNotCheck)) ? 1 : 0;
        }
        QVERIFY(couldNot > 10);
        const QString summary = panel.findChild<QLabel *>(QStringLiteral("lookupSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("could not be checked")) && !summary.contains(QLatin1String("not listed")),
                 qPrintable(summary));
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("nothingCheckedBanner"));
        QVERIFY(banner->isVisibleTo(&panel));
        QVERIFY(banner->text().startsWith(QLatin1String("Nothing could be checked")));
        const QString reverse = panel.findChild<QLabel *>(QStringLiteral("reverseDns"))->text();
        QVERIFY2(!reverse.contains(QLatin1String("has no reverse DNS")), qPrintable(reverse));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("ipOwner"))->text().contains(QLatin1String("not checked")));
    }

private slots:
#ifdef BN_NO_NETWORK
    //! Built a second time for tests/support/offline.sh: no network, not even loopback; c-ares
    //! fails inside ares_query.
    void withNoNetworkAtAll()
    {
        LookupPanel panel;
        panel.show();
        check(panel, QString());
        saysNothingCouldBeChecked(panel);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("nothingCheckedBanner"))->text().contains(QLatin1String("no network")));
    }
#else
    void behindAResolverThatLies_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::newRow("NXDOMAIN to everything") << QStringList{QStringLiteral("--address=/#/")};
        QTest::newRow("REFUSED to everything") << QStringList{};
        QTest::newRow("127.255.255.254 to everything") << QStringList{QStringLiteral("--address=/#/127.255.255.254")};
    }
    void behindAResolverThatLies()
    {
        QFETCH(QStringList, records);
        test::DnsFixture dns(records);
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        LookupPanel panel;
        panel.show();
        check(panel, dns.nameserver());
        saysNothingCouldBeChecked(panel);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("nothingCheckedBanner"))->text().contains(dns.nameserver()));
    }
#endif
};

QTEST_MAIN(TestLookupPanel)
#include "test_lookup_panel.moc"

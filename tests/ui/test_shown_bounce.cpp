// SPDX-License-Identifier: GPL-3.0-or-later
// The views show the bounce chosen and nothing stale: when the cards go (new input without a
// bounce) nothing of the bounce shown before stays on screen, and the guide never reads the
// cards that were freed; a live check of one bounce never serves the guide of another.
#include "bounce_list_model.h"
#include "common/language.h"
#include "guide_view.h"
#include "log_import_view.h"
#include "lookup_panel.h"
#include "main_window.h"
#include "rejection_group_model.h"
#include "settings.h"
#include "support/dns_fixture.h"
#include "support/test_paths.h"
#include "window_helpers.h"

#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace bn;

namespace {

//! Every text the widgets under \a root show (labels, text boxes), one per line.
QString shownTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *l : root->findChildren<QLabel *>())
        texts << l->text();
    for (const QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        texts << e->toPlainText();
    for (const QTextBrowser *b : root->findChildren<QTextBrowser *>())
        texts << b->toPlainText();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestShownBounce : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::startWindowTests(); }

    void theGuessIsNotShownAsTheReasonOnceTheUserAnswered()
    {
        Settings::sendingVia().set(QString());
        MainWindow w;
        w.show();
        QVERIFY(test::openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-003-rbl-plus.txt"))}));
        GuideView *guide = w.guideView();
        auto *guess = guide->findChild<QLabel *>(QStringLiteral("guideGuess"));
        QVERIFY(guess->text().startsWith(QLatin1String("Best guess:"))); // no answer yet: the guess and its grounds
        QVERIFY(guess->isVisibleTo(guide));
        QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-own-server")), Qt::LeftButton);
        QVERIFY(guess->text().isEmpty());
        QVERIFY(!guess->isVisibleTo(guide));
        QCOMPARE(guide->diagnosis().sendingVia, SendingVia::OwnServer);
        // The answer is remembered for the next bounce, and the guess stays out of sight there too.
        QVERIFY(test::openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml"))}));
        QVERIFY(guess->text().isEmpty());
        // "I don't know" brings the guess back: it is the reason again.
        QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-unknown")), Qt::LeftButton);
        QVERIFY(guess->text().startsWith(QLatin1String("Best guess:")));
        Settings::sendingVia().set(QString());
    }

    void theStepsForgetTheBounceWhoseCardsWereCleared_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("pasted text without a bounce") << QStringLiteral("junk");
        QTest::newRow("a picture opened") << QStringLiteral("png");
    }

    void theStepsForgetTheBounceWhoseCardsWereCleared()
    {
        QFETCH(QString, input);
        MainWindow w;
        w.show();
        QVERIFY(test::openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-003-rbl-plus.txt"))}));
        QCOMPARE(w.cardModel()->rowCount(), 1);
        const QString recipient = w.cardModel()->bounce(0).recipient;
        const QString ip = w.cardModel()->bounce(0).listedIp;
        QCOMPARE(recipient, QStringLiteral("sales@example.fr"));
        QCOMPARE(ip, QStringLiteral("203.0.113.7"));

        GuideView *guide = w.guideView();
        w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->setCurrentWidget(guide);
        auto *next = guide->findChild<QPushButton *>(QStringLiteral("guideNext"));
        auto *back = guide->findChild<QPushButton *>(QStringLiteral("guideBack"));
        auto *message = guide->findChild<QPlainTextEdit *>(QStringLiteral("guideTemplate"));
        QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-provider")), Qt::LeftButton);
        while (message->toPlainText().isEmpty() && next->isEnabled())
            QTest::mouseClick(next, Qt::LeftButton);
        // The guide shows this bounce: a message to the ISP naming the listed IP.
        QVERIFY2(shownTexts(guide).contains(ip), qPrintable(shownTexts(guide)));

        if (input == QLatin1String("junk")) {
            w.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"))->setPlainText(QStringLiteral("Hello, just checking in."));
            QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("decodeButton")), Qt::LeftButton);
        } else {
            QTemporaryDir dir;
            const QString png = dir.filePath(QStringLiteral("picture.png"));
            QImage picture(16, 16, QImage::Format_RGB32);
            picture.fill(Qt::darkCyan);
            QVERIFY(picture.save(png));
            QVERIFY(test::openAndWait(w, {png}));
        }
        QCOMPARE(w.cardModel()->rowCount(), 0);

        // The user goes on in the Steps: back to the question, another answer, then another
        // language. Each rebuilds the guide from what it holds (which was a freed card's message).
        while (back->isEnabled())
            QTest::mouseClick(back, Qt::LeftButton);
        QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-own-server")), Qt::LeftButton);
        QVERIFY(installTranslators(QStringLiteral("ja")));
        QApplication::processEvents();
        QVERIFY(installTranslators(QStringLiteral("en")));
        QApplication::processEvents();

        // No card: the guide is the empty one, and no view names the old bounce.
        QVERIFY(!guide->isEnabled());
        QVERIFY(guide->bounce().recipient.isEmpty());
        QVERIFY(guide->diagnosis().steps.isEmpty());
        QCOMPARE(guide->findChild<QLabel *>(QStringLiteral("guideParty"))->text(),
                 GuideView::tr("Open or paste a bounce to see who can fix it."));
        const QString shown = shownTexts(&w);
        QVERIFY2(!shown.contains(recipient) && !shown.contains(ip), qPrintable(shown));
    }

    void aCheckCutShortByALogGroupDoesNotServeItsGuide()
    {
        // One list that never answers: the check of the card's IP runs until a log group is chosen.
        test::DnsFixture dns({});
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        Settings::nameserver().set(dns.nameserver());
        Settings::timeoutMs().set(20000);
        MainWindow w;
        w.show();
        DnsZone silent;
        silent.zone = QStringLiteral("silent.test");
        w.lookupPanel()->setZones({{nullptr, silent}});
        OwnerLookupOptions ownerOptions;
        ownerOptions.offline = true;
        w.lookupPanel()->setOwnerOptions(ownerOptions);
        QVERIFY(test::openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-003-rbl-plus.txt"))}));
        w.lookupPanel()->startCheck();
        QVERIFY(w.lookupPanel()->isRunning());

        // The import ends by choosing its biggest group, which names other IPs (or none).
        QSignalSpy imported(w.logImportView(), &LogImportView::finished);
        w.openFiles({test::dataFile(QStringLiteral("logs/postfix.log"))});
        QVERIFY(imported.wait(10000));
        QCOMPARE(w.currentCard(), -1);
        const Bounce &group = w.guideView()->bounce();
        QVERIFY(!group.diagnostic.isEmpty());
        QVERIFY(group.listedIp != QLatin1String("203.0.113.7"));
        const Evidence *evidence = w.guideView()->evidence();
        if (evidence)
            QVERIFY2(evidence->subject == group.listedIp,
                     qPrintable(QStringLiteral("the guide for %1 uses the check of %2").arg(group.listedIp, evidence->subject)));
        Settings::nameserver().set(QString());
        Settings::timeoutMs().set(3000);
    }

    void checkingAgainAtOnceWaitsForTheLastCheckOnly()
    {
        test::DnsFixture dns({});
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        LookupPanel panel;
        DnsZone silent;
        silent.zone = QStringLiteral("silent.test");
        panel.setZones({{nullptr, silent}});
        BlocklistCheckOptions options;
        options.nameserver = dns.nameserver();
        options.timeoutMs = 300;
        panel.setOptions(options);
        OwnerLookupOptions ownerOptions;
        ownerOptions.offline = true;
        panel.setOwnerOptions(ownerOptions);
        panel.setSubject(QStringLiteral("203.0.113.7"));
        QSignalSpy finished(&panel, &LookupPanel::finished);
        // Each click cuts the check before short, while its IP's owner is still being asked.
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("lookupCheck")), Qt::LeftButton);
        panel.startCheck();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning() && panel.evidence(), 5000);
        QTest::qWait(100); // what the lookups cut short still deliver
        QCOMPARE(panel.evidence()->subject, QStringLiteral("203.0.113.7"));
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("lookupCheck"))->isEnabled());
        QVERIFY(!finished.isEmpty());
    }

    void importingAnotherLogForgetsTheGroupShown()
    {
        MainWindow w;
        w.show();
        QSignalSpy imported(w.logImportView(), &LogImportView::finished);
        w.openFiles({test::dataFile(QStringLiteral("logs/postfix.log"))});
        QVERIFY(imported.wait(10000));
        QVERIFY(w.guideView()->isEnabled()); // the biggest group is shown
        const QString before = w.guideView()->bounce().diagnostic;
        QVERIFY(!before.isEmpty());
        // Another log: its groups replace the table's; until one is chosen, no Steps are shown.
        w.openFiles({test::dataFile(QStringLiteral("logs/exim_mainlog"))});
        QCOMPARE(w.logImportView()->model()->rowCount(), 0);
        QVERIFY(!w.guideView()->isEnabled());
        QVERIFY(w.guideView()->bounce().diagnostic.isEmpty());
        QVERIFY(imported.wait(10000));
        QVERIFY(w.guideView()->isEnabled());
        QVERIFY(w.guideView()->bounce().diagnostic != before);
    }
};

QTEST_MAIN(TestShownBounce)
#include "test_shown_bounce.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, driven offscreen: paste, drop, check live against a loopback DNS server,
// walk the guide, switch language.
#include "bounce_list_model.h"
#include "common/language.h"
#include "guide_view.h"
#include "language_font.h"
#include "log_import_view.h"
#include "lookup_panel.h"
#include "main_window.h"
#include "rejection_group_model.h"
#include "reputation/catalog.h"
#include "settings.h"
#include "settings_dialog.h"
#include "reputation/evidence_texts.h"
#include "support/dns_fixture.h"
#include "support/test_paths.h"
#include "window_helpers.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace bn;
using bn::test::openAndWait;

namespace {

//! What a screen reader announces for \a w: its accessible name, or failing that the text of a
//! label whose buddy it is.
QString spokenName(QWidget *w)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
        if (!iface->text(QAccessible::Name).trimmed().isEmpty())
            return iface->text(QAccessible::Name).trimmed();
    for (QLabel *label : w->window()->findChildren<QLabel *>())
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    return {};
}

//! Presses Tab from \a first until focus comes back to it; returns the widgets it passed, in
//! order, or an empty list (and \a error) when focus got stuck or a widget has no name.
QList<QWidget *> walkWithTab(QWidget *first, QString *error)
{
    QList<QWidget *> seen;
    first->setFocus(Qt::TabFocusReason);
    QWidget *current = QApplication::focusWidget();
    if (current != first) {
        *error = QStringLiteral("%1 does not take focus").arg(first->objectName());
        return {};
    }
    for (int i = 0; i < 200; ++i) {
        if (spokenName(current).isEmpty()) {
            *error = QStringLiteral("no accessible name or label: %1 \"%2\"")
                         .arg(QString::fromLatin1(current->metaObject()->className()), current->objectName());
            return {};
        }
        seen << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == current) {
            *error = QStringLiteral("Tab is stuck in %1 \"%2\"")
                         .arg(QString::fromLatin1(current->metaObject()->className()), current->objectName());
            return {};
        }
        if (next == first)
            return seen;
        current = next;
    }
    *error = QStringLiteral("Tab never came back to the start");
    return {};
}

//! Opens seed 003 (RBL+, 550) in \a w, shows the guide, answers "through my provider"; pages
//! and e-mails the guide would open are collected in \a opened. Null when the file did not open.
GuideView *guideForSeed003(MainWindow &w, QVector<QUrl> &opened)
{
    if (!openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-003-rbl-plus.txt"))}))
        return nullptr;
    GuideView *guide = w.guideView();
    w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->setCurrentWidget(guide);
    guide->openUrl = [&opened](const QUrl &url) {
        opened << url;
        return true;
    };
    QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-provider")), Qt::LeftButton);
    return guide;
}

QString text(const MainWindow &w, int row, int role)
{
    return w.cardModel()->index(row).data(role).toString();
}

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (QWidget *w : widgets)
        out << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::startWindowTests(); }

    void emptyStateSaysWhatToPaste()
    {
        MainWindow w;
        w.show();
        auto *empty = w.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QLatin1String("Paste")));
        QCOMPARE(w.cardModel()->rowCount(), 0);
    }

    void pastingTheSeed004NdrGivesACardWithTheRightHeadlineAndParty()
    {
        MainWindow w;
        w.show();
        QFile f(test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto *paste = w.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
        paste->setPlainText(QString::fromUtf8(f.readAll()));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("decodeButton")), Qt::LeftButton);
        QCOMPARE(w.cardModel()->rowCount(), 1);
        const QString headline = text(w, 0, BounceListModel::HeadlineRole);
        QVERIFY2(headline.contains(QLatin1String("tanaka@example.jp")), qPrintable(headline));
        QVERIFY(headline.contains(QLatin1String("Quick IP List")));
        QVERIFY(headline.contains(QLatin1String("temporary")));
        QVERIFY(text(w, 0, BounceListModel::PartyRole).contains(QLatin1String("wait")));
        QCOMPARE(text(w, 0, BounceListModel::BadgeRole), QStringLiteral("Temporary"));
        // What a screen reader says of the card: its headline, then the badge and the party.
        QCOMPARE(text(w, 0, Qt::AccessibleTextRole), headline);
        QVERIFY(text(w, 0, Qt::AccessibleDescriptionRole).contains(QLatin1String("Temporary")));
    }

    void pastingOnlyTheErrorLinesWorksToo()
    {
        MainWindow w;
        w.openPastedText(QStringLiteral("554 5.7.1 <j.smith@example.nhs.uk>: Recipient address rejected: ERS-QIL."));
        QCOMPARE(w.cardModel()->rowCount(), 1);
        w.openPastedText(QStringLiteral("<p>550 5.1.1 &lt;nobody@example.jp&gt;: Recipient address rejected: User unknown</p>"), true);
        QCOMPARE(w.cardModel()->rowCount(), 1);
        QCOMPARE(w.cardModel()->bounce(0).reason, QStringLiteral("userunknown"));
    }

    void droppingTwoFilesGivesTwoCards()
    {
        MainWindow w;
        w.show();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("blocklist/spamhaus-zen.eml"))),
                       QUrl::fromLocalFile(test::dataFile(QStringLiteral("blocklist/outlook-s3150.eml")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy opened(&w, &MainWindow::filesOpened);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(opened.wait(10000));
        QCOMPARE(w.cardModel()->rowCount(), 2);
        // Two causes: the cards are grouped under labels.
        QCOMPARE(w.cardModel()->causeCount(), 2);
        QStringList headers;
        for (int row = 0; row < w.cardModel()->rowCount(); ++row)
            if (!text(w, row, BounceListModel::CauseHeaderRole).isEmpty())
                headers << text(w, row, BounceListModel::CauseHeaderRole);
        QCOMPARE(headers.size(), 2);
        QVERIFY(headers.at(0) != headers.at(1));
        delete mime;
    }

    void openingAnOutlookMsg()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, {test::dataFile(QStringLiteral("input/ndr-m365-banned-ip.msg"))}));
        QCOMPARE(w.cardModel()->rowCount(), 1);
        QVERIFY(text(w, 0, BounceListModel::HeadlineRole).contains(QLatin1String("ceo@example.com")));
    }

    void aLargeMailboxIsReadInTheBackgroundAndCanBeCancelled()
    {
        // Several hundred corpus-like bounces in one mbox, each behind a "From " line: 150
        // recipients, each refused four times.
        QFile seed(test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml")));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray message = seed.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bounces.mbox"));
        QFile box(path);
        QVERIFY(box.open(QIODevice::WriteOnly));
        constexpr int Messages = 600;
        constexpr int Recipients = 150;
        for (int i = 0; i < Messages; ++i) {
            box.write("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n");
            QByteArray copy = message;
            box.write(copy.replace("tanaka@example.jp", "tanaka" + QByteArray::number(i % Recipients) + "@example.jp"));
            box.write("\n");
        }
        box.close();

        MainWindow w;
        w.show();
        auto *progress = w.findChild<QWidget *>(QStringLiteral("openProgressBox"));
        auto *cancel = w.findChild<QPushButton *>(QStringLiteral("openCancel"));
        auto *errors = w.findChild<QLabel *>(QStringLiteral("inputErrors"));
        QVERIFY(progress && cancel && errors);
        QVERIFY(progress->isHidden());

        // Cancelled at once: reading stops early, what was read stays, and the window says so.
        QSignalSpy opened(&w, &MainWindow::filesOpened);
        w.openFiles({path});
        QVERIFY(w.isOpening());
        QVERIFY(progress->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QVERIFY(!w.isOpening());
        QVERIFY(progress->isHidden());
        int cancelledCount = 0;
        for (int row = 0; row < w.cardModel()->rowCount(); ++row)
            cancelledCount += w.cardModel()->count(row);
        QVERIFY2(cancelledCount < Messages, qPrintable(QString::number(cancelledCount)));
        QVERIFY(errors->isVisible());
        QVERIFY(errors->text().contains(QLatin1String("cancelled")));

        // A full run: the progress counts messages while the cards arrive, one card per refusal
        // with the number of messages that reported it.
        auto *label = w.findChild<QLabel *>(QStringLiteral("openProgressLabel"));
        QStringList texts;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (progress->isVisible() && !texts.contains(label->text()))
                texts << label->text();
        });
        watch.start(1);
        QVERIFY(openAndWait(w, {path}));
        watch.stop();
        QCOMPARE(w.cardModel()->rowCount(), Recipients);
        for (int row = 0; row < Recipients; ++row) {
            QCOMPARE(w.cardModel()->count(row), Messages / Recipients);
            QVERIFY(text(w, row, BounceListModel::CountTextRole).startsWith(QLatin1String("4 message")));
        }
        QVERIFY(progress->isHidden());
        QVERIFY(errors->isHidden());
        QVERIFY2(!texts.isEmpty() && texts.first().contains(QLatin1String("message")), qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(w.cardModel()->bounce(0).recipient, QStringLiteral("tanaka0@example.jp"));
        QCOMPARE(w.cardModel()->bounce(Recipients - 1).recipient, QStringLiteral("tanaka149@example.jp"));
        // Choosing a card shows its own message.
        w.selectCard(Recipients - 1);
        QVERIFY(w.findChild<QTextBrowser *>(QStringLiteral("originalText"))->toPlainText().contains(QLatin1String("tanaka149@example.jp")));
    }

    void aMailboxOfAThousandDifferentBouncesListsEveryOne()
    {
        // Postfix-style notices, each to another recipient with another reply text, four causes.
        const QStringList replies{
            QStringLiteral("550 5.1.1 <%1>: Recipient address rejected: User unknown in local recipient table (ticket %2)"),
            QStringLiteral("552 5.2.2 <%1>: Mailbox full, quota exceeded (%2 MB over)"),
            QStringLiteral("554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org (case %2 for %1)"),
            QStringLiteral("450 4.7.1 <%1>: Recipient address rejected: Greylisted, try again later (attempt %2)")};
        constexpr int Bounces = 1000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thousand.mbox"));
        QFile box(path);
        QVERIFY(box.open(QIODevice::WriteOnly));
        auto recipient = [](int i) { return QStringLiteral("user%1@example%2.net").arg(i).arg(i % 50); };
        for (int i = 0; i < Bounces; ++i) {
            const QString rcpt = recipient(i);
            box.write(QStringLiteral("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
                                     "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n"
                                     "To: sender@example.org\n"
                                     "Subject: Undelivered Mail Returned to Sender\n"
                                     "Message-Id: <%1.ndr@mail.example.org>\n"
                                     "Content-Type: text/plain; charset=us-ascii\n\n"
                                     "This is the mail system at host mail.example.org.\n\n"
                                     "I'm sorry to have to inform you that your message could not\n"
                                     "be delivered to one or more recipients. It's attached below.\n\n"
                                     "<%2>: host mx.example.net[192.0.2.10] said: %3 (in reply to RCPT TO\n"
                                     "    command)\n\n")
                          .arg(i)
                          .arg(rcpt, replies.at(i % replies.size()).arg(rcpt).arg(i))
                          .toUtf8());
        }
        box.close();

        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, {path}));
        BounceListModel *model = w.cardModel();
        auto *list = w.findChild<QListView *>(QStringLiteral("bounceList"));
        QVERIFY(list);
        // Every bounce is listed once, in the list view too.
        QCOMPARE(model->rowCount(), Bounces);
        QCOMPARE(list->model()->rowCount(), Bounces);
        QCOMPARE(model->causeCount(), replies.size());
        QSet<QString> listed;
        for (int row = 0; row < Bounces; ++row) {
            QCOMPARE(model->count(row), 1);
            listed.insert(model->bounce(row).recipient);
        }
        for (int i = 0; i < Bounces; ++i)
            QVERIFY2(listed.contains(recipient(i)), qPrintable(recipient(i)));

        // The last card, chosen from the keyboard, shows its own message and guide.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(w.currentCard(), Bounces - 1);
        const Bounce &last = model->bounce(Bounces - 1);
        QVERIFY(list->selectionModel()->isSelected(model->index(Bounces - 1)));
        QVERIFY(w.findChild<QTextBrowser *>(QStringLiteral("originalText"))->toPlainText().contains(last.recipient));
        QCOMPARE(w.guideView()->bounce().recipient, last.recipient);
        QCOMPARE(w.guideView()->bounce().diagnostic, last.diagnostic);
        QVERIFY(!w.guideView()->diagnosis().steps.isEmpty());
        QVERIFY(w.guideView()->findChild<QLabel *>(QStringLiteral("guideParty"))->text().startsWith(QLatin1String("Contact first")));
        // The view can show it: it is laid out and scrolled into sight.
        QTRY_VERIFY(list->viewport()->rect().intersects(list->visualRect(model->index(Bounces - 1))));
    }

    void droppingALogOpensTheImport()
    {
        MainWindow w;
        QSignalSpy done(w.logImportView(), &LogImportView::finished);
        w.openFiles({test::dataFile(QStringLiteral("logs/postfix.log"))});
        QVERIFY(done.wait(10000));
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->currentWidget(), w.logImportView());
        // The biggest group is offered at once: the guide starts from its first rejection.
        auto *table = w.logImportView()->findChild<QTableView *>(QStringLiteral("logGroupTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        const QModelIndex biggest = table->model()->index(0, RejectionGroupModel::Count);
        for (int row = 1; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, RejectionGroupModel::Count).data().toLongLong() <= biggest.data().toLongLong());
        GuideView *guide = w.guideView();
        QVERIFY(guide->isEnabled());
        QVERIFY(!guide->bounce().diagnostic.isEmpty());
        QVERIFY(!guide->diagnosis().steps.isEmpty());
        const QString destination = table->model()->index(0, RejectionGroupModel::Destination).data().toString();
        QVERIFY2(!destination.isEmpty() && guide->bounce().recipient.endsWith(QLatin1Char('@') + destination),
                 qPrintable(destination + QStringLiteral(" / ") + guide->bounce().recipient));
    }

    void checkingLiveChangesTheRows()
    {
        test::DnsFixture dns({QStringLiteral("--local=/zone.test/"), QStringLiteral("--address=/2.0.0.127.zone.test/127.0.0.2"),
                              QStringLiteral("--address=/7.113.0.203.zone.test/127.0.0.2")});
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        MainWindow w;
        QVERIFY(openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml"))}));
        LookupPanel *panel = w.lookupPanel();
        DnsZone zone;
        zone.zone = QStringLiteral("zone.test");
        zone.codes = {{QStringLiteral("127.0.0.2"), ZoneCode::Kind::Listed, QStringLiteral("listed")}};
        DnsZone silent = zone;
        silent.zone = QStringLiteral("silent.test");
        panel->setZones({{nullptr, zone}, {nullptr, silent}});
        BlocklistCheckOptions options;
        options.nameserver = dns.nameserver();
        options.timeoutMs = 500;
        panel->setOptions(options);
        OwnerLookupOptions ownerOptions;
        ownerOptions.offline = true; // no request leaves the machine in tests
        panel->setOwnerOptions(ownerOptions);
        QSignalSpy finished(panel, &LookupPanel::finished);
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("lookupTable"));
        panel->startCheck();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("checking…"));
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 1)->text(), verdictLabel(Verdict::Listed), 5000);
        QVERIFY(finished.wait(5000));
        QCOMPARE(table->item(1, 1)->text(), verdictLabel(Verdict::CouldNotCheck, CheckFailure::NoAnswer));
        // The states follow a live switch of language.
        const QString english = table->item(0, 1)->text();
        QVERIFY(installTranslators(QStringLiteral("ja")));
        QApplication::processEvents();
        QVERIFY(table->item(0, 1)->text() != english);
        QCOMPARE(table->item(0, 1)->text(), verdictLabel(Verdict::Listed));
        QVERIFY(installTranslators(QStringLiteral("en")));
        QApplication::processEvents();
        QCOMPARE(table->item(0, 1)->text(), english);
    }

    void zonesSwitchedOffInTheSettingsAreNotQueried()
    {
        const QString asked = QStringLiteral("psbl.surriel.com");
        const QString off = QStringLiteral("bl.spamcop.net");
        // Both would list the seed's IP if they were asked.
        test::DnsFixture dns({QStringLiteral("--local=/%1/").arg(asked), QStringLiteral("--local=/%1/").arg(off),
                              QStringLiteral("--address=/7.113.0.203.%1/127.0.0.2").arg(asked),
                              QStringLiteral("--address=/2.0.0.127.%1/127.0.0.2").arg(asked),
                              QStringLiteral("--address=/7.113.0.203.%1/127.0.0.2").arg(off),
                              QStringLiteral("--address=/2.0.0.127.%1/127.0.0.2").arg(off)});
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        Settings::nameserver().set(dns.nameserver());
        {
            SettingsDialog dialog;
            auto *zones = dialog.findChild<QListWidget *>(QStringLiteral("settingsZones"));
            QVERIFY(zones);
            QCOMPARE(zones->count(), Catalog::builtin().zones().size());
            QListWidgetItem *item = nullptr;
            for (int i = 0; i < zones->count(); ++i) {
                QCOMPARE(zones->item(i)->checkState(), Qt::Checked); // every list is checked by default
                if (zones->item(i)->data(Qt::UserRole).toString() == off)
                    item = zones->item(i);
            }
            QVERIFY(item);
            item->setCheckState(Qt::Unchecked);
            dialog.apply();
        }
        QCOMPARE(Settings::disabledZones().get(), QStringList{off});
        {
            SettingsDialog again; // the choice is shown again
            auto *zones = again.findChild<QListWidget *>(QStringLiteral("settingsZones"));
            for (int i = 0; i < zones->count(); ++i)
                QCOMPARE(zones->item(i)->checkState(),
                         zones->item(i)->data(Qt::UserRole).toString() == off ? Qt::Unchecked : Qt::Checked);
        }

        MainWindow w;
        QVERIFY(openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml"))}));
        LookupPanel *panel = w.lookupPanel();
        BlocklistCheck::Zones zones;
        for (const auto &[list, zone] : Catalog::builtin().zones())
            if (zone->zone == asked || zone->zone == off)
                zones.append({list, *zone});
        QCOMPARE(zones.size(), 2);
        panel->setZones(zones);
        OwnerLookupOptions ownerOptions;
        ownerOptions.offline = true;
        panel->setOwnerOptions(ownerOptions);
        QSignalSpy finished(panel, &LookupPanel::finished);
        panel->startCheck();
        QVERIFY(finished.wait(10000));
        QVERIFY(panel->evidence());
        QHash<QString, Verdict> verdicts;
        for (const ZoneVerdict &v : panel->evidence()->zones)
            verdicts.insert(v.zone, v.verdict);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts.value(asked), Verdict::Listed);
        QCOMPARE(verdicts.value(off), Verdict::NotQueried);
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("lookupTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, 1)->text(),
                     verdictLabel(table->item(row, 0)->text() == off ? Verdict::NotQueried : Verdict::Listed));
        Settings::disabledZones().set({});
        Settings::nameserver().set(QString());
    }

    void everyWidgetTabReachesHasAnAccessibleName()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(openAndWait(w, {test::dataFile(QStringLiteral("blocklist/spamhaus-zen.eml")),
                     test::dataFile(QStringLiteral("blocklist/outlook-s3150.eml"))}));
        QCOMPARE(w.cardModel()->rowCount(), 2);
        auto *list = w.findChild<QListView *>(QStringLiteral("bounceList"));
        QVERIFY(list);
        // Both shown once the layout has run.
        QTRY_VERIFY(list->viewport()->rect().contains(list->visualRect(w.cardModel()->index(1)))
                    && !list->visualRect(w.cardModel()->index(0)).isEmpty());
        auto *paste = w.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QString error;
            const QList<QWidget *> order = walkWithTab(paste, &error);
            QVERIFY2(!order.isEmpty(), qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(error)));
            // In reading order: the paste box, the sample and explain buttons, the cards, then the tabs.
            const QStringList path = names(order);
            QStringList start{QStringLiteral("pasteBox"),          QStringLiteral("sampleButton"),
                              QStringLiteral("decodeButton"),      QStringLiteral("bounceList"),
                              QStringLiteral("qt_tabwidget_tabbar")};
            // Then the page, top to bottom (disabled buttons are skipped; one answer of the guide's
            // question takes focus, the arrow keys move between them).
            const QList<QStringList> pages{{QStringLiteral("originalText")},
                                           {QStringLiteral("lookupCheck"), QStringLiteral("lookupTable")},
                                           {QStringLiteral("answer-"), QStringLiteral("guideNext")},
                                           {QStringLiteral("logImportCancel")}};
            start += pages.at(tab);
            QCOMPARE(path.size(), start.size());
            for (int i = 0; i < start.size(); ++i)
                QVERIFY2(path.at(i).startsWith(start.at(i)), qPrintable(path.join(QLatin1Char(' '))));
            QVERIFY2(order.contains(tabs->currentWidget()) || std::any_of(order.cbegin(), order.cend(), [&](QWidget *x) {
                         return tabs->currentWidget()->isAncestorOf(x);
                     }),
                     qPrintable(QStringLiteral("tab %1 not reached: %2").arg(tab).arg(path.join(QLatin1Char(' ')))));
        }
        // A card is chosen from the keyboard too, and its details unfold with Right.
        auto *original = w.findChild<QTextBrowser *>(QStringLiteral("originalText"));
        const QString first = original->toPlainText();
        QCOMPARE(w.currentCard(), 0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(w.currentCard(), 1);
        QVERIFY(original->toPlainText() != first);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(w.currentCard(), 0);
        QCOMPARE(original->toPlainText(), first);
        const QModelIndex card = w.cardModel()->index(0);
        const int folded = list->visualRect(card).height();
        QVERIFY(!card.data(BounceListModel::ExpandedRole).toBool());
        QTest::keyClick(list, Qt::Key_Right);
        QVERIFY(card.data(BounceListModel::ExpandedRole).toBool());
        QVERIFY(!card.data(BounceListModel::DetailsRole).toStringList().isEmpty());
        QTRY_VERIFY(list->visualRect(card).height() > folded); // the details take room
        QTest::keyClick(list, Qt::Key_Left);
        QVERIFY(!card.data(BounceListModel::ExpandedRole).toBool());
        QTRY_COMPARE(list->visualRect(card).height(), folded);

        // With the mouse: the "Details" toggle sits at the right of the card's badge line. Only a
        // click on it unfolds the card; a click on the headline chooses the card and nothing more.
        const QRect rect = list->visualRect(card);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center() - QPoint(rect.width() / 4, 0));
        QVERIFY(!card.data(BounceListModel::ExpandedRole).toBool());
        QPoint toggle;
        for (int y = rect.top() + 2; y < rect.bottom() && toggle.isNull(); y += 2) {
            const QPoint p(rect.right() - 20, y);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, p);
            if (card.data(BounceListModel::ExpandedRole).toBool())
                toggle = p;
        }
        QVERIFY2(!toggle.isNull(), "no click on the card unfolded it");
        QTRY_VERIFY(list->visualRect(card).height() > folded);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, toggle);
        QVERIFY(!card.data(BounceListModel::ExpandedRole).toBool());
    }

    void theSettingsAndTheGuideAreNamedAndInOrder()
    {
        {
            SettingsDialog dialog;
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QString error;
            const QList<QWidget *> order = walkWithTab(dialog.findChild<QWidget *>(QStringLiteral("settingsLanguage")), &error);
            QVERIFY2(!order.isEmpty(), qPrintable(error));
            const QStringList path = names(order);
            const QStringList expected{QStringLiteral("settingsLanguage"), QStringLiteral("settingsNameserver"),
                                       QStringLiteral("settingsTimeout"), QStringLiteral("settingsZones"),
                                       QStringLiteral("settingsAutomatic"), QStringLiteral("settingsNetworkOff"),
                                       QStringLiteral("settingsDqsKey"), QStringLiteral("settingsAbusixKey")};
            QVERIFY2(path.mid(0, expected.size()) == expected, qPrintable(path.join(QLatin1Char(' '))));
        }
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(openAndWait(w, {test::dataFile(QStringLiteral("guide/seed-003-rbl-plus.txt"))}));
        GuideView *guide = w.guideView();
        w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->setCurrentWidget(guide);
        // The question page, then a step with a message to send.
        for (int page = 0; page < 2; ++page) {
            QString error;
            const QList<QWidget *> order = walkWithTab(w.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox")), &error);
            QVERIFY2(!order.isEmpty(), qPrintable(error));
            int inGuide = 0;
            for (QWidget *x : order)
                inGuide += guide->isAncestorOf(x) ? 1 : 0;
            QVERIFY(inGuide >= 2);
            QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-provider")), Qt::LeftButton);
            while (guide->findChild<QPlainTextEdit *>(QStringLiteral("guideTemplate"))->isHidden()
                   && guide->findChild<QPushButton *>(QStringLiteral("guideNext"))->isEnabled())
                guide->next();
        }
    }

    void walkingTheGuideToTheEnd()
    {
        MainWindow w;
        w.show();
        QVector<QUrl> opened;
        GuideView *guide = guideForSeed003(w, opened);
        QVERIFY(guide);
        QCOMPARE(guide->diagnosis().party, Party::Isp);
        auto *next = guide->findChild<QPushButton *>(QStringLiteral("guideNext"));
        int steps = 0;
        while (next->isEnabled() && steps < 20) {
            QTest::mouseClick(next, Qt::LeftButton);
            ++steps;
            guide->findChild<QCheckBox *>(QStringLiteral("guideStepDone"))->setChecked(true);
        }
        QCOMPARE(steps, guide->diagnosis().steps.size());
        QCOMPARE(guide->currentStep(), guide->diagnosis().steps.size() - 1);
        // Somewhere on the way a message to the ISP was shown, ready to copy.
        bool sawTemplate = false;
        for (int i = guide->currentStep(); i >= 0; --i) {
            if (!guide->findChild<QPlainTextEdit *>(QStringLiteral("guideTemplate"))->toPlainText().isEmpty())
                sawTemplate = true;
            QTest::mouseClick(guide->findChild<QPushButton *>(QStringLiteral("guideBack")), Qt::LeftButton);
        }
        QVERIFY(sawTemplate);
        // On one's own server the removal form comes first, and "Open page" opens only http(s).
        QTest::mouseClick(guide->findChild<QRadioButton *>(QStringLiteral("answer-own-server")), Qt::LeftButton);
        QCOMPARE(guide->diagnosis().party, Party::ListOperator);
        while (next->isEnabled()) {
            QTest::mouseClick(next, Qt::LeftButton);
            auto *open = guide->findChild<QPushButton *>(QStringLiteral("guideOpen"));
            if (!open->isHidden())
                QTest::mouseClick(open, Qt::LeftButton);
        }
        QVERIFY(!opened.isEmpty());
        for (const QUrl &u : opened)
            QVERIFY(u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
    }

    void theMessageCanBeWrittenInTheOtherLanguage()
    {
        MainWindow w;
        w.show();
        QVector<QUrl> opened;
        GuideView *guide = guideForSeed003(w, opened);
        QVERIFY(guide);
        auto *message = guide->findChild<QPlainTextEdit *>(QStringLiteral("guideTemplate"));
        auto *language = guide->findChild<QComboBox *>(QStringLiteral("guideMessageLanguage"));
        QVERIFY(language);
        while (message->toPlainText().isEmpty() && guide->findChild<QPushButton *>(QStringLiteral("guideNext"))->isEnabled())
            guide->next();
        QVERIFY(message->toPlainText().startsWith(QLatin1String("Subject: ")));
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        const QString stepText = guide->findChild<QLabel *>(QStringLiteral("guideStepText"))->text();

        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        QVERIFY2(message->toPlainText().startsWith(QStringLiteral("件名: ")), qPrintable(message->toPlainText().left(80)));
        QVERIFY(message->toPlainText().contains(QStringLiteral("ご担当者様")));
        QVERIFY(message->toPlainText().contains(QStringLiteral("203.0.113.7"))); // still filled with the evidence
        QCOMPARE(guide->findChild<QLabel *>(QStringLiteral("guideStepText"))->text(), stepText); // the window stays English
        QTest::mouseClick(guide->findChild<QPushButton *>(QStringLiteral("guideMail")), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(QStringLiteral("ご担当者様")));

        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(message->toPlainText().startsWith(QLatin1String("Subject: ")));
    }

    void switchingToJapaneseChangesTheTextsWithoutRestart()
    {
        MainWindow w;
        w.show();
        w.openSample();
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
        const QString englishTab = tabs->tabText(0);
        const QString englishHeadline = text(w, 0, BounceListModel::HeadlineRole);
        QVERIFY(installTranslators(QStringLiteral("ja")));
        QApplication::processEvents();
        QVERIFY(tabs->tabText(0) != englishTab);
        QVERIFY(text(w, 0, BounceListModel::HeadlineRole) != englishHeadline);
        QVERIFY(w.guideView()->diagnosis().why.contains(QChar(0x3002)) || w.guideView()->diagnosis().why.contains(QChar(0x3001)));
        installTranslators(QStringLiteral("en"));
        QApplication::processEvents();
        QCOMPARE(tabs->tabText(0), englishTab);
    }

    void switchingToJapaneseLiveUsesAFontWithJapaneseGlyphs()
    {
        const QString family = japaneseFontFamily();
        if (family.isEmpty())
            QSKIP("no font with Japanese glyphs on this system");
        const QFont before = QApplication::font();
        if (before.family() == family)
            QSKIP("the default font has Japanese glyphs already");
        MainWindow w;
        w.show();
        w.openSample();
        auto choose = [](const QString &language) {
            SettingsDialog dialog;
            auto *box = dialog.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
            box->setCurrentIndex(box->findData(language));
            dialog.apply();
        };
        choose(QStringLiteral("ja"));
        QCOMPARE(QApplication::font().family(), family);
        QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese));
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF());
        QTRY_COMPARE(w.font().family(), family); // the open window follows
        QTRY_COMPARE(w.findChild<QListView *>(QStringLiteral("bounceList"))->font().family(), family);
        // Back to English: the font the application started with.
        choose(QStringLiteral("en"));
        QCOMPARE(QApplication::font(), before);
        QTRY_COMPARE(w.font().family(), before.family());
        Settings::language().set(QString());
        installTranslators(QStringLiteral("en"));
    }

    void theWindowRemembersItsSizeAndDivision()
    {
        QList<int> sizes;
        QSize size;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 640);
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({250, 650});
            sizes = splitter->sizes();
            size = w.size();
            w.close(); // closing saves
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void exportingTheReport()
    {
        MainWindow w;
        w.openSample();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(w.exportReport(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/FontFile")); // fonts are embedded
        // In Japanese, the Japanese text is set in a CJK font that is embedded.
        Settings::language().set(QStringLiteral("ja"));
        QVERIFY(installTranslators(QStringLiteral("ja")));
        const QString jaPdf = dir.filePath(QStringLiteral("report-ja.pdf"));
        QVERIFY(w.exportReport(jaPdf));
        QFile ja(jaPdf);
        QVERIFY(ja.open(QIODevice::ReadOnly));
        const QByteArray jaBytes = ja.readAll();
        QVERIFY(jaBytes.contains("/FontFile"));
        QVERIFY(jaBytes.contains("NotoSansCJK"));
        Settings::language().set(QString());
        installTranslators(QStringLiteral("en"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(w.exportReport(html, true));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        QVERIFY(!h.readAll().contains("tanaka@example.jp"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"

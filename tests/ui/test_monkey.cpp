// SPDX-License-Identifier: GPL-3.0-or-later
// A monkey test: a seeded random sequence of what users do, driven through the widgets of the
// real window (clicks, keys, menu actions, drops, the settings dialog), with the window's
// promises checked after every action. Live checks go to dnsmasq on loopback; nothing leaves
// the machine.
//
//   BN_MONKEY_SEED     the seed (default: a random one); printed first, so any failure reproduces
//   BN_MONKEY_SECONDS  how long to act (default 10)
//   BN_MONKEY_ACTIONS  at most this many actions (default: no limit)
//   BN_MONKEY_VERBOSE  1: print every action as it starts
// Under the sanitizers a finding aborts the run; tests/soak/monkey_soak.sh runs it for minutes.
#include "bounce_list_model.h"
#include "common/language.h"
#include "guide/diagnosis.h"
#include "guide_view.h"
#include "log_import_view.h"
#include "lookup_panel.h"
#include "main_window.h"
#include "rejection_group_model.h"
#include "settings.h"
#include "settings_dialog.h"
#include "support/dns_fixture.h"
#include "support/test_paths.h"
#include "window_helpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>
#include <map>

using namespace bn;

namespace {

enum class Kind {
    PasteBounce,
    PasteJunk,
    OpenFile,
    OpenBinary,
    Steps,
    ChooseCard,
    Language,
    Check,
    Cancel,
    ImportLog,
    ChooseLogGroup,
    Export,
    Clear,
    Wait,
};

struct KindInfo
{
    Kind kind;
    const char *name;
    int weight;
};

// How often each action comes, roughly as a user mixes them.
constexpr KindInfo Kinds[] = {
    {Kind::PasteBounce, "paste-bounce", 10}, {Kind::PasteJunk, "paste-junk", 6},   {Kind::OpenFile, "open-file", 8},
    {Kind::OpenBinary, "open-binary", 4},    {Kind::Steps, "steps", 16},           {Kind::ChooseCard, "choose-card", 8},
    {Kind::Language, "language", 2},         {Kind::Check, "check-now", 6},        {Kind::Cancel, "cancel", 5},
    {Kind::ImportLog, "import-log", 3},      {Kind::ChooseLogGroup, "log-group", 3}, {Kind::Export, "export", 2},
    {Kind::Clear, "clear", 4},               {Kind::Wait, "wait", 8},
};

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? v : fallback;
}

bool sameBounce(const Bounce &a, const Bounce &b)
{
    return a.recipient == b.recipient && a.diagnostic == b.diagnostic && a.status == b.status && a.replyCode == b.replyCode
        && a.listedIp == b.listedIp && a.listedDomain == b.listedDomain;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class Monkey
{
public:
    Monkey(MainWindow &window, quint32 seed, const QString &tempDir)
        : w(window)
        , rng(seed)
        , temp(tempDir)
    {
        const QDir data(test::dataDir());
        for (const QString &dir : {QStringLiteral("blocklist"), QStringLiteral("guide")})
            for (const QFileInfo &f : QDir(data.filePath(dir)).entryInfoList({QStringLiteral("*.eml"), QStringLiteral("*.txt")}, QDir::Files))
                bounces << f.absoluteFilePath();
        for (const QFileInfo &f : QDir(data.filePath(QStringLiteral("input"))).entryInfoList({QStringLiteral("*.msg")}, QDir::Files))
            messages << f.absoluteFilePath();
        for (const QFileInfo &f : QDir(data.filePath(QStringLiteral("logs"))).entryInfoList(QDir::Files))
            logs << f.absoluteFilePath();
        for (const KindInfo &k : Kinds)
            total += k.weight;
        w.askFilesToOpen = [this] { return nextFiles; };
        w.askReportPath = [this] { return nextReport; };
        w.guideView()->openUrl = [this](const QUrl &url) {
            opened << url;
            return true;
        };
    }

    bool ready() const { return bounces.size() >= 10 && !messages.isEmpty() && logs.size() >= 3; }

    //! Does one random action; returns its name and what it did.
    QString act()
    {
        int pick = int(rng.bounded(total));
        const KindInfo *info = &Kinds[0];
        for (const KindInfo &k : Kinds) {
            if (pick < k.weight) {
                info = &k;
                break;
            }
            pick -= k.weight;
        }
        ++counts[info->name];
        return QString::fromLatin1(info->name) + QLatin1Char(' ') + run(info->kind);
    }

    //! What the window shows that it should not; empty when all is well.
    QString broken() const
    {
        if (!unexpected.isEmpty())
            return unexpected;
        const GuideView *guide = w.guideView();
        const int row = w.currentCard();
        if (row >= w.cardModel()->rowCount())
            return QStringLiteral("the chosen card %1 is past the %2 cards").arg(row).arg(w.cardModel()->rowCount());
        if (row >= 0) {
            if (!guide->isEnabled())
                return QStringLiteral("a card is chosen, yet the Steps are empty");
            if (!sameBounce(guide->bounce(), w.cardModel()->bounce(row)))
                return QStringLiteral("the Steps are for %1, the card chosen is %2")
                    .arg(guide->bounce().recipient, w.cardModel()->bounce(row).recipient);
        } else if (guide->isEnabled()) {
            // Without a chosen card, the Steps may only be for a group of the imported log.
            const RejectionGroupModel *groups = w.logImportView()->model();
            bool fromLog = false;
            for (int r = 0; r < groups->rowCount() && !fromLog; ++r)
                fromLog = sameBounce(groups->group(r).example, guide->bounce());
            if (!fromLog)
                return QStringLiteral("no card is chosen and no log group matches, yet the Steps show %1 (%2)")
                    .arg(guide->bounce().recipient, guide->bounce().diagnostic.left(60));
        }
        if (!guide->isEnabled()) {
            if (!guide->bounce().recipient.isEmpty() || !guide->bounce().diagnostic.isEmpty() || !guide->diagnosis().steps.isEmpty())
                return QStringLiteral("the empty guide still holds a bounce (%1)").arg(guide->bounce().recipient);
            if (w.cardModel()->rowCount() == 0 && !w.findChild<QTextBrowser *>(QStringLiteral("originalText"))->toPlainText().isEmpty())
                return QStringLiteral("no card and no guide, yet What happened shows a bounce");
        } else {
            const QString party = guide->findChild<QLabel *>(QStringLiteral("guideParty"))->text();
            const QString expected = GuideView::tr("Contact first: %1").arg(partyName(guide->diagnosis().party));
            if (party != expected)
                return QStringLiteral("the Steps name \"%1\", the diagnosis \"%2\"").arg(party, expected);
        }
        if (const Evidence *e = guide->evidence()) {
            const Bounce &b = guide->bounce();
            if (e->subject != b.listedIp && e->subject != b.listedDomain)
                return QStringLiteral("the Steps for %1 use the live check of %2").arg(b.listedIp + b.listedDomain, e->subject);
        }
        for (const QUrl &url : opened)
            if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("mailto"))
                return QStringLiteral("the guide opened %1").arg(url.toString());
        return {};
    }

    //! Lets the background work end (reading, log import, live check), up to \a ms.
    void settle(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms && (w.isOpening() || w.logImportView()->isRunning() || w.lookupPanel()->isRunning()))
            QTest::qWait(10);
    }

    //! Flags any modal dialog (none may open: the monkey would hang in it) and closes it.
    void closeModal()
    {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            unexpected = QStringLiteral("a modal dialog opened: %1 \"%2\"")
                             .arg(QString::fromLatin1(modal->metaObject()->className()), modal->windowTitle());
            modal->close();
        }
    }

    std::map<QString, int> counts;

private:
    QString run(Kind kind)
    {
        switch (kind) {
        case Kind::PasteBounce: return pasteBounce();
        case Kind::PasteJunk: return pasteText(junk(), rng.bounded(4) == 0);
        case Kind::OpenFile: return openFiles(randomFiles());
        case Kind::OpenBinary: return openFiles({binaryFile()});
        case Kind::Steps: return steps();
        case Kind::ChooseCard: return chooseCard();
        case Kind::Language: return switchLanguage();
        case Kind::Check: return checkNow();
        case Kind::Cancel: return cancel();
        case Kind::ImportLog: return openFiles({pick(logs)});
        case Kind::ChooseLogGroup: return chooseLogGroup();
        case Kind::Export: return exportReport();
        case Kind::Clear: return clear();
        case Kind::Wait: {
            const int ms = int(rng.bounded(20, 400));
            if (rng.bounded(2) == 0)
                settle(ms);
            else
                QTest::qWait(ms);
            return QString::number(ms) + QStringLiteral(" ms");
        }
        }
        return {};
    }

    QString pick(const QStringList &from) { return from.at(rng.bounded(int(from.size()))); }

    void showTab(int index)
    {
        QTabBar *bar = w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    }

    QAction *action(const char *name) const { return w.findChild<QAction *>(QLatin1String(name)); }

    QString pasteBounce()
    {
        const QString path = pick(bounces);
        QString text = QString::fromUtf8(readAll(path));
        // Users paste the whole e-mail, or only a part of it.
        if (rng.bounded(3) == 0) {
            const int from = rng.bounded(int(text.size() / 2 + 1));
            text = text.mid(from, rng.bounded(40, int(text.size() + 41)));
        }
        return pasteText(text, false) + QLatin1Char(' ') + QFileInfo(path).fileName();
    }

    //! Pastes through the clipboard and File > Paste bounce, or into the box and Explain.
    QString pasteText(const QString &text, bool asHtml)
    {
        if (asHtml || rng.bounded(2) == 0) {
            auto *mime = new QMimeData;
            if (asHtml)
                mime->setHtml(QStringLiteral("<p>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                              + QStringLiteral("</p>"));
            else
                mime->setText(text);
            QApplication::clipboard()->setMimeData(mime);
            action("actionPaste")->trigger();
            return QStringLiteral("(clipboard%1, %2 chars)").arg(asHtml ? QStringLiteral(", html") : QString()).arg(text.size());
        }
        auto *box = w.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        box->insertPlainText(text); // as a paste into the box does
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("decodeButton")), Qt::LeftButton);
        return QStringLiteral("(box, %1 chars)").arg(text.size());
    }

    QString junk()
    {
        static const QStringList words{QStringLiteral("hello"), QStringLiteral("550"), QStringLiteral("5.7.1"),
                                       QStringLiteral("<user@example.org>"), QStringLiteral("Subject:"), QStringLiteral("blocked"),
                                       QStringLiteral("メール"), QStringLiteral("配信できませんでした"), QStringLiteral("\t"),
                                       QStringLiteral("\n"), QStringLiteral("From:"), QStringLiteral("=?utf-8?b?5pel5pys?="),
                                       QStringLiteral("192.0.2.1"), QStringLiteral("RCPT TO:"), QStringLiteral("--boundary")};
        QString text;
        switch (rng.bounded(4)) {
        case 0: // words in any order
            for (int i = int(rng.bounded(0, 60)); i > 0; --i)
                text += pick(words) + QLatin1Char(' ');
            break;
        case 1: // any characters, controls included
            for (int i = int(rng.bounded(1, 400)); i > 0; --i)
                text += QChar(char16_t(rng.bounded(1, 0x3100)));
            break;
        case 2: // white space only
            text = QStringLiteral(" \n\t ").repeated(int(rng.bounded(0, 5)));
            break;
        default: // one very long line
            text = pick(words).repeated(int(rng.bounded(1000, 20000)));
        }
        return text;
    }

    QStringList randomFiles()
    {
        QStringList files{rng.bounded(4) == 0 ? pick(messages) : pick(bounces)};
        while (rng.bounded(3) == 0)
            files << pick(bounces);
        return files;
    }

    QString binaryFile()
    {
        const QString path = QDir(temp).filePath(QStringLiteral("file-%1").arg(++fileCount));
        switch (rng.bounded(3)) {
        case 0: {
            QImage picture(int(rng.bounded(1, 64)), int(rng.bounded(1, 64)), QImage::Format_RGB32);
            picture.fill(QColor::fromRgb(rng.generate()));
            picture.save(path + QStringLiteral(".png"));
            return path + QStringLiteral(".png");
        }
        case 1: {
            QFile f(path + QStringLiteral(".bin"));
            if (f.open(QIODevice::WriteOnly)) {
                QByteArray bytes(int(rng.bounded(1, 20000)), Qt::Uninitialized);
                for (char &c : bytes)
                    c = char(rng.bounded(256));
                f.write(bytes);
            }
            return f.fileName();
        }
        default: {
            QFile f(path + QStringLiteral(".eml")); // an empty file with a bounce's name
            (void)f.open(QIODevice::WriteOnly);
            return f.fileName();
        }
        }
    }

    //! File > Open (the dialog answered), or a drop onto the window.
    QString openFiles(const QStringList &paths)
    {
        QStringList names;
        for (const QString &p : paths)
            names << QFileInfo(p).fileName();
        if (rng.bounded(3) == 0) {
            QMimeData mime;
            QList<QUrl> urls;
            for (const QString &p : paths)
                urls << QUrl::fromLocalFile(p);
            mime.setUrls(urls);
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&w, &enter);
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&w, &drop);
            return QStringLiteral("(dropped) ") + names.join(QLatin1Char(' '));
        }
        nextFiles = paths;
        action("actionOpen")->trigger();
        return names.join(QLatin1Char(' '));
    }

    QString steps()
    {
        GuideView *guide = w.guideView();
        showTab(2);
        if (!guide->isEnabled())
            return QStringLiteral("(no guide)");
        auto *next = guide->findChild<QPushButton *>(QStringLiteral("guideNext"));
        auto *back = guide->findChild<QPushButton *>(QStringLiteral("guideBack"));
        switch (rng.bounded(6)) {
        case 0: { // another answer to the question
            while (back->isEnabled())
                QTest::mouseClick(back, Qt::LeftButton);
            static const char *const answers[] = {"answer-provider", "answer-own-server", "answer-cloud", "answer-unknown"};
            const char *answer = answers[rng.bounded(4)];
            QTest::mouseClick(guide->findChild<QRadioButton *>(QLatin1String(answer)), Qt::LeftButton);
            return QString::fromLatin1(answer);
        }
        case 1:
        case 2:
            if (next->isEnabled())
                QTest::mouseClick(next, Qt::LeftButton);
            return QStringLiteral("next -> step %1").arg(guide->currentStep());
        case 3:
            if (back->isEnabled())
                QTest::mouseClick(back, Qt::LeftButton);
            return QStringLiteral("back -> step %1").arg(guide->currentStep());
        case 4: { // the message in the other language
            auto *language = guide->findChild<QComboBox *>(QStringLiteral("guideMessageLanguage"));
            if (language->isVisible())
                language->setCurrentIndex(1 - language->currentIndex());
            return QStringLiteral("message language %1").arg(language->currentData().toString());
        }
        default: { // done, copy, open the page, write the e-mail
            static const char *const buttons[] = {"guideStepDone", "guideCopy", "guideOpen", "guideMail"};
            const char *name = buttons[rng.bounded(4)];
            auto *button = guide->findChild<QAbstractButton *>(QLatin1String(name));
            if (button->isVisible() && button->isEnabled())
                QTest::mouseClick(button, Qt::LeftButton);
            return QString::fromLatin1(name);
        }
        }
    }

    QString chooseCard()
    {
        auto *list = w.findChild<QListView *>(QStringLiteral("bounceList"));
        const int rows = w.cardModel()->rowCount();
        if (rows == 0)
            return QStringLiteral("(no card)");
        const int row = int(rng.bounded(rows));
        const QRect rect = list->visualRect(w.cardModel()->index(row));
        if (rng.bounded(2) == 0 && list->viewport()->rect().contains(rect.center())) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center() - QPoint(rect.width() / 4, 0));
            return QStringLiteral("click %1").arg(row);
        }
        static const Qt::Key keys[] = {Qt::Key_Down, Qt::Key_Up, Qt::Key_Home, Qt::Key_End, Qt::Key_Right, Qt::Key_Left, Qt::Key_Return};
        const Qt::Key key = keys[rng.bounded(int(std::size(keys)))];
        list->setFocus();
        QTest::keyClick(list, key);
        return QStringLiteral("key %1 -> %2").arg(QKeySequence(key).toString()).arg(w.currentCard());
    }

    //! Through the settings dialog, as users switch.
    QString switchLanguage()
    {
        const QString language = installedLanguage() == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
        SettingsDialog dialog(&w);
        dialog.show();
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        box->setCurrentIndex(box->findData(language));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return language;
    }

    QString checkNow()
    {
        if (rng.bounded(2) == 0) {
            action("actionCheck")->trigger();
            return QStringLiteral("(menu)");
        }
        showTab(1);
        auto *button = w.lookupPanel()->findChild<QPushButton *>(QStringLiteral("lookupCheck"));
        if (button->isEnabled())
            QTest::mouseClick(button, Qt::LeftButton);
        return QStringLiteral("(button)");
    }

    QString cancel()
    {
        for (const char *name : {"openCancel", "lookupCancel", "logImportCancel"}) {
            auto *button = w.findChild<QPushButton *>(QLatin1String(name));
            if (button && button->isVisible() && button->isEnabled()) {
                QTest::mouseClick(button, Qt::LeftButton);
                return QString::fromLatin1(name);
            }
        }
        return QStringLiteral("(nothing to cancel)");
    }

    QString chooseLogGroup()
    {
        showTab(3);
        auto *table = w.logImportView()->findChild<QTableView *>(QStringLiteral("logGroupTable"));
        const int rows = table->model()->rowCount();
        if (rows == 0)
            return QStringLiteral("(no group)");
        const int row = int(rng.bounded(rows));
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        if (table->isVisible() && table->viewport()->rect().contains(rect.center()))
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        else
            table->selectRow(row);
        return QString::number(row);
    }

    QString exportReport()
    {
        nextReport = QDir(temp).filePath(QStringLiteral("report-%1.%2").arg(++fileCount).arg(rng.bounded(2) ? QStringLiteral("pdf") : QStringLiteral("html")));
        action("actionExport")->trigger();
        if (!QFileInfo(nextReport).size())
            unexpected = QStringLiteral("no report was written to %1").arg(nextReport);
        QFile::remove(nextReport);
        return QFileInfo(nextReport).fileName();
    }

    //! Empties the paste box with the keyboard and explains nothing: the cards go.
    QString clear()
    {
        auto *box = w.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(box, Qt::Key_Delete);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("decodeButton")), Qt::LeftButton);
        return {};
    }

    MainWindow &w;
    QRandomGenerator rng;
    QString temp;
    int total = 0;
    int fileCount = 0;
    QStringList bounces;
    QStringList messages;
    QStringList logs;
    QStringList nextFiles;
    QString nextReport;
    QList<QUrl> opened;
    QString unexpected;
};

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::startWindowTests(); }

    void randomUserActions()
    {
        const quint32 seed = quint32(envNumber("BN_MONKEY_SEED", QRandomGenerator::global()->bounded(1000000)));
        const qint64 seconds = envNumber("BN_MONKEY_SECONDS", 10);
        const qint64 maxActions = envNumber("BN_MONKEY_ACTIONS", -1);
        const bool verbose = envNumber("BN_MONKEY_VERBOSE", 0) != 0;
        std::printf("monkey: seed %u (BN_MONKEY_SEED=%u to repeat), up to %lld s\n", seed, seed, static_cast<long long>(seconds));
        std::fflush(stdout);

        // Live checks: three lists on a loopback dnsmasq (one lists the seeds' IP, one never
        // answers, one fails), RDAP offline, checks also started by choosing a card.
        test::DnsFixture dns({QStringLiteral("--local=/zone.test/"), QStringLiteral("--address=/2.0.0.127.zone.test/127.0.0.2"),
                              QStringLiteral("--address=/7.113.0.203.zone.test/127.0.0.2")});
        QVERIFY2(dns.isRunning(), qPrintable(dns.errorString()));
        Settings::nameserver().set(dns.nameserver());
        Settings::timeoutMs().set(400);
        Settings::automaticLookups().set(true);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DnsZone zone;
        zone.zone = QStringLiteral("zone.test");
        zone.codes = {{QStringLiteral("127.0.0.2"), ZoneCode::Kind::Listed, QStringLiteral("listed")}};
        DnsZone silent = zone;
        silent.zone = QStringLiteral("silent.test");
        DnsZone failing = zone;
        failing.zone = QStringLiteral("servfail.test");
        w.lookupPanel()->setZones({{nullptr, zone}, {nullptr, silent}, {nullptr, failing}});
        OwnerLookupOptions ownerOptions;
        ownerOptions.offline = true;
        ownerOptions.baseUrl = QStringLiteral("http://127.0.0.1:9/"); // refused at once, should a lookup go out
        w.lookupPanel()->setOwnerOptions(ownerOptions);

        Monkey monkey(w, seed, temp.path());
        QVERIFY(monkey.ready());
        QTimer watchdog; // a modal dialog would stop the run: flag it and close it
        connect(&watchdog, &QTimer::timeout, this, [&monkey] { monkey.closeModal(); });
        watchdog.start(200);

        QStringList recent; // the last actions, for the failure message
        QElapsedTimer clock;
        clock.start();
        qint64 done = 0;
        while (clock.elapsed() < seconds * 1000 && (maxActions < 0 || done < maxActions)) {
            if (verbose) {
                std::printf("monkey: action %lld\n", static_cast<long long>(done + 1));
                std::fflush(stdout);
            }
            const QString what = monkey.act();
            ++done;
            QCoreApplication::processEvents();
            monkey.closeModal();
            if (verbose)
                std::printf("  %s\n", qPrintable(what));
            recent << QStringLiteral("%1: %2").arg(done).arg(what.left(160));
            if (recent.size() > 12)
                recent.removeFirst();
            const QString problem = monkey.broken();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1, after action %2: %3\nthe last actions:\n%4")
                                                       .arg(seed)
                                                       .arg(done)
                                                       .arg(problem, recent.join(QLatin1Char('\n')))));
        }
        // Everything still running ends, and the window is still consistent.
        monkey.settle(5000);
        QVERIFY2(monkey.broken().isEmpty(), qPrintable(monkey.broken()));
        QStringList perKind;
        for (const auto &[name, count] : monkey.counts)
            perKind << QStringLiteral("%1 %2").arg(name).arg(count);
        std::printf("monkey: seed %u, %lld actions in %.1f s (%s)\n", seed, static_cast<long long>(done),
                    double(clock.elapsed()) / 1000.0, qPrintable(perKind.join(QStringLiteral(", "))));
        QVERIFY(done > 0);
        Settings::nameserver().set(QString());
        Settings::automaticLookups().set(false);
    }
};

QTEST_MAIN(TestMonkey)
#include "test_monkey.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "bounce_card_delegate.h"
#include "bounce_list_model.h"
#include "common/language.h"
#include "common/version.h"
#include "decode/decoder.h"
#include "decode/logs/rejection_groups.h"
#include "guide/report.h"
#include "guide_view.h"
#include "headline.h"
#include "input/reader.h"
#include "log_import_view.h"
#include "lookup_panel.h"
#include "report_writer.h"
#include "settings.h"
#include "settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkInformation>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace bn {

namespace {

//! A mail log rather than a message: recognised from the first bytes, never the file name.
bool looksLikeLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    if (head.startsWith("\x1f\x8b"))
        return true; // a rotated, compressed log
    return head.contains(" postfix/") || head.contains(" sm-mta[") || head.contains(" sendmail[") || head.contains("#Fields: ")
        || head.contains("\"date_time_utc\"") || (head.size() > 30 && head.at(4) == '-' && head.at(10) == ' ' && head.contains(" <= "));
}

//! What the live check asks about for \a bounce: the IP judged, else the domain.
QString lookupSubject(const Bounce &bounce)
{
    return !bounce.listedIp.isEmpty() ? bounce.listedIp : bounce.listedDomain;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_paste(new QPlainTextEdit(this))
    , m_emptyState(new QLabel(this))
    , m_decode(new QPushButton(this))
    , m_sample(new QPushButton(this))
    , m_cards(new BounceListModel(this))
    , m_cardList(new QListView(this))
    , m_cardDelegate(new BounceCardDelegate(m_cardList))
    , m_errors(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_tabs(new QTabWidget(this))
    , m_original(new QTextBrowser(this))
    , m_lookup(new LookupPanel(this))
    , m_guide(new GuideView(this))
    , m_logs(new LogImportView(this))
    , m_feed(new QTimer(this))
    , m_openBox(new QWidget(this))
    , m_openLabel(new QLabel(m_openBox))
    , m_openProgress(new QProgressBar(m_openBox))
    , m_openCancel(new QPushButton(m_openBox))
{
    askFilesToOpen = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Open bounces or mail logs"), QString(),
                                             tr("Bounces and logs (*.eml *.msg *.mbox *.txt *.log *.gz *.csv);;All files (*)"));
    };
    askReportPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export report"), tr("bounce-report.pdf"), tr("PDF (*.pdf);;HTML (*.html)"));
    };
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_paste->setObjectName(QStringLiteral("pasteBox"));
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_decode->setObjectName(QStringLiteral("decodeButton"));
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_original->setObjectName(QStringLiteral("originalText"));
    m_errors->setObjectName(QStringLiteral("inputErrors"));
    m_emptyState->setWordWrap(true);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("QLabel{color:#a40000}"));
    m_errors->hide();
    m_openBox->setObjectName(QStringLiteral("openProgressBox"));
    m_openLabel->setObjectName(QStringLiteral("openProgressLabel"));
    m_openProgress->setObjectName(QStringLiteral("openProgress"));
    m_openCancel->setObjectName(QStringLiteral("openCancel"));
    m_openLabel->setWordWrap(true);
    m_openProgress->setRange(0, 0);
    auto *openLayout = new QHBoxLayout(m_openBox);
    openLayout->setContentsMargins(0, 0, 0, 0);
    openLayout->addWidget(m_openLabel, 1);
    openLayout->addWidget(m_openProgress, 1);
    openLayout->addWidget(m_openCancel);
    m_openBox->hide();
    m_feed->setInterval(0);
    connect(m_feed, &QTimer::timeout, this, &MainWindow::addPendingCards);
    connect(m_openCancel, &QPushButton::clicked, this, &MainWindow::cancelOpening);
    // One view for any number of cards: a delegate paints them, heights are cached, and the
    // layout runs in batches, so adding cards costs the same with 20 or 20,000 shown.
    m_cardList->setObjectName(QStringLiteral("bounceList"));
    m_cardList->setModel(m_cards);
    m_cardList->setItemDelegate(m_cardDelegate);
    m_cardList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cardList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_cardList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // the width, and so the heights, stay put
    m_cardList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardList->setResizeMode(QListView::Adjust);
    m_cardList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cardList->installEventFilter(this);
    connect(m_cardList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showCard(current.row());
    });
    m_decode->setDefault(true);
    m_paste->setTabChangesFocus(true); // Tab leaves the box; a bounce never needs a typed tab

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_emptyState);
    leftLayout->addWidget(m_paste, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sample);
    buttons->addStretch();
    buttons->addWidget(m_decode);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_openBox);
    leftLayout->addWidget(m_errors);
    leftLayout->addWidget(m_cardList, 2);

    m_tabs->addTab(m_original, QString());
    m_tabs->addTab(m_lookup, QString());
    m_tabs->addTab(m_guide, QString());
    m_tabs->addTab(m_logs, QString());
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({400, 700});
    setCentralWidget(m_splitter);
    // Reading order: the paste box, its buttons left to right, the cards, then the tabs.
    setTabOrder(m_paste, m_sample);
    setTabOrder(m_sample, m_decode);
    setTabOrder(m_decode, m_openCancel);
    setTabOrder(m_openCancel, m_cardList);

    connect(m_decode, &QPushButton::clicked, this, [this] { openPastedText(m_paste->toPlainText()); });
    connect(m_sample, &QPushButton::clicked, this, &MainWindow::openSample);
    connect(m_logs, &LogImportView::groupSelected, this, &MainWindow::showGroup);
    connect(m_lookup, &LookupPanel::finished, this, [this] {
        // A check cut short because another bounce was chosen ends with the evidence of the
        // bounce before: it never serves this one's guide.
        const Item *i = currentItem();
        const Evidence *evidence = m_lookup->evidence();
        if (i && evidence && evidence->subject == lookupSubject(i->bounce))
            m_guide->setBounce(*i, evidence);
    });

    createMenus();
    retranslateUi();
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, &MainWindow::updateOnlineState);
    }
    updateOnlineState();
    resize(1100, 720);
    restoreGeometry(Settings::windowGeometry().get());
    restoreState(Settings::windowState().get());
    m_splitter->restoreState(Settings::splitterState().get());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto action = [this](QMenu *menu, const char *name, QKeySequence shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        menu->addAction(a);
        m_actions.append(a);
        return a;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    action(m_fileMenu, "actionOpen", QKeySequence::Open, [this] { chooseAndOpen(); });
    action(m_fileMenu, "actionPaste", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] {
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        if (mime && mime->hasHtml())
            openPastedText(mime->html(), true);
        else if (mime)
            openPastedText(mime->text());
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    action(m_fileMenu, "actionExport", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { chooseAndExport(); });
    action(m_fileMenu, "actionCopySummary", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copySummary(); });
    m_fileMenu->addSeparator();
    action(m_fileMenu, "actionQuit", QKeySequence::Quit, [this] { close(); });
    m_toolsMenu = menuBar()->addMenu(QString());
    action(m_toolsMenu, "actionCheck", QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_tabs->setCurrentWidget(m_lookup);
        m_lookup->startCheck();
    });
    action(m_toolsMenu, "actionSettings", QKeySequence::Preferences, [this] { showSettings(); });
    m_helpMenu = menuBar()->addMenu(QString());
    action(m_helpMenu, "actionAbout", QKeySequence::HelpContents, [this] { showAbout(); });
    updateRecentMenu();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Bounce Navigator"));
    m_emptyState->setText(tr("Paste the bounce message you received (the whole e-mail, or just the error lines such as "
                             "\"550 5.7.1 …\"), or drop .eml, .msg, mbox files or a mail server log onto this window."));
    m_paste->setPlaceholderText(tr("Paste the returned e-mail here…"));
    m_paste->setAccessibleName(tr("Bounce message"));
    m_decode->setText(tr("&Explain"));
    m_decode->setAccessibleName(tr("Explain the pasted bounce"));
    m_sample->setText(tr("Try a &sample"));
    m_tabs->setTabText(0, tr("What happened"));
    m_tabs->setTabText(1, tr("Check live"));
    m_tabs->setTabText(2, tr("Steps"));
    m_tabs->setTabText(3, tr("Log import"));
    m_cardList->setAccessibleName(tr("Bounces found"));
    m_cardList->setAccessibleDescription(
        tr("The arrow keys choose a bounce; Right shows its details, Left hides them."));
    m_cardDelegate->clearCache();
    m_cards->retranslate();
    m_tabs->setAccessibleName(tr("Details"));
    m_tabs->tabBar()->setAccessibleName(tr("Views of the bounce"));
    m_original->setAccessibleName(tr("The bounce, with the lines that prove it highlighted"));
    m_sample->setAccessibleName(tr("Open a sample bounce"));
    m_openCancel->setText(tr("Cancel"));
    m_openCancel->setAccessibleName(tr("Stop reading the opened files"));
    m_openProgress->setAccessibleName(tr("Reading progress"));
    updateOpenProgress();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    const QStringList texts{tr("&Open…"), tr("&Paste bounce"), tr("&Export report…"), tr("&Copy summary"), tr("&Quit"),
                            tr("&Check blocklists now"), tr("&Settings…"), tr("&About Bounce Navigator")};
    for (int i = 0; i < m_actions.size() && i < texts.size(); ++i)
        m_actions.at(i)->setText(texts.at(i));
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        m_cardDelegate->clearCache(); // the cards' heights follow the font
        m_cards->retranslate();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // In the list of cards the arrow keys move between cards; Right and Left unfold and fold
    // the details of the card chosen, Return and Space show it again.
    if (watched == m_cardList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_cardList->currentIndex();
        if (current.isValid() && (key == Qt::Key_Right || key == Qt::Key_Left)) {
            m_cardDelegate->setExpanded(current, key == Qt::Key_Right);
            return true;
        }
        if (current.isValid() && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
            selectCard(current.row());
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList logs;
    QStringList bounces;
    for (const QString &path : paths) {
        addRecent(path);
        if (QFileInfo(path).isFile() && looksLikeLog(path))
            logs << path;
        else
            bounces << path;
    }
    if (!logs.isEmpty()) {
        // The groups of the log imported before go: so do the Steps of the one shown.
        if (m_showingGroup) {
            m_showingGroup = false;
            m_lookup->setSubject(QString());
            m_guide->clear();
        }
        m_tabs->setCurrentWidget(m_logs);
        m_logs->import(logs);
    }
    if (bounces.isEmpty()) {
        if (logs.isEmpty())
            showItems({}, {});
        QMetaObject::invokeMethod(this, [this] { Q_EMIT filesOpened(); }, Qt::QueuedConnection);
        return;
    }
    discardOpening();
    clearCards();
    m_errors->hide();
    m_opening = true;
    m_openErrors.clear();
    m_openCancelled = false;
    m_openMessages = 0;
    m_openBytes = 0;
    m_openTotal = 0;
    m_openProgress->setRange(0, 0);
    m_openCancel->setEnabled(true);
    m_openBox->show();
    updateOpenProgress();
    m_job = new DecodeJob(bounces, this);
    connect(m_job, &DecodeJob::progress, this, [this](int messages, qint64 done, qint64 total) {
        m_openMessages = messages;
        m_openBytes = done;
        m_openTotal = total;
        updateOpenProgress();
    });
    connect(m_job, &DecodeJob::decoded, this, [this] {
        m_pending += m_job->takeDecoded();
        m_feed->start();
    });
    connect(m_job, &DecodeJob::finished, this, &MainWindow::onOpenFinished);
    m_job->start();
}

bool MainWindow::isOpening() const
{
    return m_opening;
}

void MainWindow::cancelOpening()
{
    if (!m_opening)
        return;
    m_openCancelled = true;
    m_openCancel->setEnabled(false);
    if (m_job)
        m_job->cancel();
}

void MainWindow::onOpenFinished()
{
    m_openErrors = m_job->errors();
    m_openMessages = m_job->messagesRead();
    m_openCancelled = m_openCancelled || m_job->wasCancelled();
    m_job->deleteLater();
    m_job = nullptr;
    if (m_pending.isEmpty())
        finishOpening();
}

void MainWindow::addPendingCards()
{
    // A new card costs a diagnosis and a measure of its text: those that fit in a few
    // milliseconds per turn of the event loop keep the window responsive however many bounces a
    // mailbox holds.
    constexpr qint64 BudgetMs = 4;
    QElapsedTimer clock;
    clock.start();
    qsizetype count = 0;
    while (count < m_pending.size() && (count == 0 || clock.elapsed() < BudgetMs))
        addItem(m_pending.at(count++));
    m_pending.remove(0, count);
    if (currentCard() < 0 && !m_showingGroup && m_cards->rowCount() > 0)
        selectCard(0);
    updateOpenProgress();
    if (m_pending.isEmpty()) {
        m_feed->stop();
        if (m_opening && !m_job)
            finishOpening();
    }
}

void MainWindow::finishOpening()
{
    m_opening = false;
    m_openBox->hide();
    QStringList messages = m_openErrors;
    if (m_openCancelled)
        messages.prepend(tr("Reading was cancelled: only the bounces read before are shown."));
    else if (m_cards->rowCount() == 0 && m_openErrors.isEmpty())
        messages << tr("No bounce was found in the opened files.");
    m_errors->setText(messages.join(QLatin1Char('\n')));
    m_errors->setVisible(!messages.isEmpty());
    Q_EMIT filesOpened();
}

void MainWindow::discardOpening()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_pending.clear();
    m_feed->stop();
    m_opening = false;
    m_openBox->hide();
}

void MainWindow::updateOpenProgress()
{
    if (!m_opening)
        return;
    const QLocale locale;
    if (m_openTotal > 0) {
        m_openProgress->setRange(0, 1000);
        m_openProgress->setValue(int(1000.0 * double(m_openBytes) / double(m_openTotal)));
        //: Progress while opening files: messages read so far, then bytes read of the total (e.g. 12 MB of 80 MB).
        m_openLabel->setText(tr("Reading… %n message(s) so far (%1 of %2)", nullptr, m_openMessages)
                                 .arg(locale.formattedDataSize(m_openBytes), locale.formattedDataSize(m_openTotal)));
    } else {
        m_openLabel->setText(tr("Reading… %n message(s) so far", nullptr, m_openMessages));
    }
}

void MainWindow::openPastedText(const QString &text, bool isHtml)
{
    if (text.trimmed().isEmpty()) {
        showItems({}, {tr("Nothing to explain: paste the bounce message first.")});
        return;
    }
    const Message m = readPastedText(text, isHtml);
    QList<Item> items;
    for (const Bounce &b : decode(m))
        items.append({b, m});
    if (!isHtml && m_paste->toPlainText() != text)
        m_paste->setPlainText(text);
    showItems(items, items.isEmpty() ? QStringList{tr("No refusal was found in this text. Paste the whole bounce, including "
                                                      "the lines with the error code.")}
                                     : QStringList());
}

void MainWindow::openSample()
{
    QFile f(QStringLiteral(":/samples/trendmicro-ers-qil.eml"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = f.readAll();
    m_paste->setPlainText(QString::fromUtf8(data));
    const ReadResult read = readData(data, tr("sample"));
    QList<Item> items;
    for (const Message &m : read.messages)
        for (const Bounce &b : decode(m))
            items.append({b, m});
    showItems(items, {});
}

void MainWindow::showItems(const QList<Item> &items, const QStringList &errors)
{
    discardOpening();
    clearCards();
    for (const Item &item : items)
        addItem(item);
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
    if (m_cards->rowCount() > 0)
        selectCard(0);
}

void MainWindow::clearCards()
{
    m_cards->clear();
    m_showingGroup = false;
    // Nothing of the bounce shown before stays on screen once its card is gone.
    m_original->clear();
    m_lookup->setSubject(QString());
    m_guide->clear();
}

int MainWindow::currentCard() const
{
    const QModelIndex current = m_cardList->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

const MainWindow::Item *MainWindow::currentItem() const
{
    const int row = currentCard();
    if (row >= 0)
        return &m_cards->item(row);
    return m_showingGroup ? &m_group : nullptr;
}

void MainWindow::addItem(const Item &item)
{
    if (m_cards->addRepeat(item.bounce))
        return;
    const Diagnosis d = diagnose(item.bounce, &item.message, nullptr, SendingVia::Unknown, QString());
    const int row = m_cards->add(item, d.party);
    m_cardDelegate->measure(m_cards->index(row));
    if (m_cards->causeCount() > 1)
        m_cardDelegate->measure(m_cards->index(0)); // it gains its cause above it with the second cause
}

void MainWindow::selectCard(int index)
{
    if (index < 0 || index >= m_cards->rowCount())
        return;
    if (currentCard() == index)
        showCard(index);
    else
        m_cardList->setCurrentIndex(m_cards->index(index)); // shows it through currentChanged
}

void MainWindow::showCard(int index)
{
    m_showingGroup = false;
    const Item &item = m_cards->item(index);
    // The original text with the lines that prove it highlighted.
    QString text = item.message.notificationText();
    if (text.isEmpty())
        text = item.bounce.diagnostic;
    QString html = QStringLiteral("<pre style=\"white-space:pre-wrap\">");
    const QString key = item.bounce.diagnostic.left(40);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const bool proof = (!key.isEmpty() && line.contains(key.left(20)))
            || (!item.bounce.replyCode.isEmpty() && line.contains(item.bounce.replyCode + QLatin1Char(' ')))
            || (!item.bounce.list.isEmpty() && line.contains(item.bounce.list));
        html += proof ? QStringLiteral("<span style=\"background:#ffe08a\">%1</span>\n").arg(line.toHtmlEscaped())
                      : line.toHtmlEscaped() + QLatin1Char('\n');
    }
    m_original->setHtml(html + QStringLiteral("</pre>"));
    const QString subject = lookupSubject(item.bounce);
    m_lookup->setSubject(subject);
    applyLookupSettings();
    m_guide->setBounce(item, nullptr);
    if (!subject.isEmpty() && Settings::automaticLookups().get() && m_online && !Settings::networkOff().get())
        m_lookup->startCheck();
}

void MainWindow::applyLookupSettings()
{
    BlocklistCheckOptions options;
    options.nameserver = Settings::nameserver().get();
    options.timeoutMs = Settings::timeoutMs().get();
    m_lookup->setOptions(options);
    m_lookup->setDisabledZones(Settings::disabledZones().get());
}

void MainWindow::showGroup(const RejectionGroup &group)
{
    Message m;
    m.kind = Message::Kind::PastedText;
    m.parts.append({QByteArrayLiteral("text/plain"), group.sampleLines.join(QLatin1Char('\n')), false});
    // The group stands beside the cards (which may still be arriving) without replacing them.
    m_cardList->selectionModel()->clear();
    m_group = {group.example, m};
    m_showingGroup = true;
    m_guide->setBounce(m_group, nullptr);
    m_lookup->setSubject(lookupSubject(group.example));
    applyLookupSettings();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
        openFiles(paths);
    } else if (mime->hasHtml()) {
        openPastedText(mime->html(), true);
    } else {
        openPastedText(mime->text());
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::windowGeometry().set(saveGeometry());
    Settings::windowState().set(saveState());
    Settings::splitterState().set(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = Settings::recentFiles().get();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Settings::recentFiles().set(recent.mid(0, 10));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::recentFiles().get();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateOnlineState()
{
    const auto *info = QNetworkInformation::instance();
    m_online = !info || info->reachability() == QNetworkInformation::Reachability::Online
        || info->reachability() == QNetworkInformation::Reachability::Unknown;
    m_lookup->setOffline(!m_online || Settings::networkOff().get());
}

bool MainWindow::exportReport(const QString &path, bool hideRecipients)
{
    QList<ReportEntry> entries;
    const QString language = installedLanguage();
    // The live check belongs to the bounces that name its IP or domain, and to no other.
    const std::shared_ptr<const Evidence> checked =
        m_lookup->evidence() ? std::make_shared<const Evidence>(*m_lookup->evidence()) : nullptr;
    for (int row = 0; row < m_cards->rowCount(); ++row) {
        const Item &i = m_cards->item(row);
        const QString subject = i.bounce.listedIp.isEmpty() ? i.bounce.listedDomain : i.bounce.listedIp;
        const std::shared_ptr<const Evidence> evidence = checked && !subject.isEmpty() && checked->subject == subject ? checked : nullptr;
        entries.append({i.bounce, diagnose(i.bounce, &i.message, evidence.get(), SendingVia::Unknown, language), evidence});
    }
    return writeReport(path, entries, {hideRecipients, language});
}

void MainWindow::chooseAndOpen()
{
    const QStringList paths = askFilesToOpen();
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::chooseAndExport()
{
    const QString path = askReportPath();
    if (!path.isEmpty() && !exportReport(path))
        QMessageBox::warning(this, tr("Export report"), tr("The report could not be written to %1.").arg(path));
}

void MainWindow::copySummary()
{
    if (const Item *i = currentItem())
        QApplication::clipboard()->setText(reportSummary({i->bounce, m_guide->diagnosis(), nullptr}));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bounce Navigator"),
                       tr("<h3>Bounce Navigator %1</h3><p>Explains bounced e-mail, checks blocklists live and walks you to "
                          "the party that can fix it.</p><p>Licensed under the GNU GPL version 3 or later. Built with Qt "
                          "(LGPL-3.0), GMime (LGPL-2.1), c-ares (MIT), libcurl (curl licence), QtKeychain (BSD-3-Clause), "
                          "libpsl (MIT), libolecf (LGPL-3.0) and zlib. The reason vocabulary is Sisimai's "
                          "(BSD-2-Clause).</p>")
                           .arg(version()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
    m_lookup->forgetKeys(); // a key may have been stored
    applyLookupSettings();
    updateOnlineState();
}

} // namespace bn

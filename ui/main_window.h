// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "decode/decode_job.h"
#include "input/message.h"

#include <QList>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace bn {

class BounceCardDelegate;
class BounceListModel;
class GuideView;
class LogImportView;
class LookupPanel;
struct RejectionGroup;

//! The main window: paste or drop a bounce, see what happened, check live, follow the steps.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens bounces (.eml, .msg, mbox, .txt) and mail logs, recognised by their content. Bounces
    //! are read and decoded off the GUI thread, cards appear as they are decoded, and
    //! filesOpened() follows (also when cancelled); logs go to the log import.
    void openFiles(const QStringList &paths);
    //! Whether files are still being read (or their cards still being added).
    bool isOpening() const;
    //! Stops reading files; the cards of what was read stay.
    void cancelOpening();
    //! Decodes pasted text (HTML when \a isHtml).
    void openPastedText(const QString &text, bool isHtml = false);
    void openSample();
    //! Writes the report of the bounces shown; PDF when the name ends in .pdf, else HTML.
    bool exportReport(const QString &path, bool hideRecipients = false);

    //! The cards shown, one row per distinct refusal (the list is "bounceList").
    BounceListModel *cardModel() const { return m_cards; }
    //! The row of the card chosen, or -1.
    int currentCard() const;
    LookupPanel *lookupPanel() const { return m_lookup; }
    GuideView *guideView() const { return m_guide; }
    LogImportView *logImportView() const { return m_logs; }
    void selectCard(int index);

    //! Asks which files to open (File > Open); tests replace it to answer without a dialog.
    std::function<QStringList()> askFilesToOpen;
    //! Asks where to save the report (File > Export); empty when the user cancels. Replaceable like askFilesToOpen.
    std::function<QString()> askReportPath;

Q_SIGNALS:
    //! Reading the files given to openFiles() has ended, all their cards are shown.
    void filesOpened();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Item = DecodedBounce;
    void createMenus();
    void retranslateUi();
    void showItems(const QList<Item> &items, const QStringList &errors);
    void clearCards();
    //! Adds a card under its cause, or counts the message on the card of the same refusal.
    void addItem(const Item &item);
    //! Shows the card of \a row in the tabs.
    void showCard(int row);
    //! Adds a few of the decoded cards waiting, so that the window stays responsive.
    void addPendingCards();
    void onOpenFinished();
    void finishOpening();
    //! Drops a running open without a result (a new input replaces it).
    void discardOpening();
    void updateOpenProgress();
    //! The card chosen, or the log group shown.
    const Item *currentItem() const;
    void showGroup(const RejectionGroup &group);
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateOnlineState();
    //! The lookup options and the zones switched off, from the settings.
    void applyLookupSettings();
    void copySummary();
    void chooseAndOpen();
    void chooseAndExport();
    void showAbout();
    void showSettings();

    Item m_group;               // the log group shown, when m_showingGroup
    bool m_showingGroup = false;
    DecodeJob *m_job = nullptr;
    QList<Item> m_pending;      // decoded, card not yet added
    bool m_opening = false;
    QStringList m_openErrors;
    bool m_openCancelled = false;
    int m_openMessages = 0;
    qint64 m_openBytes = 0;
    qint64 m_openTotal = 0;
    QPlainTextEdit *m_paste;
    QLabel *m_emptyState;
    QPushButton *m_decode;
    QPushButton *m_sample;
    BounceListModel *m_cards;
    QListView *m_cardList;
    BounceCardDelegate *m_cardDelegate;
    QLabel *m_errors;
    QSplitter *m_splitter; //!< the input and cards on the left, the tabs on the right
    QTabWidget *m_tabs;
    QTextBrowser *m_original;
    LookupPanel *m_lookup;
    GuideView *m_guide;
    LogImportView *m_logs;
    QTimer *m_feed;
    QWidget *m_openBox;
    QLabel *m_openLabel;
    QProgressBar *m_openProgress;
    QPushButton *m_openCancel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_actions;
    bool m_online = true;
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "decode/decode_job.h"
#include "input/message.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace bn {

class BounceCard;
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

    QList<BounceCard *> cards() const { return m_cards; }
    LookupPanel *lookupPanel() const { return m_lookup; }
    GuideView *guideView() const { return m_guide; }
    LogImportView *logImportView() const { return m_logs; }
    void selectCard(int index);

Q_SIGNALS:
    //! Reading the files given to openFiles() has ended, all their cards are shown.
    void filesOpened();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Item = DecodedBounce;
    void createMenus();
    void retranslateUi();
    void showItems(const QList<Item> &items, const QStringList &errors);
    void clearCards();
    //! Adds a card under its cause, keeping m_items and m_cards in the order shown.
    void addItem(const Item &item);
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

    QList<Item> m_items;
    QList<BounceCard *> m_cards;
    QStringList m_causes;       // in the order shown
    QList<int> m_causeCounts;   // cards under each cause
    QList<QLabel *> m_causeLabels;
    QHash<QString, BounceCard *> m_cardByRefusal; // messages reporting the same refusal share a card
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
    int m_current = -1;
    QPlainTextEdit *m_paste;
    QLabel *m_emptyState;
    QPushButton *m_decode;
    QPushButton *m_sample;
    QWidget *m_cardsBox;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_errors;
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

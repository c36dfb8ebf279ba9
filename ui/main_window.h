// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/message.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
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

    //! Opens bounces (.eml, .msg, mbox, .txt) and mail logs, recognised by their content.
    void openFiles(const QStringList &paths);
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

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        Bounce bounce;
        Message message;
    };
    void createMenus();
    void retranslateUi();
    void showItems(const QList<Item> &items, const QStringList &errors);
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
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_actions;
    bool m_online = true;
};

} // namespace bn

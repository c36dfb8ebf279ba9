// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/logs/rejection_groups.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace bn {

class LogScanJob;
class RejectionGroupModel;

//! Imports mail logs: a progress bar with Cancel while the scan runs (off the GUI thread),
//! then a sortable, filterable table of rejection groups. Selecting a group offers it to
//! the rest of the window (cards and the guide) through groupSelected().
class LogImportView final : public QWidget
{
    Q_OBJECT

public:
    explicit LogImportView(QWidget *parent = nullptr);
    ~LogImportView() override;

    //! Starts importing \a paths; a running import is cancelled first.
    void import(const QStringList &paths);
    void cancel();
    bool isRunning() const;
    RejectionGroupModel *model() const { return m_model; }

Q_SIGNALS:
    void groupSelected(const bn::RejectionGroup &group);
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onFinished();
    void updateSummary();
    //! The selected group as a card: headline, permanence, who acts, counts, dates, the lines.
    void showGroupDetails();

    QStackedWidget *m_pages;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_summary;
    QTextBrowser *m_details;
    int m_selectedRow = -1; // in the source model
    RejectionGroupModel *m_model;
    QSortFilterProxyModel *m_proxy;
    LogScanJob *m_job = nullptr;
    QStringList m_paths;
    QStringList m_errors;
    qint64 m_records = 0;
    qint64 m_skipped = 0;
    bool m_truncated = false;
    bool m_cancelled = false;
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_import_view.h"

#include "decode/logs/log_scan_job.h"
#include "rejection_group_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bn {

LogImportView::LogImportView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_model(new RejectionGroupModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("logImportView"));
    m_progress->setObjectName(QStringLiteral("logImportProgress"));
    m_cancel->setObjectName(QStringLiteral("logImportCancel"));
    m_filter->setObjectName(QStringLiteral("logGroupFilter"));
    m_table->setObjectName(QStringLiteral("logGroupTable"));
    m_summary->setObjectName(QStringLiteral("logImportSummary"));

    auto *progressPage = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->addStretch();
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancel, 0, Qt::AlignRight);
    progressLayout->addStretch();
    m_progress->setRange(0, 0);
    m_cancel->setShortcut(Qt::Key_Escape);
    connect(m_cancel, &QPushButton::clicked, this, &LogImportView::cancel);

    auto *resultPage = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_filter->setClearButtonEnabled(true);
    resultLayout->addWidget(m_filter);
    resultLayout->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_summary);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RejectionGroupModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RejectionGroupModel::Count, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT groupSelected(m_model->group(m_proxy->mapToSource(current).row()));
            });

    m_pages->addWidget(progressPage);
    m_pages->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    retranslateUi();
}

LogImportView::~LogImportView() = default;

void LogImportView::import(const QStringList &paths)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_paths = paths;
    m_cancelled = false;
    m_model->setGroups({});
    m_progress->setRange(0, 0);
    m_pages->setCurrentIndex(0);
    m_job = new LogScanJob(paths, this);
    connect(m_job, &LogScanJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000.0 * double(done) / double(total)));
        }
    });
    connect(m_job, &LogScanJob::finished, this, &LogImportView::onFinished);
    retranslateUi();
    m_job->start();
}

void LogImportView::cancel()
{
    if (m_job) {
        m_cancelled = true;
        m_job->cancel();
    }
}

bool LogImportView::isRunning() const
{
    return m_job && m_job->isRunning();
}

void LogImportView::onFinished()
{
    const LogScanResult &r = m_job->result();
    m_errors = r.errors;
    m_records = r.stats.records;
    m_skipped = r.stats.skipped();
    m_truncated = r.stats.truncatedCompressed;
    m_cancelled = m_cancelled || r.cancelled;
    m_model->setGroups(r.groups);
    m_job->deleteLater();
    m_job = nullptr;
    m_pages->setCurrentIndex(1);
    m_table->resizeColumnsToContents();
    updateSummary();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT finished();
}

void LogImportView::updateSummary()
{
    QStringList parts;
    parts << tr("%n rejection(s) in %1 group(s).", nullptr, int(m_records)).arg(m_model->rowCount());
    if (m_cancelled)
        parts << tr("The import was cancelled: only what was read before is shown.");
    if (m_skipped > 0)
        parts << tr("%n line(s) could not be read and were skipped.", nullptr, int(m_skipped));
    if (m_truncated)
        parts << tr("A compressed log ended early; the rejections read before the damage are shown.");
    parts << m_errors;
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void LogImportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogImportView::retranslateUi()
{
    m_progressLabel->setText(tr("Reading %n log file(s)…", nullptr, int(m_paths.size())));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the log import"));
    m_filter->setPlaceholderText(tr("Filter groups (domain, server, list, reason…)"));
    m_filter->setAccessibleName(tr("Filter rejection groups"));
    m_table->setAccessibleName(tr("Rejection groups"));
    m_progress->setAccessibleName(tr("Import progress"));
    if (m_pages->currentIndex() == 1)
        updateSummary();
}

} // namespace bn

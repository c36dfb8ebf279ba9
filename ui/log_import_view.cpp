// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_import_view.h"

#include "decode/logs/log_scan_job.h"
#include "common/language.h"
#include "guide/diagnosis.h"
#include "headline.h"
#include "rejection_group_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
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
    , m_details(new QTextBrowser(this))
    , m_model(new RejectionGroupModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("logImportView"));
    m_progress->setObjectName(QStringLiteral("logImportProgress"));
    m_cancel->setObjectName(QStringLiteral("logImportCancel"));
    m_filter->setObjectName(QStringLiteral("logGroupFilter"));
    m_table->setObjectName(QStringLiteral("logGroupTable"));
    m_summary->setObjectName(QStringLiteral("logImportSummary"));
    m_details->setObjectName(QStringLiteral("logGroupDetails"));

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
    auto *split = new QSplitter(Qt::Vertical, resultPage);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_details->setOpenLinks(false);
    resultLayout->addWidget(split, 1);
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
                if (!current.isValid())
                    return;
                m_selectedRow = m_proxy->mapToSource(current).row();
                showGroupDetails();
                Q_EMIT groupSelected(m_model->group(m_selectedRow));
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
    m_selectedRow = -1;
    m_details->clear();
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

void LogImportView::showGroupDetails()
{
    if (m_selectedRow < 0 || m_selectedRow >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const RejectionGroup &g = m_model->group(m_selectedRow);
    const Diagnosis d = diagnose(g.example, nullptr, nullptr, SendingVia::Unknown, installedLanguage());
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(esc(bounceHeadline(g.example)));
    html += QStringLiteral("<p><span style=\"background:%1\">&nbsp;%2&nbsp;</span> &nbsp; %3</p>")
                .arg(g.temporary ? QStringLiteral("#fff3c4") : QStringLiteral("#f9d0cc"),
                     esc(g.temporary ? tr("Temporary") : tr("Permanent")),
                     esc(tr("Contact first: %1").arg(partyName(d.party))));
    html += QStringLiteral("<p>") + esc(tr("%n rejection(s), from %1 to %2.", nullptr, int(g.count)).arg(g.firstSeen, g.lastSeen));
    if (!g.recipients.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("Recipients: %1").arg(g.recipients.mid(0, 5).join(QStringLiteral(", "))))
            + (g.recipients.size() > 5 ? esc(tr(" and %n more", nullptr, int(g.recipients.size() - 5))) : QString());
    html += QStringLiteral("</p><p>") + esc(tr("The log lines:")) + QStringLiteral("</p><pre>");
    for (qsizetype i = 0; i < g.sampleLines.size(); ++i) {
        const QString number = i < g.sampleLineNumbers.size() ? QString::number(g.sampleLineNumbers.at(i)) + QLatin1Char(' ') : QString();
        html += esc(number + g.sampleLines.at(i)) + QLatin1Char('\n');
    }
    html += QStringLiteral("</pre><p>") + esc(tr("The Steps tab walks you through it.")) + QStringLiteral("</p>");
    m_details->setHtml(html);
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
    m_details->setAccessibleName(tr("The chosen rejection group"));
    showGroupDetails();
    if (m_pages->currentIndex() == 1)
        updateSummary();
}

} // namespace bn

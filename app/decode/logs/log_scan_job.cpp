// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/logs/log_scan_job.h"

#include "reputation/catalog.h"

#include <QFileInfo>
#include <QMetaObject>

namespace bn {

LogScanResult scanLogs(const QStringList &paths, const std::atomic_bool *cancel,
                       const std::function<void(qint64, qint64)> &progress)
{
    LogScanResult result;
    qint64 total = 0;
    for (const QString &p : paths)
        total = (total < 0 || p == QLatin1String("-")) ? -1 : total + QFileInfo(p).size();
    qint64 before = 0;

    RejectionGrouper grouper(Catalog::builtin());
    for (const QString &path : paths) {
        grouper.setSource(path);
        LogScanStats stats;
        LogScanner::Options options;
        options.cancel = cancel;
        if (progress)
            options.progress = [&](qint64 done, qint64) { progress(before + done, total); };
        QString error;
        const bool ok = LogScanner::scan(
            path, [&grouper](LogRecord &&r) { grouper.add(r); }, stats, options, &error);
        if (!ok)
            result.errors.append(error);
        result.stats.bytes += stats.bytes;
        result.stats.records += stats.records;
        result.stats.skippedBinary += stats.skippedBinary;
        result.stats.skippedOverlong += stats.skippedOverlong;
        result.stats.skippedUnparsed += stats.skippedUnparsed;
        result.stats.skippedOtherFormat += stats.skippedOtherFormat;
        result.stats.truncatedCompressed = result.stats.truncatedCompressed || stats.truncatedCompressed;
        for (LogFormat f : std::as_const(stats.formats))
            if (!result.stats.formats.contains(f))
                result.stats.formats.append(f);
        if (path != QLatin1String("-"))
            before += QFileInfo(path).size();
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
    }
    result.groups = grouper.groups();
    return result;
}

LogScanJob::LogScanJob(QStringList paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
}

LogScanJob::~LogScanJob()
{
    cancel(); // m_thread, destroyed first, then waits for the scan to stop
}

void LogScanJob::start()
{
    if (m_thread.isRunning())
        return;
    m_cancel = false;
    m_thread.start([this] {
        LogScanResult r = scanLogs(m_paths, &m_cancel, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this,
            [this, r = std::move(r)]() mutable {
                m_result = std::move(r);
                m_thread.join();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

void LogScanJob::cancel()
{
    m_cancel = true;
}

bool LogScanJob::isRunning() const
{
    return m_thread.isRunning();
}

} // namespace bn

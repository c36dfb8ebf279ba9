// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/worker_thread.h"
#include "decode/logs/rejection_groups.h"
#include "input/logs/log_scanner.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace bn {

struct LogScanResult
{
    QList<RejectionGroup> groups;
    LogScanStats stats;
    QStringList errors; //!< translated, one per file that could not be read
    bool cancelled = false;
};

//! Scans and groups \a paths in the calling thread ("-" is standard input).
LogScanResult scanLogs(const QStringList &paths, const std::atomic_bool *cancel = nullptr,
                       const std::function<void(qint64 done, qint64 total)> &progress = {});

//! Scans mail logs off the GUI thread: progress, cancel, one finished signal.
class LogScanJob final : public QObject
{
    Q_OBJECT

public:
    explicit LogScanJob(QStringList paths, QObject *parent = nullptr);
    ~LogScanJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    //! Valid after finished().
    const LogScanResult &result() const { return m_result; }

Q_SIGNALS:
    //! Bytes of all files read so far, out of \a total (-1 when unknown, e.g. standard input).
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QStringList m_paths;
    LogScanResult m_result;
    std::atomic_bool m_cancel{false};
    WorkerThread m_thread; // last: destroyed (and waited for) first
};

} // namespace bn

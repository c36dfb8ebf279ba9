// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <memory>
#include <utility>

namespace bn {

//! The one thread of a background job (DecodeJob, LogScanJob, OwnerLookup): started with the
//! job's work, joined from the job's own thread once the work said it is done, and waited for
//! when the job is destroyed, so the work may use its job until then. Declare it as the job's
//! last member: it is then destroyed, and waited for, before the members the work uses.
class WorkerThread
{
public:
    WorkerThread() = default;
    ~WorkerThread() { join(); }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    template<typename Work> void start(Work &&work)
    {
        m_thread.reset(QThread::create(std::forward<Work>(work)));
        m_thread->start();
    }

    //! Waits for the work to return, then forgets the thread.
    void join()
    {
        if (m_thread) {
            m_thread->wait();
            m_thread.reset();
        }
    }

    //! Started and not joined yet.
    bool isRunning() const { return m_thread != nullptr; }

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace bn

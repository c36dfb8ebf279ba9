// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/worker_thread.h"
#include "decode/bounce.h"
#include "input/message.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace bn {

//! One bounced recipient and the message it was decoded from.
struct DecodedBounce
{
    Bounce bounce;
    Message message;
};

//! Reads and decodes files (.eml, .msg, mbox of any size, folders) off the GUI thread. The
//! bounces arrive in batches while it runs (decoded(), then takeDecoded()); progress counts
//! messages and bytes; cancel() stops between messages; one finished signal.
class DecodeJob final : public QObject
{
    Q_OBJECT

public:
    explicit DecodeJob(QStringList paths, QObject *parent = nullptr);
    ~DecodeJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread.isRunning(); }
    //! The bounces decoded since the last call, in reading order.
    QList<DecodedBounce> takeDecoded();
    //! Translated, one per input that could not be read. Complete after finished().
    const QStringList &errors() const { return m_errors; }
    int messagesRead() const { return m_messages; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    //! New bounces can be taken with takeDecoded().
    void decoded();
    //! Messages read so far, and bytes of all files read out of \a bytesTotal.
    void progress(int messages, qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    void run();

    QStringList m_paths;
    QList<DecodedBounce> m_decoded; // these members are only touched in the object's thread
    QStringList m_errors;
    int m_messages = 0;
    bool m_cancelled = false;
    std::atomic_bool m_cancel{false};
    WorkerThread m_thread; // last: destroyed (and waited for) first
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace bn {

//! The outcome of one DNS query.
struct DnsAnswer
{
    enum class Status { Ok, NotFound, NoData, Timeout, ServerFailure, Refused, Error, Cancelled };
    Status status = Status::Error;
    QStringList records; //!< A/AAAA addresses, TXT strings or PTR names
    int latencyMs = -1;
};

//! One c-ares channel driven by the Qt event loop: socket notifiers and a timer, no thread
//! per query. Every query runs in parallel; answers arrive through the callbacks.
class DnsChannel final : public QObject
{
    Q_OBJECT

public:
    enum class Type { A, AAAA, TXT, PTR };
    using Callback = std::function<void(const DnsAnswer &)>;

    //! \a nameserver "HOST:PORT" or empty for the system resolver; \a timeoutMs per try.
    explicit DnsChannel(const QString &nameserver = QString(), int timeoutMs = 3000, int tries = 2, QObject *parent = nullptr);
    ~DnsChannel() override;

    bool isValid() const;
    QString errorString() const { return m_error; }
    //! The servers the channel asks ("203.0.113.53:53").
    QStringList servers() const;

    void query(const QString &name, Type type, Callback callback);
    //! Ends every pending query with Status::Cancelled.
    void cancelAll();
    int pending() const { return m_pending; }

private:
    struct Private;
    static void socketStateChanged(void *data, int fd, int readable, int writable);
    void updateTimer();
    void process(int readFd, int writeFd);

    std::unique_ptr<Private> d;
    QHash<int, std::pair<QSocketNotifier *, QSocketNotifier *>> m_notifiers;
    QTimer *m_timer;
    QString m_error;
    int m_pending = 0;
    bool m_destroying = false;
    int m_processing = 0; //!< inside ares_process_fd: c-ares must not be re-entered
};

} // namespace bn

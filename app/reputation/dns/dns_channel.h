// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTimer;

namespace bn {

//! The outcome of one DNS query.
struct DnsAnswer
{
    enum class Status {
        Ok,
        NotFound,      //!< NXDOMAIN
        NoData,        //!< the name exists without records of the type
        Timeout,       //!< no answer before the per-query timeout
        ServerFailure, //!< SERVFAIL
        Refused,       //!< REFUSED
        Unreachable,   //!< the query could not be sent: no network, no route, the server's port closed
        Error,         //!< a malformed answer, a bad name, an unusable channel
        Cancelled,
    };
    Status status = Status::Error;
    QStringList records; //!< A/AAAA addresses, TXT strings or PTR names
    int latencyMs = -1;
};

//! One c-ares channel driven by the Qt event loop: socket notifiers and a timer, no thread
//! per query. Every query runs in parallel.
//!
//! Each query's callback is called exactly once, from the event loop: never before query()
//! returns, never from inside c-ares (which may answer while a query is being sent, cancelled
//! or destroyed), and never after cancelAll() or the channel's destruction, which drop the
//! callbacks still waiting. A callback may start queries, cancel, or destroy the channel.
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
    //! Ends every pending query; their callbacks are not called.
    void cancelAll();
    //! Queries whose callback has not been called yet.
    int pending() const;

    //! Whether \a nameserver is "IPv4:PORT", "[IPv6]:PORT", or an address alone (port 53).
    static bool isValidNameserver(const QString &nameserver);

private:
    struct Private;
    static void socketStateChanged(void *data, int fd, int readable, int writable);
    static void answered(void *arg, int status, int timeouts, unsigned char *buf, int len);
    void process(int readFd, int writeFd);
    void deliverReady();
    void updateTimer();

    std::unique_ptr<Private> d;
    QTimer *m_timer;
    QString m_error;
};

} // namespace bn

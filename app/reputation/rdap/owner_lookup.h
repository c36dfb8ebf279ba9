// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/worker_thread.h"
#include "reputation/evidence.h"

#include <QObject>
#include <QPointer>

#include <atomic>

namespace bn {

struct OwnerLookupOptions
{
    QString baseUrl;        //!< ask this RDAP server instead of the bootstrap's registry
    QString bootstrapFile;  //!< an IANA bootstrap file instead of the bundled one
    QString jpnicBaseUrl = QStringLiteral("https://jpnic.rdap.apnic.net/"); //!< follow-up for JPNIC space
    int timeoutMs = 8000;
    bool offline = false;
    QString nameserver;     //!< "HOST:PORT" to resolve the registry's name with, instead of the system's resolver
};

//! Who owns an IP address, from RDAP over libcurl (TLS verified, proxies from the environment,
//! redirects bounded) in a worker thread. Only the IP leaves the machine. One finished signal.
class OwnerLookup final : public QObject
{
    Q_OBJECT

public:
    OwnerLookup(const QString &ip, OwnerLookupOptions options, QObject *parent = nullptr);
    ~OwnerLookup() override;

    void start();
    const IpOwner &result() const { return m_result; }

    //! Fetches one URL: the body, or an empty body and a translated \a error.
    //! Host names are resolved through c-ares (\a nameserver, or the system's), within the timeout.
    static QByteArray fetch(const QString &url, int timeoutMs, QString *error, long *httpStatus = nullptr,
                            const QString &nameserver = QString());

Q_SIGNALS:
    void finished();

private:
    QString m_ip;
    OwnerLookupOptions m_options;
    IpOwner m_result;
    WorkerThread m_thread; // last: destroyed (and waited for) first
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace bn {

//! The addresses of \a host (IPv4 and IPv6) from the system's DNS servers, asked through c-ares
//! and waited for on the calling thread, never longer than \a timeoutMs. For worker threads that
//! need a host's address before a transfer: libcurl's own resolver cannot be given up on (its
//! cleanup waits for the system lookup, five seconds or more when a server does not answer).
//! Empty, with a translated \a error, when there is no address or no answer in time.
//! \a nameserver ("HOST:PORT") asks that server instead of the system's.
QStringList resolveHost(const QString &host, int timeoutMs, const QString &nameserver, QString *error);

} // namespace bn

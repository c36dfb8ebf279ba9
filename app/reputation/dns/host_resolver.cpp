// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/dns/host_resolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <ares.h>
#include <netdb.h>
#include <poll.h>

namespace bn {

namespace {

struct Outcome
{
    bool done = false;
    int status = ARES_ETIMEOUT;
    QStringList addresses;
};

void resolved(void *arg, int status, int, struct ares_addrinfo *result)
{
    auto *outcome = static_cast<Outcome *>(arg);
    outcome->done = true;
    outcome->status = status;
    if (status == ARES_SUCCESS && result) {
        for (ares_addrinfo_node *n = result->nodes; n; n = n->ai_next) {
            char text[INET6_ADDRSTRLEN] = {};
            const void *address = n->ai_family == AF_INET6 ? static_cast<const void *>(&reinterpret_cast<sockaddr_in6 *>(n->ai_addr)->sin6_addr)
                                                           : static_cast<const void *>(&reinterpret_cast<sockaddr_in *>(n->ai_addr)->sin_addr);
            if (ares_inet_ntop(n->ai_family, address, text, sizeof text))
                outcome->addresses << QString::fromLatin1(text);
        }
    }
    if (result)
        ares_freeaddrinfo(result);
}

} // namespace

QStringList resolveHost(const QString &host, int timeoutMs, const QString &nameserver, QString *error)
{
    static const int initialised = ares_library_init(ARES_LIB_INIT_ALL);
    Q_UNUSED(initialised);
    const QDeadlineTimer deadline(qMax(1, timeoutMs));
    ares_channel channel = nullptr;
    struct ares_options options = {};
    options.timeout = qMax(1, timeoutMs);
    options.tries = 1;
    if (ares_init_options(&channel, &options, ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES) != ARES_SUCCESS) {
        *error = QCoreApplication::translate("bn::HostResolver", "The DNS resolver could not start.");
        return {};
    }
    if (!nameserver.isEmpty() && ares_set_servers_ports_csv(channel, nameserver.toLatin1().constData()) != ARES_SUCCESS) {
        ares_destroy(channel);
        *error = QCoreApplication::translate("bn::HostResolver", "The DNS resolver could not start.");
        return {};
    }
    Outcome outcome;
    struct ares_addrinfo_hints hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_flags = ARES_AI_NOSORT;
    ares_getaddrinfo(channel, host.toUtf8().constData(), nullptr, &hints, &resolved, &outcome);
    while (!outcome.done && !deadline.hasExpired()) {
        ares_socket_t sockets[ARES_GETSOCK_MAXNUM];
        const int bits = ares_getsock(channel, sockets, ARES_GETSOCK_MAXNUM);
        pollfd fds[ARES_GETSOCK_MAXNUM];
        nfds_t count = 0;
        for (int i = 0; i < ARES_GETSOCK_MAXNUM; ++i) {
            const short events = short((ARES_GETSOCK_READABLE(bits, i) ? POLLIN : 0) | (ARES_GETSOCK_WRITABLE(bits, i) ? POLLOUT : 0));
            if (events)
                fds[count++] = {sockets[i], events, 0};
        }
        struct timeval max = {0, 0};
        const qint64 left = qMax<qint64>(1, deadline.remainingTime());
        max.tv_sec = left / 1000;
        max.tv_usec = (left % 1000) * 1000;
        struct timeval tv = {};
        struct timeval *next = ares_timeout(channel, &max, &tv);
        const int waitMs = next ? int(next->tv_sec * 1000 + (next->tv_usec + 999) / 1000) : int(left);
        if (poll(fds, count, qMax(1, waitMs)) < 0 && errno != EINTR)
            break;
        bool any = false;
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].revents == 0)
                continue;
            any = true;
            ares_process_fd(channel, (fds[i].revents & (POLLIN | POLLERR | POLLHUP)) ? fds[i].fd : ARES_SOCKET_BAD,
                            (fds[i].revents & POLLOUT) ? fds[i].fd : ARES_SOCKET_BAD);
        }
        if (!any)
            ares_process_fd(channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD); // timeouts
    }
    ares_destroy(channel); // calls back a lookup still open, with ARES_EDESTRUCTION, once
    if (!outcome.addresses.isEmpty())
        return outcome.addresses;
    if (!outcome.done || outcome.status == ARES_ETIMEOUT || outcome.status == ARES_EDESTRUCTION)
        *error = QCoreApplication::translate("bn::HostResolver", "No answer in time for the address of %1.").arg(host);
    else if (outcome.status == ARES_ECONNREFUSED)
        *error = QCoreApplication::translate("bn::HostResolver", "The address of %1 could not be looked up: no network.").arg(host);
    else
        *error = QCoreApplication::translate("bn::HostResolver", "The address of %1 could not be found.").arg(host);
    return {};
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/dns/dns_channel.h"

#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <ares.h>
#include <arpa/nameser.h>
#include <netdb.h>

namespace bn {

struct DnsChannel::Private
{
    ares_channel channel = nullptr;
};

namespace {

struct Request
{
    DnsChannel::Type type;
    DnsChannel::Callback callback;
    QElapsedTimer clock;
};

DnsAnswer::Status statusOf(int code)
{
    switch (code) {
    case ARES_SUCCESS: return DnsAnswer::Status::Ok;
    case ARES_ENOTFOUND: return DnsAnswer::Status::NotFound;
    case ARES_ENODATA: return DnsAnswer::Status::NoData;
    case ARES_ETIMEOUT: return DnsAnswer::Status::Timeout;
    case ARES_ESERVFAIL: return DnsAnswer::Status::ServerFailure;
    case ARES_EREFUSED: return DnsAnswer::Status::Refused;
    case ARES_ECANCELLED:
    case ARES_EDESTRUCTION: return DnsAnswer::Status::Cancelled;
    default: return DnsAnswer::Status::Error;
    }
}

void parse(DnsChannel::Type type, const unsigned char *buf, int len, DnsAnswer &answer)
{
    switch (type) {
    case DnsChannel::Type::A: {
        struct ares_addrttl addrs[32];
        int n = 32;
        if (ares_parse_a_reply(buf, len, nullptr, addrs, &n) == ARES_SUCCESS) {
            for (int i = 0; i < n; ++i) {
                char text[INET_ADDRSTRLEN];
                ares_inet_ntop(AF_INET, &addrs[i].ipaddr, text, sizeof text);
                answer.records << QString::fromLatin1(text);
            }
        }
        break;
    }
    case DnsChannel::Type::AAAA: {
        struct ares_addr6ttl addrs[32];
        int n = 32;
        if (ares_parse_aaaa_reply(buf, len, nullptr, addrs, &n) == ARES_SUCCESS) {
            for (int i = 0; i < n; ++i) {
                char text[INET6_ADDRSTRLEN];
                ares_inet_ntop(AF_INET6, &addrs[i].ip6addr, text, sizeof text);
                answer.records << QString::fromLatin1(text);
            }
        }
        break;
    }
    case DnsChannel::Type::TXT: {
        struct ares_txt_reply *txt = nullptr;
        if (ares_parse_txt_reply(buf, len, &txt) == ARES_SUCCESS) {
            for (ares_txt_reply *t = txt; t; t = t->next)
                answer.records << QString::fromUtf8(reinterpret_cast<const char *>(t->txt), int(t->length));
            ares_free_data(txt);
        }
        break;
    }
    case DnsChannel::Type::PTR: {
        struct hostent *host = nullptr;
        if (ares_parse_ptr_reply(buf, len, nullptr, 0, AF_INET, &host) == ARES_SUCCESS && host) {
            QStringList names{QString::fromLatin1(host->h_name)};
            for (char **alias = host->h_aliases; alias && *alias; ++alias)
                names << QString::fromLatin1(*alias);
            for (const QString &n : names)
                if (!n.endsWith(QLatin1String(".arpa")) && !answer.records.contains(n))
                    answer.records << n;
            ares_free_hostent(host);
        }
        break;
    }
    }
}

void answered(void *arg, int status, int, unsigned char *buf, int len)
{
    std::unique_ptr<Request> request(static_cast<Request *>(arg));
    DnsAnswer answer;
    answer.status = statusOf(status);
    answer.latencyMs = int(request->clock.elapsed());
    if (status == ARES_SUCCESS)
        parse(request->type, buf, len, answer);
    if (answer.status == DnsAnswer::Status::Ok && answer.records.isEmpty())
        answer.status = DnsAnswer::Status::NoData;
    request->callback(answer);
}

} // namespace

DnsChannel::DnsChannel(const QString &nameserver, int timeoutMs, int tries, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_timer(new QTimer(this))
{
    static const int initialised = ares_library_init(ARES_LIB_INIT_ALL);
    Q_UNUSED(initialised);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });

    struct ares_options options = {};
    options.sock_state_cb = &DnsChannel::socketStateChanged;
    options.sock_state_cb_data = this;
    options.timeout = timeoutMs;
    options.tries = tries;
    const int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES;
    int rc = ares_init_options(&d->channel, &options, mask);
    if (rc != ARES_SUCCESS) {
        m_error = QString::fromLatin1(ares_strerror(rc));
        d->channel = nullptr;
        return;
    }
    if (!nameserver.isEmpty()) {
        rc = ares_set_servers_ports_csv(d->channel, nameserver.toLatin1().constData());
        if (rc != ARES_SUCCESS)
            m_error = QString::fromLatin1(ares_strerror(rc));
    }
}

DnsChannel::~DnsChannel()
{
    m_destroying = true;
    if (d->channel) {
        // Destroying the channel calls every pending callback with ARES_EDESTRUCTION;
        // they must not reach an owner that is being destroyed too.
        ares_destroy(d->channel);
    }
    for (auto &pair : m_notifiers) {
        delete pair.first;
        delete pair.second;
    }
}

bool DnsChannel::isValid() const
{
    return d->channel && m_error.isEmpty();
}

QStringList DnsChannel::servers() const
{
    QStringList out;
    if (!d->channel)
        return out;
    struct ares_addr_port_node *list = nullptr;
    if (ares_get_servers_ports(d->channel, &list) != ARES_SUCCESS)
        return out;
    for (ares_addr_port_node *n = list; n; n = n->next) {
        char text[INET6_ADDRSTRLEN] = {};
        ares_inet_ntop(n->family, &n->addr, text, sizeof text);
        out << QStringLiteral("%1:%2").arg(QString::fromLatin1(text)).arg(n->udp_port ? n->udp_port : 53);
    }
    ares_free_data(list);
    return out;
}

void DnsChannel::query(const QString &name, Type type, Callback callback)
{
    if (!isValid()) {
        DnsAnswer a;
        a.status = DnsAnswer::Status::Error;
        callback(a);
        return;
    }
    if (m_processing > 0) {
        // A query started from an answer's callback is sent once c-ares has returned.
        QTimer::singleShot(0, this, [this, name, type, callback] { query(name, type, callback); });
        return;
    }
    auto *request = new Request{type, [this, callback](const DnsAnswer &a) {
                                    --m_pending;
                                    if (!m_destroying)
                                        callback(a);
                                }, {}};
    request->clock.start();
    ++m_pending;
    const int t = type == Type::A ? ns_t_a : type == Type::AAAA ? ns_t_aaaa : type == Type::TXT ? ns_t_txt : ns_t_ptr;
    ares_query(d->channel, name.toLatin1().constData(), ns_c_in, t, &answered, request);
    updateTimer();
}

void DnsChannel::cancelAll()
{
    if (m_processing > 0) {
        // Called from an answer's callback: cancel once c-ares has returned.
        QTimer::singleShot(0, this, &DnsChannel::cancelAll);
        return;
    }
    if (d->channel)
        ares_cancel(d->channel);
    updateTimer();
}

void DnsChannel::socketStateChanged(void *data, int fd, int readable, int writable)
{
    auto *self = static_cast<DnsChannel *>(data);
    auto &pair = self->m_notifiers[fd];
    auto ensure = [self, fd](QSocketNotifier *&n, QSocketNotifier::Type type, bool wanted) {
        if (wanted && !n) {
            n = new QSocketNotifier(fd, type);
            QObject::connect(n, &QSocketNotifier::activated, self, [self, fd, type] {
                self->process(type == QSocketNotifier::Read ? fd : ARES_SOCKET_BAD,
                              type == QSocketNotifier::Write ? fd : ARES_SOCKET_BAD);
            });
        }
        if (n)
            n->setEnabled(wanted);
    };
    ensure(pair.first, QSocketNotifier::Read, readable);
    ensure(pair.second, QSocketNotifier::Write, writable);
    if (!readable && !writable) {
        // The socket is closed: drop its notifiers once control is back in the event loop.
        if (pair.first)
            pair.first->deleteLater();
        if (pair.second)
            pair.second->deleteLater();
        self->m_notifiers.remove(fd);
    }
}

void DnsChannel::process(int readFd, int writeFd)
{
    if (!d->channel)
        return;
    ++m_processing;
    ares_process_fd(d->channel, readFd, writeFd);
    --m_processing;
    updateTimer();
}

void DnsChannel::updateTimer()
{
    if (!d->channel || m_pending <= 0) {
        m_timer->stop();
        return;
    }
    struct timeval max = {1, 0};
    struct timeval tv = {};
    struct timeval *next = ares_timeout(d->channel, &max, &tv);
    const int ms = next ? int(next->tv_sec * 1000 + next->tv_usec / 1000) : 1000;
    m_timer->start(qMax(1, ms));
}

} // namespace bn

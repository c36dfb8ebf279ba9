// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/dns/dns_channel.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <deque>
#include <unordered_map>

#include <ares.h>
#include <arpa/nameser.h>
#include <netdb.h>

namespace bn {

namespace {

struct Request
{
    DnsChannel::Type type;
    DnsChannel::Callback callback;
    QElapsedTimer clock;
};

//! An answer whose callback waits to be called from the event loop.
struct Ready
{
    DnsChannel::Callback callback;
    DnsAnswer answer;
};

//! The channel of every query c-ares has not answered yet, by the query's number. c-ares is
//! given only the number: an answer whose number is gone (its query was cancelled, its channel
//! destroyed, or it was answered already) is dropped, so nothing c-ares calls back can reach
//! freed memory. c-ares calls back on the thread that drives the channel.
std::unordered_map<quint64, DnsChannel *> &liveQueries()
{
    static thread_local std::unordered_map<quint64, DnsChannel *> queries;
    return queries;
}

quint64 nextQueryNumber()
{
    static std::atomic<quint64> next{1};
    return next++;
}

} // namespace

struct DnsChannel::Private
{
    ares_channel channel = nullptr;
    std::unordered_map<quint64, Request> waiting; //!< sent, not answered
    std::deque<Ready> ready;                      //!< answered, callback not called yet
    QHash<int, std::pair<QSocketNotifier *, QSocketNotifier *>> notifiers;
    bool deliveryScheduled = false;

    void forgetWaiting()
    {
        for (const auto &entry : waiting)
            liveQueries().erase(entry.first);
        waiting.clear();
    }
};

namespace {

DnsAnswer::Status statusOf(int code)
{
    switch (code) {
    case ARES_SUCCESS: return DnsAnswer::Status::Ok;
    case ARES_ENOTFOUND: return DnsAnswer::Status::NotFound;
    case ARES_ENODATA: return DnsAnswer::Status::NoData;
    case ARES_ETIMEOUT: return DnsAnswer::Status::Timeout;
    case ARES_ESERVFAIL: return DnsAnswer::Status::ServerFailure;
    case ARES_ECONNREFUSED: return DnsAnswer::Status::Unreachable;
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

    if (!nameserver.isEmpty() && !isValidNameserver(nameserver)) {
        m_error = tr("%1 is not a DNS server address (an IP address, optionally with :PORT).").arg(nameserver);
        return;
    }
    struct ares_options options = {};
    options.sock_state_cb = &DnsChannel::socketStateChanged;
    options.sock_state_cb_data = this;
    options.timeout = timeoutMs;
    options.tries = tries;
    // A server's SERVFAIL or REFUSED is its answer, and reaches the callback as such: otherwise
    // c-ares skips the server and, with no other to ask, reports "connection refused", which
    // would read as no network.
    options.flags = ARES_FLAG_NOCHECKRESP;
    const int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_FLAGS;
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
    // Destroying the channel makes c-ares call back every query still open; with their numbers
    // forgotten first, none of those calls reaches a callback.
    d->forgetWaiting();
    d->ready.clear();
    if (d->channel)
        ares_destroy(d->channel);
    for (auto &pair : d->notifiers) {
        delete pair.first;
        delete pair.second;
    }
}

bool DnsChannel::isValid() const
{
    return d->channel && m_error.isEmpty();
}

bool DnsChannel::isValidNameserver(const QString &nameserver)
{
    // "192.0.2.53", "192.0.2.53:5353", "[2001:db8::53]:5353", or an IPv6 address alone.
    static const QRegularExpression withPort(QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:\\[\\]]+))(?::(\\d{1,5}))?$"));
    const QRegularExpressionMatch m = withPort.match(nameserver);
    if (!m.hasMatch())
        return QHostAddress(nameserver).protocol() == QAbstractSocket::IPv6Protocol;
    const bool bracketed = m.capturedLength(1) > 0;
    const QHostAddress host(bracketed ? m.captured(1) : m.captured(2));
    if (host.protocol() != (bracketed ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol))
        return false;
    if (!bracketed && host.toString() != m.captured(2))
        return false; // "1.2.3" or "01.2.3.4": shorthands, not what anyone means
    const int port = m.captured(3).isEmpty() ? 53 : m.captured(3).toInt();
    return port >= 1 && port <= 65535;
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

int DnsChannel::pending() const
{
    return int(d->waiting.size() + d->ready.size());
}

void DnsChannel::query(const QString &name, Type type, Callback callback)
{
    const quint64 number = nextQueryNumber();
    if (!isValid()) {
        DnsAnswer unusable;
        unusable.status = DnsAnswer::Status::Error;
        d->ready.push_back({std::move(callback), unusable});
    } else {
        Request &request = d->waiting[number];
        request.type = type;
        request.callback = std::move(callback);
        request.clock.start();
        liveQueries()[number] = this;
        const int t = type == Type::A ? ns_t_a : type == Type::AAAA ? ns_t_aaaa : type == Type::TXT ? ns_t_txt : ns_t_ptr;
        // c-ares may answer inside this call (when the query cannot be sent): answered() only
        // queues the answer, and it is delivered once the event loop runs again.
        ares_query(d->channel, name.toUtf8().constData(), ns_c_in, t, &DnsChannel::answered,
                   reinterpret_cast<void *>(quintptr(number)));
    }
    if (!d->ready.empty() && !d->deliveryScheduled) {
        d->deliveryScheduled = true;
        QMetaObject::invokeMethod(this, &DnsChannel::deliverReady, Qt::QueuedConnection);
    }
    updateTimer();
}

void DnsChannel::answered(void *arg, int status, int, unsigned char *buf, int len)
{
    const quint64 number = quintptr(arg);
    auto live = liveQueries().find(number);
    if (live == liveQueries().end())
        return; // cancelled, destroyed, or answered already
    DnsChannel *self = live->second;
    liveQueries().erase(live);
    auto waiting = self->d->waiting.find(number);
    if (waiting == self->d->waiting.end())
        return;
    Request request = std::move(waiting->second);
    self->d->waiting.erase(waiting);

    DnsAnswer answer;
    answer.status = statusOf(status);
    answer.latencyMs = int(request.clock.elapsed());
    if (status == ARES_SUCCESS)
        parse(request.type, buf, len, answer);
    if (answer.status == DnsAnswer::Status::Ok && answer.records.isEmpty())
        answer.status = DnsAnswer::Status::NoData;
    self->d->ready.push_back({std::move(request.callback), answer});
}

void DnsChannel::deliverReady()
{
    d->deliveryScheduled = false;
    const QPointer<DnsChannel> alive(this);
    while (!d->ready.empty()) {
        Ready next = std::move(d->ready.front());
        d->ready.pop_front();
        next.callback(next.answer); // may query, cancel, or destroy this channel
        if (!alive)
            return;
    }
    updateTimer();
}

void DnsChannel::cancelAll()
{
    d->forgetWaiting();
    d->ready.clear();
    if (d->channel)
        ares_cancel(d->channel); // its calls back find no number, and are dropped
    updateTimer();
}

void DnsChannel::socketStateChanged(void *data, int fd, int readable, int writable)
{
    auto *self = static_cast<DnsChannel *>(data);
    auto &pair = self->d->notifiers[fd];
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
        self->d->notifiers.remove(fd);
    }
}

void DnsChannel::process(int readFd, int writeFd)
{
    if (!d->channel)
        return;
    ares_process_fd(d->channel, readFd, writeFd);
    // Called from the event loop: the answers c-ares gave are delivered now, outside it.
    deliverReady();
}

void DnsChannel::updateTimer()
{
    if (!d->channel || d->waiting.empty()) {
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

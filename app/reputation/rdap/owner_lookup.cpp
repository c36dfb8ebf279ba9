// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/rdap/owner_lookup.h"

#include "common/version.h"
#include "reputation/dns/host_resolver.h"
#include "reputation/rdap/rdap.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QUrl>

#include <curl/curl.h>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

size_t collect(char *data, size_t size, size_t count, void *user)
{
    auto *body = static_cast<QByteArray *>(user);
    if (body->size() > 8 * 1024 * 1024)
        return 0; // an RDAP answer is never this large
    body->append(data, qsizetype(size * count));
    return size * count;
}

QMutex cacheLock;
QHash<QString, IpOwner> &cache()
{
    static QHash<QString, IpOwner> c;
    return c;
}

IpOwner lookUp(const QString &ip, const OwnerLookupOptions &o)
{
    IpOwner owner;
    if (o.offline) {
        owner.error = tr("Not looked up: the network is switched off.");
        return owner;
    }
    // The timeout bounds the whole lookup: the bootstrap's refresh, the query, the follow-up.
    const QDeadlineTimer deadline(o.timeoutMs);
    auto remaining = [&deadline] { return int(qMax<qint64>(1, deadline.remainingTime())); };
    QString base = o.baseUrl;
    if (base.isEmpty()) {
        rdap::Bootstrap bootstrap;
        QFile f(o.bootstrapFile);
        if (!o.bootstrapFile.isEmpty() && f.open(QIODevice::ReadOnly)) {
            bootstrap.load(f.readAll());
        } else {
            // Keep the bootstrap fresh: registries move address blocks now and then. A failed
            // refresh leaves the previous copy (or the bundled one) in use.
            // A third of the time at most: the bundled copy serves when the refresh cannot.
            rdap::Bootstrap::refresh(30, qMax(1, remaining() / 3), nullptr);
            bootstrap = rdap::Bootstrap::builtin();
        }
        base = bootstrap.baseUrlFor(ip);
        if (base.isEmpty()) {
            owner.error = tr("No registry is known for this address.");
            return owner;
        }
    }
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString error;
    long status = 0;
    const QByteArray body = OwnerLookup::fetch(base + QStringLiteral("ip/") + ip, remaining(), &error, &status, o.nameserver);
    if (!error.isEmpty()) {
        owner.error = error;
        owner.checked = status == 404; // the registry's own answer: no record
        return owner;
    }
    owner.registry = rdap::registryName(base);
    if (!rdap::parseIpNetwork(body, owner, &error)) {
        owner.known = false;
        owner.error = error;
        return owner;
    }
    // Japanese space: APNIC only knows the JPNIC block; the end user is at JPNIC.
    if (rdap::isJpnicBlock(body) && !o.jpnicBaseUrl.isEmpty()) {
        QString jpnic = o.jpnicBaseUrl;
        if (!jpnic.endsWith(QLatin1Char('/')))
            jpnic += QLatin1Char('/');
        QString jpError;
        const QByteArray detail = OwnerLookup::fetch(jpnic + QStringLiteral("ip/") + ip, remaining(), &jpError, nullptr, o.nameserver);
        IpOwner specific;
        specific.registry = QStringLiteral("JPNIC");
        if (jpError.isEmpty() && rdap::parseIpNetwork(detail, specific, &jpError)) {
            specific.checked = true;
            return specific;
        }
        owner.error = tr("APNIC delegates this address to JPNIC, which did not answer: %1").arg(jpError);
    }
    owner.checked = true;
    return owner;
}

} // namespace

namespace {

//! One HTTP exchange, without following redirects; \a resolve pins the host's addresses
//! ("host:port:address,…") so libcurl never resolves a name itself.
CURLcode exchange(const QByteArray &url, const QByteArray &resolve, int timeoutMs, QByteArray &body, long &status, QByteArray &location)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return CURLE_FAILED_INIT;
    const QByteArray agent = QByteArrayLiteral("BounceNavigator/") + version().toUtf8();
    struct curl_slist *headers = curl_slist_append(nullptr, "Accept: application/rdap+json, application/json");
    struct curl_slist *pinned = resolve.isEmpty() ? nullptr : curl_slist_append(nullptr, resolve.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_RESOLVE, pinned);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(timeoutMs, 5000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    // Proxies come from http_proxy / https_proxy / no_proxy, as libcurl reads them by default.
    const CURLcode rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    char *redirect = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &redirect) == CURLE_OK && redirect)
        location = QByteArray(redirect);
    curl_slist_free_all(pinned);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return rc;
}

} // namespace

QByteArray OwnerLookup::fetch(const QString &url, int timeoutMs, QString *error, long *httpStatus, const QString &nameserver)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised);
    // The timeout bounds everything: each host's address (asked through c-ares, since libcurl's
    // resolver cannot be given up on), each redirect, each transfer.
    const QDeadlineTimer deadline(qMax(1, timeoutMs));
    auto remaining = [&deadline] { return int(qMax<qint64>(1, deadline.remainingTime())); };
    QByteArray body;
    long status = 0;
    CURLcode rc = CURLE_OK;
    QUrl next(url);
    for (int hop = 0;; ++hop) {
        if (hop > 5) {
            rc = CURLE_TOO_MANY_REDIRECTS;
            break;
        }
        if (!next.isValid() || (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https"))) {
            *error = tr("The registry's address is not valid: %1").arg(next.toString());
            return {};
        }
        QByteArray resolve;
        if (QHostAddress(next.host()).isNull()) {
            QString resolveError;
            const QStringList addresses = resolveHost(next.host(), remaining(), nameserver, &resolveError);
            if (addresses.isEmpty()) {
                *error = tr("The registry could not be reached: %1").arg(resolveError);
                return {};
            }
            const int port = next.port(next.scheme() == QLatin1String("https") ? 443 : 80);
            QStringList bracketed;
            for (const QString &a : addresses)
                bracketed << (a.contains(QLatin1Char(':')) ? QLatin1Char('[') + a + QLatin1Char(']') : a);
            resolve = QStringLiteral("%1:%2:%3").arg(next.host(QUrl::FullyEncoded)).arg(port).arg(bracketed.join(QLatin1Char(','))).toUtf8();
        }
        body.clear();
        QByteArray location;
        rc = exchange(next.toEncoded(), resolve, remaining(), body, status, location);
        if (rc != CURLE_OK || status < 300 || status >= 400 || location.isEmpty())
            break;
        next = QUrl::fromEncoded(location);
    }
    if (httpStatus)
        *httpStatus = status;
    if (rc == CURLE_FAILED_INIT)
        *error = tr("The HTTP client could not start.");
    else if (rc == CURLE_OPERATION_TIMEDOUT || deadline.hasExpired())
        *error = tr("The registry did not answer in time.");
    else if (rc == CURLE_TOO_MANY_REDIRECTS)
        *error = tr("The registry redirected too many times.");
    else if (rc != CURLE_OK)
        *error = tr("The registry could not be reached: %1").arg(QString::fromUtf8(curl_easy_strerror(rc)));
    else if (status == 404)
        *error = tr("The registry has no record of this address (404).");
    else if (status == 429)
        *error = tr("The registry answered 429 Too Many Requests; try again later.");
    else if (status >= 500)
        *error = tr("The registry had an error (%1); try again later.").arg(status);
    else if (status >= 400)
        *error = tr("The registry refused the query (%1).").arg(status);
    if (!error->isEmpty())
        body.clear();
    return body;
}

OwnerLookup::OwnerLookup(const QString &ip, OwnerLookupOptions options, QObject *parent)
    : QObject(parent)
    , m_ip(ip)
    , m_options(std::move(options))
{
}

OwnerLookup::~OwnerLookup() = default; // m_thread waits for a lookup under way

void OwnerLookup::start()
{
    if (m_thread.isRunning())
        return;
    const QString key = m_ip + QLatin1Char('|') + m_options.baseUrl;
    {
        QMutexLocker locker(&cacheLock);
        if (cache().contains(key) && !m_options.offline) {
            m_result = cache().value(key);
            QMetaObject::invokeMethod(this, &OwnerLookup::finished, Qt::QueuedConnection);
            return;
        }
    }
    m_thread.start([this, key] {
        IpOwner owner = lookUp(m_ip, m_options);
        if (owner.known) {
            QMutexLocker locker(&cacheLock);
            cache().insert(key, owner);
        }
        QMetaObject::invokeMethod(
            this,
            [this, owner] {
                m_result = owner;
                m_thread.join();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/rdap/owner_lookup.h"

#include "common/version.h"
#include "reputation/rdap/rdap.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QMutex>

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
    QString base = o.baseUrl;
    if (base.isEmpty()) {
        rdap::Bootstrap bootstrap;
        QFile f(o.bootstrapFile);
        if (!o.bootstrapFile.isEmpty() && f.open(QIODevice::ReadOnly)) {
            bootstrap.load(f.readAll());
        } else {
            // Keep the bootstrap fresh: registries move address blocks now and then. A failed
            // refresh leaves the previous copy (or the bundled one) in use.
            rdap::Bootstrap::refresh(30, nullptr);
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
    const QByteArray body = OwnerLookup::fetch(base + QStringLiteral("ip/") + ip, o.timeoutMs, &error, &status);
    if (!error.isEmpty()) {
        owner.error = error;
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
        const QByteArray detail = OwnerLookup::fetch(jpnic + QStringLiteral("ip/") + ip, o.timeoutMs, &jpError);
        IpOwner specific;
        specific.registry = QStringLiteral("JPNIC");
        if (jpError.isEmpty() && rdap::parseIpNetwork(detail, specific, &jpError))
            return specific;
        owner.error = tr("APNIC delegates this address to JPNIC, which did not answer: %1").arg(jpError);
    }
    return owner;
}

} // namespace

QByteArray OwnerLookup::fetch(const QString &url, int timeoutMs, QString *error, long *httpStatus)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised);
    CURL *curl = curl_easy_init();
    QByteArray body;
    if (!curl) {
        *error = tr("The HTTP client could not start.");
        return {};
    }
    const QByteArray u = url.toUtf8();
    const QByteArray agent = QByteArrayLiteral("BounceNavigator/") + version().toUtf8();
    struct curl_slist *headers = curl_slist_append(nullptr, "Accept: application/rdap+json, application/json");
    curl_easy_setopt(curl, CURLOPT_URL, u.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(timeoutMs, 5000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    // Proxies come from http_proxy / https_proxy / no_proxy, as libcurl reads them by default.
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (httpStatus)
        *httpStatus = status;
    if (rc == CURLE_OPERATION_TIMEDOUT)
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

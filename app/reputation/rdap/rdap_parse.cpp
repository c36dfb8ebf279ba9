// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/rdap/rdap.h"

#include "reputation/rdap/owner_lookup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QMutex>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bn::rdap {

namespace {

QString vcardValue(const QJsonObject &entity, const QString &property, const QString &type = QString())
{
    const QJsonArray card = entity.value(QLatin1String("vcardArray")).toArray();
    for (const QJsonValue &item : card.at(1).toArray()) {
        const QJsonArray field = item.toArray();
        if (field.at(0).toString() != property)
            continue;
        if (!type.isEmpty()) {
            const QJsonValue t = field.at(1).toObject().value(QLatin1String("type"));
            const QString types = t.isArray() ? QString::fromUtf8(QJsonDocument(t.toArray()).toJson()) : t.toString();
            if (!types.contains(type, Qt::CaseInsensitive))
                continue;
        }
        const QJsonValue v = field.at(3);
        return v.isArray() ? v.toArray().at(0).toString() : v.toString();
    }
    return {};
}

bool hasRole(const QJsonObject &entity, const char *role)
{
    for (const QJsonValue &r : entity.value(QLatin1String("roles")).toArray())
        if (r.toString() == QLatin1String(role))
            return true;
    return false;
}

//! Depth-first over entities and their nested entities.
template<typename F>
void forEachEntity(const QJsonArray &entities, F f, int depth = 0)
{
    if (depth > 8)
        return;
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        f(e);
        forEachEntity(e.value(QLatin1String("entities")).toArray(), f, depth + 1);
    }
}

QString cleanAddress(QString a)
{
    a = a.section(QLatin1Char('/'), 0, 0).trimmed();
    QHostAddress h;
    if (h.setAddress(a))
        return h.toString();
    // Zero-padded IPv4 ("074.125.000.000")
    const QStringList octets = a.split(QLatin1Char('.'));
    if (octets.size() == 4) {
        QStringList out;
        for (const QString &o : octets)
            out << QString::number(o.toInt());
        return out.join(QLatin1Char('.'));
    }
    return a;
}

} // namespace

QString registryName(const QString &url)
{
    const QString u = url.toLower();
    if (u.contains(QLatin1String("jpnic")))
        return QStringLiteral("JPNIC");
    if (u.contains(QLatin1String("arin")))
        return QStringLiteral("ARIN");
    if (u.contains(QLatin1String("ripe")))
        return QStringLiteral("RIPE NCC");
    if (u.contains(QLatin1String("apnic")))
        return QStringLiteral("APNIC");
    if (u.contains(QLatin1String("lacnic")))
        return QStringLiteral("LACNIC");
    if (u.contains(QLatin1String("afrinic")))
        return QStringLiteral("AFRINIC");
    return {};
}

bool parseIpNetwork(const QByteArray &json, IpOwner &owner, QString *error)
{
    QJsonParseError parseError;
    QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("bn::Rdap", "The registry's answer is not valid RDAP (JSON).");
        return false;
    }
    if (root.contains(QLatin1String("response")) && root.value(QLatin1String("response")).isObject())
        root = root.value(QLatin1String("response")).toObject(); // stored fixtures wrap the answer
    if (!root.contains(QLatin1String("startAddress")) && !root.contains(QLatin1String("handle"))) {
        if (error)
            *error = QCoreApplication::translate("bn::Rdap", "The registry's answer is not an IP network.");
        return false;
    }
    owner.known = true;
    owner.handle = root.value(QLatin1String("handle")).toString();
    owner.networkName = root.value(QLatin1String("name")).toString();
    owner.startAddress = cleanAddress(root.value(QLatin1String("startAddress")).toString());
    owner.endAddress = cleanAddress(root.value(QLatin1String("endAddress")).toString());
    owner.type = root.value(QLatin1String("type")).toString();
    owner.country = root.value(QLatin1String("country")).toString();
    if (owner.registry.isEmpty())
        owner.registry = registryName(root.value(QLatin1String("port43")).toString());

    const QJsonArray entities = root.value(QLatin1String("entities")).toArray();
    // The abuse contact of the registrant organisation first (ARIN nests it there), then any.
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        if (!hasRole(e, "registrant"))
            continue;
        forEachEntity(e.value(QLatin1String("entities")).toArray(), [&owner](const QJsonObject &nested) {
            if (owner.abuseEmail.isEmpty() && hasRole(nested, "abuse")) {
                owner.abuseEmail = vcardValue(nested, QStringLiteral("email"));
                owner.abusePhone = vcardValue(nested, QStringLiteral("tel"));
            }
        });
    }
    forEachEntity(entities, [&owner](const QJsonObject &e) {
        if (owner.organisation.isEmpty() && hasRole(e, "registrant")) {
            const QString fn = vcardValue(e, QStringLiteral("fn"));
            if (!fn.isEmpty())
                owner.organisation = fn;
        }
        if (owner.abuseEmail.isEmpty() && hasRole(e, "abuse")) {
            owner.abuseEmail = vcardValue(e, QStringLiteral("email"));
            owner.abusePhone = vcardValue(e, QStringLiteral("tel"));
        }
    });
    if (owner.abuseEmail.isEmpty()) {
        // An abuse address marked in any vCard ({"type":"abuse"}), as RIPE writes it.
        forEachEntity(entities, [&owner](const QJsonObject &e) {
            if (owner.abuseEmail.isEmpty())
                owner.abuseEmail = vcardValue(e, QStringLiteral("email"), QStringLiteral("abuse"));
        });
    }
    return true;
}

bool isJpnicBlock(const QByteArray &json)
{
    const QByteArray lower = json.toLower();
    return lower.contains("jpnic allocation block") || lower.contains("jpnic-jp") || lower.contains("japan network information center");
}

bool Bootstrap::load(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray services = root.value(QLatin1String("services")).toArray();
    if (services.isEmpty())
        return false;
    if (m_publication.isEmpty())
        m_publication = root.value(QLatin1String("publication")).toString();
    for (const QJsonValue &sv : services) {
        const QJsonArray s = sv.toArray();
        Service service;
        for (const QJsonValue &u : s.at(1).toArray())
            if (service.url.isEmpty() || u.toString().startsWith(QLatin1String("https://")))
                service.url = service.url.startsWith(QLatin1String("https://")) ? service.url : u.toString();
        for (const QJsonValue &p : s.at(0).toArray()) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(p.toString());
            if (subnet.second < 0)
                continue;
            QByteArray bytes;
            if (subnet.first.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 v4 = subnet.first.toIPv4Address();
                bytes = QByteArray(4, 0);
                for (int i = 0; i < 4; ++i)
                    bytes[i] = char(v4 >> (24 - 8 * i));
            } else {
                const Q_IPV6ADDR v6 = subnet.first.toIPv6Address();
                bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
            }
            service.prefixes.append({bytes, subnet.second});
        }
        m_services.append(service);
    }
    return true;
}

QString Bootstrap::cacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/rdap");
}

int Bootstrap::cachedAgeDays()
{
    const QFileInfo info(cacheDirectory() + QStringLiteral("/ipv4.json"));
    return info.exists() ? int(info.lastModified().daysTo(QDateTime::currentDateTime())) : -1;
}

Bootstrap Bootstrap::builtin()
{
    Bootstrap b;
    for (const char *family : {"ipv4", "ipv6"}) {
        QFile cached(cacheDirectory() + QLatin1Char('/') + QLatin1String(family) + QStringLiteral(".json"));
        if (cached.open(QIODevice::ReadOnly) && b.load(cached.readAll()))
            continue;
        QFile bundled(QStringLiteral(":/rdap/") + QLatin1String(family) + QStringLiteral(".json"));
        if (bundled.open(QIODevice::ReadOnly))
            b.load(bundled.readAll());
    }
    return b;
}

bool Bootstrap::refresh(int maxAgeDays, int timeoutMs, QString *error)
{
    const int age = cachedAgeDays();
    if (age >= 0 && age <= maxAgeDays)
        return true;
    // One try in ten minutes, across runs: IANA out of reach now does not slow every lookup.
    static QMutex attemptLock;
    QMutexLocker locker(&attemptLock);
    QDir().mkpath(cacheDirectory());
    const QString attempt = cacheDirectory() + QStringLiteral("/last-refresh-attempt");
    const QFileInfo last(attempt);
    if (last.exists() && last.lastModified().secsTo(QDateTime::currentDateTime()) < 10 * 60) {
        if (error)
            *error = QCoreApplication::translate("bn::Rdap", "The bootstrap file was not refreshed: the last try failed.");
        return false;
    }
    {
        QFile mark(attempt);
        if (mark.open(QIODevice::WriteOnly | QIODevice::Truncate))
            mark.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8());
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (const char *family : {"ipv4", "ipv6"}) {
        QString fetchError;
        const QByteArray body = OwnerLookup::fetch(QStringLiteral("https://data.iana.org/rdap/%1.json").arg(QLatin1String(family)),
                                                   int(qMax<qint64>(1, deadline.remainingTime())), &fetchError);
        Bootstrap check;
        if (!fetchError.isEmpty() || !check.load(body)) {
            if (error)
                *error = fetchError.isEmpty() ? QCoreApplication::translate("bn::Rdap", "The IANA bootstrap file was not valid.")
                                              : fetchError;
            return false;
        }
        QSaveFile out(cacheDirectory() + QLatin1Char('/') + QLatin1String(family) + QStringLiteral(".json"));
        if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit()) {
            if (error)
                *error = QCoreApplication::translate("bn::Rdap", "The bootstrap file could not be saved in %1.").arg(cacheDirectory());
            return false;
        }
    }
    QFile::remove(attempt);
    return true;
}

QString Bootstrap::baseUrlFor(const QString &ip) const
{
    const QHostAddress address(ip);
    QByteArray bytes;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        bytes = QByteArray(4, 0);
        for (int i = 0; i < 4; ++i)
            bytes[i] = char(v4 >> (24 - 8 * i));
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        return {};
    }
    QString best;
    int bestLength = -1;
    for (const Service &s : m_services) {
        for (const auto &[prefix, length] : s.prefixes) {
            if (prefix.size() != bytes.size() || length <= bestLength)
                continue;
            bool match = true;
            for (int bit = 0; bit < length && match; ++bit) {
                const int byte = bit / 8;
                const int mask = 0x80 >> (bit % 8);
                match = (prefix.at(byte) & mask) == (bytes.at(byte) & mask);
            }
            if (match) {
                best = s.url;
                bestLength = length;
            }
        }
    }
    return best;
}

} // namespace bn::rdap

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/evidence.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bn::rdap {

//! The IANA RDAP bootstrap (RFC 9224): address prefixes and the registry serving them.
class Bootstrap
{
public:
    //! Loads bootstrap JSON (ipv4.json or ipv6.json); false on invalid input.
    bool load(const QByteArray &json);
    //! The newest bootstrap available: a refreshed copy in the cache directory when there is
    //! one (see refresh()), else the snapshot bundled with the application.
    static Bootstrap builtin();
    //! Where refreshed copies are kept (QStandardPaths::CacheLocation/rdap).
    static QString cacheDirectory();
    //! Age in days of the cached copy, or -1 when only the bundled snapshot is there.
    static int cachedAgeDays();
    //! Downloads ipv4.json and ipv6.json from IANA into the cache when the copy there is older
    //! than \a maxAgeDays (or missing). Blocking: call it off the GUI thread. Returns false, with
    //! a translated \a error, when the download failed; the previous copy stays in use.
    static bool refresh(int maxAgeDays, int timeoutMs, QString *error);
    //! The registry's base URL for \a ip by longest-prefix match (https preferred), or empty.
    QString baseUrlFor(const QString &ip) const;
    QString publication() const { return m_publication; }

private:
    struct Service
    {
        QList<QPair<QByteArray, int>> prefixes; // network bytes (4 or 16) and prefix length
        QString url;
    };
    QList<Service> m_services;
    QString m_publication;
};

//! Reads an RDAP "ip network" response (RFC 9083) into an IpOwner: handle, name, range,
//! type, country, registrant organisation, abuse contact (searched in nested entities and
//! vCards), the registry. Returns false with \a error for invalid JSON.
bool parseIpNetwork(const QByteArray &json, IpOwner &owner, QString *error);

//! True when an APNIC answer is a JPNIC allocation block: the end user is only at JPNIC.
bool isJpnicBlock(const QByteArray &json);

//! "ARIN", "RIPE NCC"… from a base URL or response.
QString registryName(const QString &url);

} // namespace bn::rdap

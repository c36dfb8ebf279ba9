// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bn {

//! The verdict of one DNS list for one IP or domain. Only Listed ever counts as listed.
enum class Verdict {
    Listed,        //!< a documented listing code
    NotListed,     //!< NXDOMAIN
    Refused,       //!< the list refused the query (127.255.255.x, URIBL 127.0.0.1, DBL 127.0.1.255)
    UnknownAnswer, //!< an answer outside the documented codes (e.g. a router rewriting NXDOMAIN)
    NoAnswer,      //!< timeout, SERVFAIL, network error
    NotQueried,    //!< dead list, key missing, web lookup only, or offline
};

struct ZoneVerdict
{
    QString zone;
    QString operatorId;
    QString listId;
    Verdict verdict = Verdict::NotQueried;
    QStringList codes;   //!< A records returned
    QString meaning;     //!< documented meaning of the codes, or why it was not queried
    QString txt;         //!< TXT reason, for listings
    int latencyMs = -1;
    bool zoneUnreliable = false; //!< failed the RFC 5782 health check
    QString lookupUrl;
};

struct ReverseDns
{
    QString ip;
    QStringList ptrNames;
    bool forwardConfirmed = false; //!< FCrDNS
    bool looksGeneric = false;     //!< dynamic-looking name (IP digits, dyn, dsl, pool…)
    QString error;                 //!< empty when the lookup succeeded
};

struct IpOwner
{
    bool known = false;
    QString error;          //!< why the owner is unknown
    QString registry;       //!< "ARIN", "RIPE NCC", "APNIC", "JPNIC", "LACNIC", "AFRINIC"
    QString handle;
    QString networkName;
    QString startAddress;
    QString endAddress;
    QString type;           //!< e.g. "ALLOCATED PA", "DIRECT ASSIGNMENT"
    QString country;
    QString organisation;
    QString abuseEmail;
    QString abusePhone;
};

//! Everything learnt live about one IP or domain.
struct Evidence
{
    QString subject; //!< the IP or domain checked
    QList<ZoneVerdict> zones;
    ReverseDns reverseDns;
    IpOwner owner;
    bool publicResolverSuspected = false;
    bool offline = false;
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bn {

//! The verdict of one DNS list for one IP or domain. Only Listed ever counts as listed, and only
//! NotListed as clean: a list that could not be asked, or whose answer cannot be trusted, is
//! CouldNotCheck, with its cause, and never counts either way.
enum class Verdict {
    Listed,        //!< a documented listing code, from a list that answers correctly
    NotListed,     //!< NXDOMAIN (or only neutral codes), from a list that answers correctly
    CouldNotCheck, //!< asked, or meant to be, without a trustworthy answer: see CheckFailure
    NotQueried,    //!< by design: a dead list, a key not set, a web lookup only, a kind of address it does not cover
};

//! Why a list could not be checked.
enum class CheckFailure {
    None,
    Offline,           //!< the network is switched off (--offline, the setting)
    NoNetwork,         //!< the query could not be sent: no network, no route, or the DNS server unreachable
    NoAnswer,          //!< no answer in time
    ServerFailure,     //!< SERVFAIL
    DnsRefused,        //!< the DNS server refused the query (REFUSED)
    ListRefused,       //!< the list's own refusal code: queries through a public resolver, or over its terms
    UnknownAnswer,     //!< an answer outside the list's documented codes (a resolver or router rewriting)
    HealthCheckFailed, //!< the list's RFC 5782 test entries were answered wrongly: no answer is trusted
    Cancelled,         //!< the user stopped the check
    Error,             //!< the query failed otherwise
};

struct ZoneVerdict
{
    QString zone;
    QString operatorId;
    QString listId;
    Verdict verdict = Verdict::NotQueried;
    CheckFailure failure = CheckFailure::None; //!< for CouldNotCheck
    QStringList codes;   //!< A records returned
    QString meaning;     //!< documented meaning of the codes, or why it was not (or could not be) checked
    QString txt;         //!< TXT reason, for listings
    int latencyMs = -1;
    bool zoneUnreliable = false; //!< failed the RFC 5782 health check
    QString lookupUrl;
};

//! The counts a summary of a check is made of.
struct VerdictCounts
{
    int listed = 0;
    int notListed = 0;
    int couldNotCheck = 0;
    int notQueried = 0;
    //! Nothing that was to be asked got a trustworthy answer.
    bool nothingChecked() const { return listed + notListed == 0 && couldNotCheck > 0; }
};

struct ReverseDns
{
    //! NotChecked until a DNS server gave a trustworthy answer (names, or none exist).
    enum class State { NotChecked, Found, NoName } state = State::NotChecked;
    QString ip;
    QStringList ptrNames;
    bool forwardConfirmed = false; //!< FCrDNS
    bool looksGeneric = false;     //!< dynamic-looking name (IP digits, dyn, dsl, pool…)
    QString error;                 //!< why it was not checked, or that there is no name
};

struct IpOwner
{
    bool known = false;     //!< the registry named the owner
    bool checked = false;   //!< the registry answered (known, or no record for this address)
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
    QStringList resolvers; //!< the DNS servers asked ("192.0.2.53:53")

    VerdictCounts counts() const;
};

//! "could_not_check", "not_listed"…: the verdict's name in JSON.
QString verdictId(Verdict verdict);
//! "no_network", "health_check_failed"…: the failure's name in JSON (empty for None).
QString failureId(CheckFailure failure);

} // namespace bn

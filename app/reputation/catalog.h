// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bn {

//! Who a list operator accepts a removal request from.
enum class RemovalBy {
    Unknown,
    IpOwner,      //!< only the owner of the IP space (or its ISP) — e.g. Trend Micro, Spamhaus SBL
    IpAdmin,      //!< whoever administers the IP (self-service, e.g. Spamhaus CSS/XBL/PBL)
    Anyone,       //!< anyone, e.g. PSBL, Barracuda, Microsoft 365 delist portal
    NdrHolder,    //!< anyone holding the NDR (Microsoft 365 delist portal)
    RecipientAdmin, //!< the receiving organisation's administrator (recipient-side policy)
    NoRemoval,    //!< no removal process; expires by itself or there is nothing to ask
};

//! What made a list list an address, and so who can remove the cause (the guide's first party).
enum class ListingCause {
    Unspecified,
    ReputationService, //!< a commercial reputation service judged the IP (Talos, Proofpoint, Cloudmark, Trend Micro, Microsoft)
    AbuseFromIp,       //!< abuse recorded from the IP; the entry expires once it stops (SpamCop, UCEPROTECT 1, PSBL, XBL, CSS)
    Allocation,        //!< the address range, not the sender (dynamic ranges, no reverse DNS, UCEPROTECT 2/3, PBL)
    ListedDomain,      //!< a domain list (DBL, URIBL, SURBL): the domain is listed, whoever sends
    SendingPractice,   //!< a mailbox provider's reputation of one's own domain (Gmail): sending practice and authentication
};

//! What a kind of DNS answer means for one zone.
struct ZoneCode
{
    QString code;     //!< "127.0.0.2", or a bit for bitmask zones ("bit:8")
    enum class Kind { Listed, Refused, Allowlisted, Neutral } kind = Kind::Listed;
    QString meaning;  //!< short English description, e.g. "SBL: Spamhaus spam source"
};

//! One DNS zone of a list.
struct DnsZone
{
    QString zone;                 //!< e.g. "zen.spamhaus.org"
    enum class Kind { Ip4, Ip6, Ip, Domain } kind = Kind::Ip4; //!< Ip = both IPv4 and IPv6
    bool bitmask = false;         //!< SURBL/URIBL style last-octet bitmask
    bool needsKey = false;        //!< e.g. Spamhaus DQS, Abusix: "<key>.<zone>" or "<ip>.<key>.<zone>"
    QString keyName;              //!< keychain entry name when needsKey
    bool rfc5782TestEntries = true; //!< whether 127.0.0.2 / TEST are listed (health check applies)
    QList<ZoneCode> codes;        //!< documented codes; anything else is an unknown answer
};

//! One list run by an operator (e.g. Spamhaus SBL, Trend Micro ERS-QIL).
struct ListInfo
{
    QString id;                   //!< e.g. "ERS-QIL", "SBL", "RBL+"
    QString name;                 //!< human name, e.g. "Quick IP List"
    QString operatorId;
    bool temporary = false;       //!< entries expire by themselves quickly (QIL, SpamCop)
    QString typicalExpiry;        //!< English, e.g. "5 minutes to 12 hours"; shown through translatedCatalogText()
    RemovalBy removalBy = RemovalBy::Unknown;
    QString removalUrl;
    QString lookupUrl;            //!< may contain "{ip}" or "{domain}"
    bool paidRemovalOffered = false; //!< e.g. UCEPROTECT express delisting: never needed
    QList<DnsZone> zones;         //!< empty when the list has no public DNS zone
    QStringList bouncePatterns;   //!< regular expressions matched against diagnostics
    //! Patterns that name this list itself (its code, name or lookup URL): tried for every list
    //! before any bouncePatterns, so that the list the text names wins over another operator's word.
    QStringList namedBy;
    ListingCause cause = ListingCause::Unspecified;
    bool judgesDomain = false;    //!< the list judges a domain, never an IP (DBL, URIBL, SURBL)
};

//! A blocklist or mailbox provider operator.
struct OperatorInfo
{
    QString id;                   //!< catalog id: see docs/architecture.md
    QString name;                 //!< e.g. "Trend Micro Email Reputation Services"
    bool dead = false;            //!< shut down (SORBS): never queried, explained instead
    bool recipientSide = false;   //!< a match means the recipient's own policy or misconfiguration
    RemovalBy removalBy = RemovalBy::Unknown;
    QString removalPolicy;        //!< English summary of who may ask and how
    QString lookupUrl;
    QString removalUrl;
    QString removalEmail;
    QStringList bouncePatterns;   //!< regular expressions for operator-level matches
    QList<ListInfo> lists;
};

//! The reputation catalog (resources/catalog): operators, lists, zones, codes, URLs,
//! removal policies and bounce patterns. Loaded once; read by decode, reputation and guide.
class Catalog final
{
public:
    //! The catalog compiled into the application.
    static const Catalog &builtin();
    //! Loads a catalog from JSON; returns false and sets \a error on invalid input.
    bool loadJson(const QByteArray &json, QString *error = nullptr);

    const QList<OperatorInfo> &operators() const { return m_operators; }
    const OperatorInfo *operatorById(const QString &id) const;
    const ListInfo *list(const QString &operatorId, const QString &listId) const;
    //! Every DNS zone with the list it belongs to, for lookups.
    QList<QPair<const ListInfo *, const DnsZone *>> zones() const;

private:
    QList<OperatorInfo> m_operators;
};

//! A catalog text (e.g. a list's typicalExpiry) in the current language; the English text when
//! there is no translation.
QString translatedCatalogText(const QString &english);
//! Every catalog text that has an entry for translators (app/reputation/catalog_texts.cpp).
QStringList translatableCatalogTexts();

} // namespace bn

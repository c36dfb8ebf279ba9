// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bn {

namespace {

RemovalBy removalByFrom(const QString &s)
{
    if (s == QLatin1String("ipOwner")) return RemovalBy::IpOwner;
    if (s == QLatin1String("ipAdmin")) return RemovalBy::IpAdmin;
    if (s == QLatin1String("anyone")) return RemovalBy::Anyone;
    if (s == QLatin1String("ndrHolder")) return RemovalBy::NdrHolder;
    if (s == QLatin1String("recipientAdmin")) return RemovalBy::RecipientAdmin;
    if (s == QLatin1String("noRemoval")) return RemovalBy::NoRemoval;
    return RemovalBy::Unknown;
}

ListingCause causeFrom(const QString &s)
{
    if (s == QLatin1String("reputationService")) return ListingCause::ReputationService;
    if (s == QLatin1String("abuseFromIp")) return ListingCause::AbuseFromIp;
    if (s == QLatin1String("allocation")) return ListingCause::Allocation;
    if (s == QLatin1String("listedDomain")) return ListingCause::ListedDomain;
    if (s == QLatin1String("sendingPractice")) return ListingCause::SendingPractice;
    return ListingCause::Unspecified;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

bool readZone(const QJsonObject &o, DnsZone &z, QString *error)
{
    z.zone = o.value(QLatin1String("zone")).toString();
    if (z.zone.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("bn::Catalog", "A DNS zone has no name.");
        return false;
    }
    const QString kind = o.value(QLatin1String("kind")).toString();
    z.kind = kind == QLatin1String("domain") ? DnsZone::Kind::Domain
        : kind == QLatin1String("ip")        ? DnsZone::Kind::Ip
        : kind == QLatin1String("ip6")       ? DnsZone::Kind::Ip6
                                             : DnsZone::Kind::Ip4;
    z.bitmask = o.value(QLatin1String("bitmask")).toBool();
    z.needsKey = o.value(QLatin1String("needsKey")).toBool();
    z.keyName = o.value(QLatin1String("keyName")).toString();
    z.rfc5782TestEntries = o.value(QLatin1String("rfc5782")).toBool(true);
    for (const QJsonValue &cv : o.value(QLatin1String("codes")).toArray()) {
        const QJsonObject c = cv.toObject();
        ZoneCode code;
        code.code = c.value(QLatin1String("code")).toString();
        const QString k = c.value(QLatin1String("kind")).toString();
        code.kind = k == QLatin1String("refused")       ? ZoneCode::Kind::Refused
            : k == QLatin1String("allowlisted")          ? ZoneCode::Kind::Allowlisted
            : k == QLatin1String("neutral")              ? ZoneCode::Kind::Neutral
                                                         : ZoneCode::Kind::Listed;
        code.meaning = c.value(QLatin1String("meaning")).toString();
        z.codes.append(code);
    }
    if (z.codes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("bn::Catalog", "The DNS zone %1 documents no answer codes.").arg(z.zone);
        return false;
    }
    return true;
}

} // namespace

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        Catalog c;
        QFile f(QStringLiteral(":/catalog/catalog.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !c.loadJson(f.readAll(), &error))
            qWarning("The built-in reputation catalog could not be loaded: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

bool Catalog::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("bn::Catalog", "The catalog is not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    QList<OperatorInfo> operators;
    for (const QJsonValue &ov : doc.object().value(QLatin1String("operators")).toArray()) {
        const QJsonObject o = ov.toObject();
        OperatorInfo op;
        op.id = o.value(QLatin1String("id")).toString();
        op.name = o.value(QLatin1String("name")).toString();
        if (op.id.isEmpty() || op.name.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("bn::Catalog", "An operator has no id or name.");
            return false;
        }
        op.dead = o.value(QLatin1String("dead")).toBool();
        op.recipientSide = o.value(QLatin1String("recipientSide")).toBool();
        op.removalBy = removalByFrom(o.value(QLatin1String("removalBy")).toString());
        op.removalPolicy = o.value(QLatin1String("removalPolicy")).toString();
        op.lookupUrl = o.value(QLatin1String("lookupUrl")).toString();
        op.removalUrl = o.value(QLatin1String("removalUrl")).toString();
        op.removalEmail = o.value(QLatin1String("removalEmail")).toString();
        op.bouncePatterns = strings(o.value(QLatin1String("bouncePatterns")));
        for (const QJsonValue &lv : o.value(QLatin1String("lists")).toArray()) {
            const QJsonObject l = lv.toObject();
            ListInfo list;
            list.id = l.value(QLatin1String("id")).toString();
            list.name = l.value(QLatin1String("name")).toString();
            list.operatorId = op.id;
            list.temporary = l.value(QLatin1String("temporary")).toBool();
            list.typicalExpiry = l.value(QLatin1String("typicalExpiry")).toString();
            list.removalBy = l.contains(QLatin1String("removalBy"))
                ? removalByFrom(l.value(QLatin1String("removalBy")).toString())
                : op.removalBy;
            list.removalUrl = l.value(QLatin1String("removalUrl")).toString(op.removalUrl);
            list.lookupUrl = l.value(QLatin1String("lookupUrl")).toString(op.lookupUrl);
            list.paidRemovalOffered = l.value(QLatin1String("paidRemovalOffered")).toBool();
            list.bouncePatterns = strings(l.value(QLatin1String("bouncePatterns")));
            list.namedBy = strings(l.value(QLatin1String("namedBy")));
            list.cause = causeFrom(l.value(QLatin1String("cause")).toString());
            list.judgesDomain = l.value(QLatin1String("judges")).toString() == QLatin1String("domain");
            for (const QJsonValue &zv : l.value(QLatin1String("zones")).toArray()) {
                DnsZone z;
                if (!readZone(zv.toObject(), z, error))
                    return false;
                list.zones.append(z);
            }
            op.lists.append(list);
        }
        operators.append(op);
    }
    if (operators.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("bn::Catalog", "The catalog names no operator.");
        return false;
    }
    m_operators = operators;
    return true;
}

const OperatorInfo *Catalog::operatorById(const QString &id) const
{
    for (const OperatorInfo &op : m_operators)
        if (op.id == id)
            return &op;
    return nullptr;
}

const ListInfo *Catalog::list(const QString &operatorId, const QString &listId) const
{
    if (const OperatorInfo *op = operatorById(operatorId))
        for (const ListInfo &l : op->lists)
            if (l.id == listId)
                return &l;
    return nullptr;
}

QList<QPair<const ListInfo *, const DnsZone *>> Catalog::zones() const
{
    QList<QPair<const ListInfo *, const DnsZone *>> out;
    for (const OperatorInfo &op : m_operators)
        for (const ListInfo &l : op.lists)
            for (const DnsZone &z : l.zones)
                out.append({&l, &z});
    return out;
}

} // namespace bn

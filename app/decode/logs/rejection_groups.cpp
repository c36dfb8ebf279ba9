// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/logs/rejection_groups.h"

#include "decode/listing/listing.h"
#include "decode/reason/reason.h"
#include "reputation/catalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace bn {

namespace {

constexpr qsizetype MaxCachedReplies = 4096;
const QChar Sep(0x1f);

QString actionOf(const LogRecord &r)
{
    switch (r.outcome) {
    case LogRecord::Outcome::Deferred: return QStringLiteral("delayed");
    case LogRecord::Outcome::Expired:
    case LogRecord::Outcome::Bounced:
    case LogRecord::Outcome::Rejected: break;
    }
    return QStringLiteral("failed");
}

//! The reply code and enhanced status a reply starts with: "550-5.7.1 …", "421 4.7.0 …".
//! Everything else in the text is left to the decode rules.
struct LeadingCodes
{
    QString code;
    QString status;
};

LeadingCodes leadingCodes(const QString &reply)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([245]\\d\\d)[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?"));
    const QRegularExpressionMatch m = re.match(reply);
    return m.hasMatch() ? LeadingCodes{m.captured(1), m.captured(2)} : LeadingCodes{};
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

} // namespace

Bounce bounceFromLogRecord(const LogRecord &record, const QString &source, const Catalog &catalog)
{
    Bounce b;
    b.file = source;
    b.recipient = record.recipient;
    b.remoteMta = record.remoteHost;
    b.diagnostic = record.reply;
    b.smtpCommand = record.smtpCommand;
    b.engine = QStringLiteral("log");
    const LeadingCodes reply = leadingCodes(record.reply);
    b.replyCode = reply.code;
    b.status = !record.dsn.isEmpty() && record.dsn != QLatin1String("5.0.0") && record.dsn != QLatin1String("4.0.0")
        ? record.dsn
        : (reply.status.isEmpty() ? record.dsn : reply.status);
    Message context;
    context.source = source;
    annotateListing(b, context, catalog);
    ReasonContext rc;
    rc.message = &context;
    rc.action = actionOf(record);
    if (record.outcome == LogRecord::Outcome::Expired)
        rc.engineHint = QStringLiteral("expired");
    classifyReason(b, rc);
    if (record.outcome == LogRecord::Outcome::Deferred)
        b.temporary = true;
    return b;
}

RejectionGrouper::RejectionGrouper(const Catalog &catalog, QString source)
    : m_catalog(catalog)
    , m_source(std::move(source))
{
}

Bounce RejectionGrouper::decodeCached(const LogRecord &record)
{
    // The recipient is the only per-line part of most replies: take it out of the key.
    QString reply = record.reply;
    if (!record.recipient.isEmpty())
        reply.replace(record.recipient, QStringLiteral("\x01"), Qt::CaseInsensitive);
    const QString key = record.remoteHost + Sep + record.dsn + Sep + record.smtpCommand + Sep
        + QString::number(int(record.outcome)) + Sep + reply;
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    ++m_decodes;
    Bounce b = bounceFromLogRecord(record, m_source, m_catalog);
    if (m_cache.size() >= MaxCachedReplies)
        m_cache.clear();
    m_cache.insert(key, b);
    return b;
}

void RejectionGrouper::add(const LogRecord &record)
{
    Bounce b = decodeCached(record);
    b.recipient = record.recipient;
    b.diagnostic = record.reply;

    const QString destination = domainOf(record.recipient);
    const QString key = destination + Sep + record.remoteHost.toLower() + Sep + b.operatorId + Sep + b.list + Sep
        + b.listedIp + Sep + b.reason + Sep + QLatin1Char(b.temporary ? 't' : 'p') + Sep
        + QLatin1Char(record.direction == LogRecord::Direction::Inbound ? 'i' : 'o');
    qsizetype index = m_groupIndex.value(key, -1);
    if (index < 0) {
        RejectionGroup g;
        g.destinationDomain = destination;
        g.remoteHost = record.remoteHost;
        g.operatorId = b.operatorId;
        g.list = b.list;
        g.listedIp = b.listedIp;
        g.reason = b.reason;
        g.temporary = b.temporary;
        g.direction = record.direction;
        g.firstSeen = record.timestamp;
        g.example = b;
        index = m_groups.size();
        m_groups.append(g);
        m_groupIndex.insert(key, index);
    }
    RejectionGroup &g = m_groups[index];
    ++g.count;
    g.lastSeen = record.timestamp;
    if (g.recipients.size() < RejectionGroup::MaxRecipients && !record.recipient.isEmpty()
        && !g.recipients.contains(record.recipient))
        g.recipients.append(record.recipient);
    if (g.sampleLines.size() < RejectionGroup::MaxSamples) {
        g.sampleLines.append(record.line);
        g.sampleLineNumbers.append(record.lineNumber);
    }
}

QList<RejectionGroup> RejectionGrouper::groups() const
{
    QList<RejectionGroup> out = m_groups;
    std::stable_sort(out.begin(), out.end(),
                     [](const RejectionGroup &a, const RejectionGroup &b) { return a.count > b.count; });
    return out;
}

} // namespace bn

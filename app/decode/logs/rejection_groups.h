// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/logs/log_record.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bn {

class Catalog;

//! Rejections from logs that share a cause: destination, remote host, operator and list,
//! listed IP, reason, permanence and direction.
struct RejectionGroup
{
    QString destinationDomain;
    QString remoteHost;
    QString operatorId;
    QString list;
    QString listedIp;
    QString reason;
    bool temporary = false;
    LogRecord::Direction direction = LogRecord::Direction::Outbound;
    qint64 count = 0;
    QString firstSeen;           //!< time stamp of the first line, as written in the log
    QString lastSeen;
    QStringList recipients;      //!< distinct, at most MaxRecipients
    QStringList sampleLines;     //!< the first MaxSamples log lines, as evidence
    QList<qint64> sampleLineNumbers;
    Bounce example;              //!< the first rejection, decoded: what the guide starts from

    static constexpr int MaxSamples = 5;
    static constexpr int MaxRecipients = 50;
};

//! Decodes one log record with the same rules and catalog as an NDR: the reply text is the
//! diagnostic, the relay the remote MTA; listing annotation and reason classification follow.
Bounce bounceFromLogRecord(const LogRecord &record, const QString &source, const Catalog &catalog);

//! Collects log records into groups. Decoding is memoised on the reply text, so a log of
//! millions of lines with a few hundred distinct replies costs a few hundred decodes.
class RejectionGrouper final
{
public:
    explicit RejectionGrouper(const Catalog &catalog, QString source = QString());

    void setSource(const QString &source) { m_source = source; }
    void add(const LogRecord &record);
    //! Groups, largest first.
    QList<RejectionGroup> groups() const;
    qint64 decodes() const { return m_decodes; }

private:
    Bounce decodeCached(const LogRecord &record);

    const Catalog &m_catalog;
    QString m_source;
    QHash<QString, Bounce> m_cache;
    QHash<QString, qsizetype> m_groupIndex;
    QList<RejectionGroup> m_groups;
    qint64 m_decodes = 0;
};

} // namespace bn

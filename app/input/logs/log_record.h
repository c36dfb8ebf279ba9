// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bn {

//! Mail log formats recognised from their content, never from the file name.
enum class LogFormat { Unknown, Postfix, Exim, Sendmail, ExchangeTracking, Microsoft365Trace };

//! One delivery failure or rejection found in a mail server log.
struct LogRecord
{
    enum class Outcome { Bounced, Deferred, Expired, Rejected };
    enum class Direction { Outbound, Inbound }; //!< Inbound: our server refused someone else's mail

    LogFormat format = LogFormat::Unknown;
    Outcome outcome = Outcome::Bounced;
    Direction direction = Direction::Outbound;
    qint64 lineNumber = 0;   //!< 1-based
    QString timestamp;       //!< as written in the log
    QString queueId;
    QString recipient;
    QString remoteHost;      //!< relay or client host name
    QString remoteIp;
    QString dsn;             //!< enhanced status the server logged, e.g. "5.7.1"
    QString reply;           //!< the remote server's reply text (or the server's own reason)
    QString smtpCommand;     //!< RCPT, MAIL, DATA, CONN… when the log says
    QString line;            //!< the whole log line, for evidence
};

//! What a scan read and what it had to skip.
struct LogScanStats
{
    qint64 bytes = 0;            //!< uncompressed bytes read
    qint64 records = 0;          //!< rejections found
    qint64 skippedBinary = 0;    //!< candidate lines holding NUL or other binary bytes
    qint64 skippedOverlong = 0;  //!< candidate lines longer than the line limit
    qint64 skippedUnparsed = 0;  //!< candidate lines that matched a marker but not the format
    qint64 skippedOtherFormat = 0; //!< CSV rows with missing columns and lines of a format not detected
    bool truncatedCompressed = false; //!< a .gz that ended early
    QList<LogFormat> formats;    //!< formats detected
    qint64 skipped() const { return skippedBinary + skippedOverlong + skippedUnparsed + skippedOtherFormat; }
};

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "input/logs/log_record.h"

#include <QHash>

#include <string_view>
#include <vector>

namespace bn::logs {

//! Splits one CSV row (RFC 4180 quoting: "a,b","say ""hi""") into fields.
std::vector<std::string_view> splitCsvRow(std::string_view row, std::vector<std::string> &unquotedStorage);

//! Exchange message tracking logs ("#Fields: date-time,…") and Microsoft 365 message trace
//! CSV exports ("date_time_utc,…" or "Received,Sender address,Recipient address,…,Status").
class CsvLogFormat final
{
public:
    //! Reads a header line; true when it names the columns of a format we know.
    bool readHeader(std::string_view line);
    bool isValid() const { return m_format != LogFormat::Unknown; }
    LogFormat format() const { return m_format; }

    enum class Row { Record, NotARejection, MissingColumns };
    //! Parses one data row into \a out (one record per recipient: several when the row lists
    //! several recipients separated by ';').
    Row parseRow(std::string_view line, QList<LogRecord> &out) const;

private:
    int column(const char *name) const { return m_columns.value(QByteArray(name), -1); }

    LogFormat m_format = LogFormat::Unknown;
    QHash<QByteArray, int> m_columns; //!< normalised name ("recipient-address") -> index
    int m_required = 0;               //!< rows with fewer fields are malformed
};

} // namespace bn::logs

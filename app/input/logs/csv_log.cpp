// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/logs/csv_log.h"

#include "input/logs/log_line_parsers.h"

#include <QRegularExpression>

#include <algorithm>

namespace bn::logs {

namespace {

using sv = std::string_view;

QString str(sv s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
}

//! "Recipient address", "recipient_address", "recipient-address" → "recipient-address".
QByteArray normaliseName(sv name)
{
    QByteArray out;
    for (char c : name) {
        if (c == '"' || c == '\r')
            continue;
        if (c == '_' || c == ' ')
            c = '-';
        out.append(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    return out.trimmed();
}

//! The value of "{LED=450 4.7.1 …}" inside an Exchange recipient-status, if present.
sv exchangeProperty(sv status, sv key)
{
    const size_t at = status.find(key);
    if (at == sv::npos)
        return {};
    const size_t start = at + key.size();
    const size_t end = status.find('}', start);
    return status.substr(start, end == sv::npos ? sv::npos : end - start);
}

} // namespace

std::vector<std::string_view> splitCsvRow(std::string_view row, std::vector<std::string> &storage)
{
    std::vector<sv> fields;
    std::vector<size_t> quotedFields; // indices of fields whose text lives in storage
    storage.clear();
    size_t i = 0;
    for (;;) {
        if (i < row.size() && row[i] == '"') {
            std::string value;
            for (++i; i < row.size(); ++i) {
                if (row[i] != '"') {
                    value.push_back(row[i]);
                } else if (i + 1 < row.size() && row[i + 1] == '"') {
                    value.push_back('"');
                    ++i;
                } else {
                    ++i;
                    break;
                }
            }
            quotedFields.push_back(fields.size());
            storage.push_back(std::move(value));
            fields.push_back(sv());
            while (i < row.size() && row[i] != ',')
                ++i;
        } else {
            const size_t end = std::min(row.find(',', i), row.size());
            fields.push_back(row.substr(i, end - i));
            i = end;
        }
        if (i >= row.size())
            break;
        ++i; // the comma; a trailing one leaves an empty last field
    }
    // Views into storage are taken only now: growing the vector may move short strings.
    for (size_t q = 0; q < quotedFields.size(); ++q)
        fields[quotedFields[q]] = storage[q];
    return fields;
}

bool CsvLogFormat::readHeader(std::string_view line)
{
    sv names = line;
    LogFormat format = LogFormat::Unknown;
    if (names.substr(0, 9) == "#Fields: ") {
        names.remove_prefix(9);
        format = LogFormat::ExchangeTracking;
    }
    std::vector<std::string> storage;
    const std::vector<sv> fields = splitCsvRow(names, storage);
    QHash<QByteArray, int> columns;
    for (int i = 0; i < int(fields.size()); ++i)
        columns.insert(normaliseName(fields[size_t(i)]), i);
    const bool hasRecipient = columns.contains("recipient-address");
    const bool hasOutcome = columns.contains("event-id") || columns.contains("status");
    if (!hasRecipient || !hasOutcome)
        return false;
    if (format == LogFormat::Unknown)
        format = LogFormat::Microsoft365Trace;
    m_format = format;
    m_columns = columns;
    m_required = 0;
    for (const char *name : {"recipient-address", "event-id", "status", "recipient-status"})
        m_required = std::max(m_required, m_columns.value(QByteArray(name), -1) + 1);
    return true;
}

CsvLogFormat::Row CsvLogFormat::parseRow(std::string_view line, QList<LogRecord> &out) const
{
    if (line.empty() || line.front() == '#')
        return Row::NotARejection;
    std::vector<std::string> storage;
    const std::vector<sv> f = splitCsvRow(line, storage);
    if (int(f.size()) < m_required)
        return Row::MissingColumns;
    auto at = [&f](int i) { return i >= 0 && size_t(i) < f.size() ? f[size_t(i)] : sv(); };

    const sv event = at(column("event-id"));
    const sv status = at(column("status"));
    LogRecord::Outcome outcome;
    if (event == "FAIL" || status == "Failed")
        outcome = LogRecord::Outcome::Bounced;
    else if (event == "DEFER" || status == "Pending" || status == "Deferred")
        outcome = LogRecord::Outcome::Deferred;
    else
        return Row::NotARejection;

    sv time = at(column("date-time"));
    if (time.empty())
        time = at(column("date-time-utc"));
    if (time.empty())
        time = at(column("received"));
    if (time.empty())
        time = at(column("date"));

    // Several recipients are separated by ';' with their statuses in the same order.
    const QString recipients = str(at(column("recipient-address")));
    QString statuses = str(at(column("recipient-status")));
    if (statuses.isEmpty())
        statuses = str(at(column("detail")));
    const QStringList rcpts = recipients.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    // Replies contain ';' themselves: split only before the next reply code, and only when
    // the row names several recipients.
    static const QRegularExpression nextReply(QStringLiteral(";(?=\\s*[245]\\d\\d[ -])"));
    const QStringList stats = rcpts.size() > 1 && !statuses.startsWith(QLatin1Char('['))
        ? statuses.split(nextReply, Qt::SkipEmptyParts)
        : QStringList{statuses};
    for (int i = 0; i < std::max<qsizetype>(1, rcpts.size()); ++i) {
        LogRecord r;
        r.format = m_format;
        r.outcome = outcome;
        r.timestamp = str(time);
        r.recipient = rcpts.value(i).trimmed();
        r.queueId = str(at(column("internal-message-id")));
        if (r.queueId.isEmpty())
            r.queueId = str(at(column("message-id")));
        const QString st = stats.value(std::min<qsizetype>(i, stats.size() - 1)).trimmed();
        const QByteArray stUtf8 = st.toUtf8();
        const sv stView(stUtf8.constData(), size_t(stUtf8.size()));
        const sv led = exchangeProperty(stView, "{LED=");
        r.reply = led.empty() ? st : str(led);
        const sv fqdn = exchangeProperty(stView, "{FQDN=");
        const sv ip = exchangeProperty(stView, "{IP=");
        r.remoteHost = fqdn.empty() ? str(at(column("server-hostname"))) : str(fqdn);
        r.remoteIp = ip.empty() ? str(at(column("server-ip"))) : str(ip);
        const QString dsn = r.reply.section(QLatin1Char(' '), 1, 1);
        if (dsn.size() >= 5 && dsn.at(1) == QLatin1Char('.'))
            r.dsn = dsn;
        out.append(r);
    }
    return Row::Record;
}

} // namespace bn::logs

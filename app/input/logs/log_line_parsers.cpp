// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/logs/log_line_parsers.h"

namespace bn::logs {

namespace {

using sv = std::string_view;

QString str(sv s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

sv trim(sv s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

//! The value after \a key up to the first of \a stops (or the end).
sv fieldAfter(sv line, sv key, sv stops, size_t from = 0)
{
    const size_t at = line.find(key, from);
    if (at == sv::npos)
        return {};
    const size_t start = at + key.size();
    const size_t end = line.find_first_of(stops, start);
    return line.substr(start, end == sv::npos ? sv::npos : end - start);
}

//! Syslog time stamp: "Nov  1 03:04:30" or an RFC 3339 one up to the first space.
sv syslogTimestamp(sv line)
{
    if (!line.empty() && line.front() >= '0' && line.front() <= '9')
        return line.substr(0, line.find(' '));
    return line.substr(0, std::min<size_t>(15, line.size()));
}

//! "host.example[192.0.2.1]:25" → host, ip.
void splitHostIp(sv relay, QString &host, QString &ip)
{
    const size_t open = relay.find('[');
    if (open == sv::npos) {
        host = str(trim(relay));
        return;
    }
    const size_t close = relay.find(']', open);
    host = str(trim(relay.substr(0, open)));
    if (close != sv::npos)
        ip = str(relay.substr(open + 1, close - open - 1));
}

//! The queue id after "program[pid]: ", e.g. "489766FE56" or "NOQUEUE".
sv queueIdAfterProgram(sv line)
{
    const size_t colon = line.find("]: ");
    if (colon == sv::npos)
        return {};
    const sv rest = line.substr(colon + 3);
    return rest.substr(0, rest.find(':'));
}

//! Splits "host H[IP] said: REPLY (in reply to CMD command)" into its parts.
void splitPostfixSaid(sv text, LogRecord &out)
{
    const size_t said = text.find(" said: ");
    sv reply = text;
    if (said != sv::npos) {
        sv host = text.substr(0, said);
        if (host.substr(0, 5) == "host ")
            host.remove_prefix(5);
        QString h, ip;
        splitHostIp(host, h, ip);
        if (out.remoteHost.isEmpty())
            out.remoteHost = h;
        if (out.remoteIp.isEmpty())
            out.remoteIp = ip;
        reply = text.substr(said + 7);
    }
    const size_t inReply = reply.rfind(" (in reply to ");
    if (inReply != sv::npos) {
        sv phrase = reply.substr(inReply + 14);
        const size_t end = phrase.find(" command");
        out.smtpCommand = smtpCommandFromPhrase(phrase.substr(0, end));
        reply = reply.substr(0, inReply);
    }
    out.reply = str(trim(reply));
    // "connect to mx.example.com[192.0.2.99]:25: Connection timed out"
    if (out.remoteHost.isEmpty() && reply.substr(0, 11) == "connect to ") {
        const sv target = reply.substr(11, reply.find(": ") == sv::npos ? sv::npos : reply.find(": ") - 11);
        splitHostIp(target, out.remoteHost, out.remoteIp);
    }
}

} // namespace

QString smtpCommandFromPhrase(std::string_view phrase)
{
    auto has = [phrase](sv word) {
        if (phrase.size() < word.size())
            return false;
        for (size_t i = 0; i + word.size() <= phrase.size(); ++i) {
            bool same = true;
            for (size_t j = 0; j < word.size() && same; ++j)
                same = (phrase[i + j] | 0x20) == (word[j] | 0x20);
            if (same)
                return true;
        }
        return false;
    };
    if (has("RCPT"))
        return QStringLiteral("RCPT");
    if (has("MAIL FROM"))
        return QStringLiteral("MAIL");
    if (has("DATA"))
        return QStringLiteral("DATA");
    if (has("EHLO"))
        return QStringLiteral("EHLO");
    if (has("HELO"))
        return QStringLiteral("HELO");
    if (has("connect") || has("greeting") || has("banner"))
        return QStringLiteral("CONN");
    if (has("STARTTLS"))
        return QStringLiteral("STARTTLS");
    return {};
}

bool parsePostfixLine(std::string_view line, LogRecord &out)
{
    out.format = LogFormat::Postfix;
    out.timestamp = str(syslogTimestamp(line));

    const size_t reject = line.find(" reject: ");
    if (reject != sv::npos && line.find("status=") == sv::npos) {
        // "NOQUEUE: reject: RCPT from client[ip]: 554 5.7.1 …; from=<…> to=<…> proto=… helo=<…>"
        out.outcome = LogRecord::Outcome::Rejected;
        out.direction = LogRecord::Direction::Inbound;
        out.queueId = str(queueIdAfterProgram(line));
        sv rest = line.substr(reject + 9);
        out.smtpCommand = smtpCommandFromPhrase(rest.substr(0, rest.find(' ')));
        const size_t from = rest.find(" from ");
        const size_t colon = rest.find("]: ");
        if (from == sv::npos || colon == sv::npos)
            return false;
        splitHostIp(rest.substr(from + 6, colon + 1 - (from + 6)), out.remoteHost, out.remoteIp);
        sv reply = rest.substr(colon + 3);
        const size_t envelope = reply.rfind("; from=<");
        if (envelope != sv::npos) {
            out.recipient = str(fieldAfter(reply, " to=<", ">", envelope));
            reply = reply.substr(0, envelope);
        }
        out.reply = str(trim(reply));
        const qsizetype dsnAt = out.reply.indexOf(QLatin1Char(' '));
        if (dsnAt > 0 && dsnAt + 1 < out.reply.size() && out.reply.at(dsnAt + 1).isDigit())
            out.dsn = out.reply.mid(dsnAt + 1).section(QLatin1Char(' '), 0, 0);
        return !out.reply.isEmpty();
    }

    const size_t st = line.find("status=");
    if (st == sv::npos)
        return false;
    const sv statusWord = fieldAfter(line, "status=", " ,", st);
    if (statusWord == "bounced")
        out.outcome = LogRecord::Outcome::Bounced;
    else if (statusWord == "deferred")
        out.outcome = LogRecord::Outcome::Deferred;
    else if (statusWord == "expired")
        out.outcome = LogRecord::Outcome::Expired;
    else
        return false;
    out.queueId = str(queueIdAfterProgram(line));
    out.recipient = str(fieldAfter(line, " to=<", ">"));
    const sv relay = fieldAfter(line, " relay=", ",");
    if (!relay.empty() && relay != "none")
        splitHostIp(relay, out.remoteHost, out.remoteIp);
    out.dsn = str(fieldAfter(line, " dsn=", ","));
    const size_t open = line.find(" (", st);
    const size_t close = line.rfind(')');
    if (open != sv::npos && close != sv::npos && close > open)
        splitPostfixSaid(line.substr(open + 2, close - open - 2), out);
    else if (out.outcome == LogRecord::Outcome::Expired)
        out.reply = str(trim(line.substr(st)));
    return true;
}

bool parseEximLine(std::string_view line, LogRecord &out)
{
    out.format = LogFormat::Exim;
    size_t flag = line.find(" ** ");
    out.outcome = LogRecord::Outcome::Bounced;
    if (flag == sv::npos) {
        flag = line.find(" == ");
        out.outcome = LogRecord::Outcome::Deferred;
    }
    if (flag == sv::npos)
        return false;
    // "2026-11-01 00:00:01 [+0900 ]1qABCD-000123-AB ** …"
    sv head = line.substr(0, flag);
    const size_t idAt = head.rfind(' ');
    out.timestamp = str(head.substr(0, idAt));
    out.queueId = str(idAt == sv::npos ? sv() : head.substr(idAt + 1));
    sv rest = line.substr(flag + 4);
    sv address = rest.substr(0, rest.find_first_of(" :"));
    if (!address.empty() && address.front() == '<')
        address.remove_prefix(1);
    if (!address.empty() && address.back() == '>')
        address.remove_suffix(1);
    out.recipient = str(address);
    const sv host = fieldAfter(rest, " H=", ":");
    if (!host.empty()) {
        // "mx.example.com [192.0.2.1]" possibly followed by " X=…" fields
        const sv hostOnly = host.substr(0, host.find(']') == sv::npos ? sv::npos : host.find(']') + 1);
        splitHostIp(hostOnly, out.remoteHost, out.remoteIp);
    }
    const size_t smtpError = rest.find("SMTP error from remote mail server after ");
    if (smtpError != sv::npos) {
        sv after = rest.substr(smtpError + 41);
        // The reply starts after the command's ": ", at a three-digit code.
        size_t at = after.find(": ");
        while (at != sv::npos && !(at + 5 <= after.size() && after[at + 2] >= '2' && after[at + 2] <= '5'
                                   && isdigit(static_cast<unsigned char>(after[at + 3]))
                                   && isdigit(static_cast<unsigned char>(after[at + 4]))))
            at = after.find(": ", at + 2);
        out.smtpCommand = smtpCommandFromPhrase(after.substr(0, at));
        out.reply = str(trim(at == sv::npos ? after : after.substr(at + 2)));
    } else {
        // "** user@example.com: Unrouteable address", "== … defer (-53): retry time not reached"
        if (rest.find("retry time not reached") != sv::npos)
            return false;
        const size_t colon = rest.rfind(": ");
        out.reply = str(trim(colon == sv::npos ? rest : rest.substr(colon + 2)));
    }
    return !out.reply.isEmpty() || !out.recipient.isEmpty();
}

bool parseSendmailLine(std::string_view line, LogRecord &out)
{
    out.format = LogFormat::Sendmail;
    const sv stat = fieldAfter(line, ", stat=", "\r");
    const sv dsn = fieldAfter(line, ", dsn=", ",");
    if (stat.empty() || stat.substr(0, 4) == "Sent" || (!dsn.empty() && dsn.front() == '2'))
        return false;
    out.timestamp = str(syslogTimestamp(line));
    out.queueId = str(queueIdAfterProgram(line));
    out.recipient = str(fieldAfter(line, "to=<", ">"));
    if (out.recipient.isEmpty())
        out.recipient = str(fieldAfter(line, "to=", ","));
    out.dsn = str(dsn);
    const sv relay = fieldAfter(line, ", relay=", ",");
    splitHostIp(relay, out.remoteHost, out.remoteIp);
    if (out.remoteHost.endsWith(QLatin1Char('.')))
        out.remoteHost.chop(1);
    sv reply = fieldAfter(line, ", reply=", "\r");
    if (reply.empty())
        reply = stat;
    const bool deferred = stat.substr(0, 8) == "Deferred" || (!dsn.empty() && dsn.front() == '4');
    out.outcome = deferred ? LogRecord::Outcome::Deferred : LogRecord::Outcome::Bounced;
    if (reply.substr(0, 10) == "Deferred: ")
        reply.remove_prefix(10);
    out.reply = str(trim(reply));
    return true;
}

} // namespace bn::logs

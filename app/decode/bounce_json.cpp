// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/bounce_json.h"

#include <QJsonArray>

namespace bn {

QJsonObject bounceToJson(const Bounce &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), b.file);
    o.insert(QStringLiteral("recipient"), b.recipient);
    o.insert(QStringLiteral("status"), b.status);
    o.insert(QStringLiteral("replycode"), b.replyCode);
    o.insert(QStringLiteral("reason"), b.reason);
    o.insert(QStringLiteral("temporary"), b.temporary);
    o.insert(QStringLiteral("remote_mta"), b.remoteMta);
    o.insert(QStringLiteral("reporting_mta"), b.reportingMta);
    o.insert(QStringLiteral("smtp_command"), b.smtpCommand);
    o.insert(QStringLiteral("diagnostic"), b.diagnostic);
    o.insert(QStringLiteral("operator"), b.operatorId);
    o.insert(QStringLiteral("list"), b.list);
    o.insert(QStringLiteral("listed_ip"), b.listedIp);
    o.insert(QStringLiteral("listed_domain"), b.listedDomain);
    o.insert(QStringLiteral("links"), QJsonArray::fromStringList(b.links));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(b.warnings));
    return o;
}

namespace {

//! A JSON string as Qt writes it: '"' and '\' escaped, control characters as \b \f \n \r \t or
//! \u00XX, the rest in UTF-8; a lone surrogate, which has no UTF-8, as \uXXXX.
void appendString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = p + s.size();
    while (p < end) {
        // A run of plain ASCII as it is.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p > run) {
            const qsizetype n = p - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char *dst = out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                dst[i] = char(run[i]);
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            out.append('\\');
            switch (u) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case 0x08: out.append('b'); break;
            case 0x0c: out.append('f'); break;
            case 0x0a: out.append('n'); break;
            case 0x0d: out.append('r'); break;
            case 0x09: out.append('t'); break;
            default:
                out.append("u00", 3);
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (!QChar::isSurrogate(u)) {
            out.append(char(0xe0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            out.append("\\u", 2);
            for (int shift = 12; shift >= 0; shift -= 4)
                out.append(hex[(u >> shift) & 0xf]);
        }
    }
    out.append('"');
}

} // namespace

QByteArray bounceToCompactJson(const Bounce &b)
{
    QByteArray out;
    out.reserve(256 + 2 * b.diagnostic.size());
    // QJsonObject keeps its keys sorted: this is their order.
    const auto field = [&out](const char *key, const QString &value) {
        out.append(key);
        appendString(out, value);
    };
    field("{\"diagnostic\":", b.diagnostic);
    const auto array = [&out](const char *key, const QStringList &values) {
        out.append(key);
        out.append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, values.at(i));
        }
        out.append(']');
    };
    field(",\"file\":", b.file);
    array(",\"links\":", b.links);
    field(",\"list\":", b.list);
    field(",\"listed_domain\":", b.listedDomain);
    field(",\"listed_ip\":", b.listedIp);
    field(",\"operator\":", b.operatorId);
    field(",\"reason\":", b.reason);
    field(",\"recipient\":", b.recipient);
    field(",\"remote_mta\":", b.remoteMta);
    field(",\"replycode\":", b.replyCode);
    field(",\"reporting_mta\":", b.reportingMta);
    field(",\"smtp_command\":", b.smtpCommand);
    field(",\"status\":", b.status);
    out.append(b.temporary ? ",\"temporary\":true" : ",\"temporary\":false");
    array(",\"warnings\":", b.warnings);
    out.append('}');
    return out;
}

} // namespace bn

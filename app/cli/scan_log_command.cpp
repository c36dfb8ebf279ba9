// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav scan-log: rejections in mail server logs, grouped by cause.
#include "cli/commands.h"
#include "decode/logs/log_scan_job.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bn::cli {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("bn::cli", text, comment, n); // as lupdate files it
}

QJsonObject groupJson(const RejectionGroup &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("count"), double(g.count));
    o.insert(QStringLiteral("destination_domain"), g.destinationDomain);
    o.insert(QStringLiteral("remote_host"), g.remoteHost);
    o.insert(QStringLiteral("operator"), g.operatorId);
    o.insert(QStringLiteral("list"), g.list);
    o.insert(QStringLiteral("listed_ip"), g.listedIp);
    o.insert(QStringLiteral("reason"), g.reason);
    o.insert(QStringLiteral("temporary"), g.temporary);
    o.insert(QStringLiteral("direction"),
             g.direction == LogRecord::Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
    o.insert(QStringLiteral("first_seen"), g.firstSeen);
    o.insert(QStringLiteral("last_seen"), g.lastSeen);
    o.insert(QStringLiteral("status"), g.example.status);
    o.insert(QStringLiteral("replycode"), g.example.replyCode);
    o.insert(QStringLiteral("diagnostic"), g.example.diagnostic);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(g.recipients));
    QJsonArray samples;
    for (qsizetype i = 0; i < g.sampleLines.size(); ++i)
        samples.append(QJsonObject{{QStringLiteral("line"), double(g.sampleLineNumbers.value(i))},
                                   {QStringLiteral("text"), g.sampleLines.at(i)}});
    o.insert(QStringLiteral("samples"), samples);
    return o;
}

QJsonObject statsJson(const LogScanStats &s)
{
    QJsonArray formats;
    for (LogFormat f : s.formats)
        formats.append(logFormatName(f));
    return QJsonObject{{QStringLiteral("bytes"), double(s.bytes)},
                       {QStringLiteral("rejections"), double(s.records)},
                       {QStringLiteral("formats"), formats},
                       {QStringLiteral("skipped_binary"), double(s.skippedBinary)},
                       {QStringLiteral("skipped_overlong"), double(s.skippedOverlong)},
                       {QStringLiteral("skipped_unparsed"), double(s.skippedUnparsed)},
                       {QStringLiteral("skipped_other_format"), double(s.skippedOtherFormat)},
                       {QStringLiteral("truncated_compressed"), s.truncatedCompressed}};
}

void printTable(QTextStream &out, const LogScanResult &r)
{
    out << tr("%n rejection(s) in %1 group(s)", nullptr, int(r.stats.records)).arg(r.groups.size()) << '\n';
    for (const RejectionGroup &g : r.groups) {
        const QString kind = g.temporary ? tr("temporary") : tr("permanent");
        out << QStringLiteral("%1  %2  %3").arg(g.count, 8).arg(kind, -9).arg(g.reason.isEmpty() ? QStringLiteral("-") : g.reason, -15);
        out << "  " << (g.destinationDomain.isEmpty() ? QStringLiteral("-") : g.destinationDomain);
        if (!g.remoteHost.isEmpty())
            out << " (" << g.remoteHost << ')';
        if (!g.operatorId.isEmpty())
            out << "  " << g.operatorId << (g.list.isEmpty() ? QString() : QLatin1Char('/') + g.list);
        if (!g.listedIp.isEmpty())
            out << "  " << g.listedIp;
        if (g.direction == LogRecord::Direction::Inbound)
            out << "  " << tr("[refused by this server]");
        out << '\n' << QStringLiteral("          ") << tr("first %1, last %2").arg(g.firstSeen, g.lastSeen) << '\n';
        if (!g.example.diagnostic.isEmpty())
            out << QStringLiteral("          ") << g.example.diagnostic.left(160) << '\n';
    }
    const qint64 skipped = r.stats.skipped();
    if (skipped > 0)
        out << tr("Skipped %1 line(s): %2 binary, %3 too long, %4 unreadable, %5 of another format or with missing columns.")
                   .arg(skipped)
                   .arg(r.stats.skippedBinary)
                   .arg(r.stats.skippedOverlong)
                   .arg(r.stats.skippedUnparsed)
                   .arg(r.stats.skippedOtherFormat)
            << '\n';
    if (r.stats.truncatedCompressed)
        out << tr("A compressed log ended early; the rejections read before the damage are shown.") << '\n';
}

} // namespace

int runScanLog(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    QStringList paths;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--")) && a != QLatin1String("-")) {
            err << tr("Unknown option: %1").arg(a) << Qt::endl;
            return UsageOrUnreadable;
        } else
            paths.append(a);
    }
    if (paths.isEmpty()) {
        err << tr("Usage: bouncenav scan-log [--json] LOGFILE|- ...") << Qt::endl;
        return UsageOrUnreadable;
    }
    const LogScanResult result = scanLogs(paths);
    for (const QString &e : result.errors)
        err << e << Qt::endl;
    if (json) {
        QJsonArray groups;
        for (const RejectionGroup &g : result.groups)
            groups.append(groupJson(g));
        QJsonObject root{{QStringLiteral("groups"), groups}, {QStringLiteral("stats"), statsJson(result.stats)},
                         {QStringLiteral("errors"), QJsonArray::fromStringList(result.errors)}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        printTable(out, result);
    }
    if (result.errors.size() == paths.size())
        return UsageOrUnreadable;
    return result.groups.isEmpty() ? NothingFound : Ok;
}

} // namespace bn::cli

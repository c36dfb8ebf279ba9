// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav guide: who to contact, step by step, with messages to send.
#include "cli/commands.h"
#include "cli/lookups.h"
#include "common/language.h"
#include "decode/bounce_json.h"
#include "decode/decoder.h"
#include "guide/report.h"
#include "input/reader.h"
#include "reputation/evidence_texts.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bn::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn::cli", text); // lupdate files free tr() calls under the namespace
}

QJsonObject evidenceSummary(const Evidence &e)
{
    QJsonArray listed;
    QJsonArray couldNotCheck;
    for (const ZoneVerdict &z : e.zones) {
        if (z.verdict == Verdict::Listed)
            listed.append(z.zone);
        else if (z.verdict == Verdict::CouldNotCheck)
            couldNotCheck.append(QJsonObject{{QStringLiteral("zone"), z.zone}, {QStringLiteral("cause"), failureId(z.failure)}});
    }
    const VerdictCounts c = e.counts();
    return QJsonObject{{QStringLiteral("subject"), e.subject},
                       {QStringLiteral("summary"), summaryLine(e)},
                       {QStringLiteral("nothing_checked"), c.nothingChecked()},
                       {QStringLiteral("listed_on"), listed},
                       {QStringLiteral("not_listed_count"), c.notListed},
                       {QStringLiteral("could_not_check"), couldNotCheck},
                       {QStringLiteral("ptr_checked"), e.reverseDns.state != ReverseDns::State::NotChecked},
                       {QStringLiteral("owner_checked"), e.owner.checked},
                       {QStringLiteral("ptr"), QJsonArray::fromStringList(e.reverseDns.ptrNames)},
                       {QStringLiteral("owner"), e.owner.known ? e.owner.organisation.isEmpty() ? e.owner.networkName : e.owner.organisation
                                                               : QString()},
                       {QStringLiteral("owner_type"), e.owner.type},
                       {QStringLiteral("abuse_email"), e.owner.abuseEmail},
                       {QStringLiteral("owner_error"), e.owner.error}};
}

QJsonObject guideJson(const Bounce &b, const Diagnosis &d, const Evidence *evidence)
{
    QJsonObject o = bounceToJson(b);
    if (evidence)
        o.insert(QStringLiteral("evidence"), evidenceSummary(*evidence));
    o.insert(QStringLiteral("party"), partyId(d.party));
    o.insert(QStringLiteral("why"), d.why);
    o.insert(QStringLiteral("sending_via"), sendingViaId(d.sendingVia));
    o.insert(QStringLiteral("sending_via_guess"), sendingViaId(d.guessedSendingVia));
    o.insert(QStringLiteral("sending_via_basis"), d.guessBasis);
    o.insert(QStringLiteral("recipient_side"), b.recipientSide);
    QJsonArray steps;
    for (const GuideStep &s : d.steps)
        steps.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("text"), s.text},
                                 {QStringLiteral("url"), s.url}, {QStringLiteral("template"), s.templateId}});
    o.insert(QStringLiteral("steps"), steps);
    QJsonArray templates;
    for (const MessageTemplate &t : d.templates)
        templates.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title},
                                     {QStringLiteral("to"), t.to}, {QStringLiteral("subject"), t.subject},
                                     {QStringLiteral("body"), t.body}});
    o.insert(QStringLiteral("templates"), templates);
    return o;
}

void printHuman(QTextStream &out, const Bounce &b, const Diagnosis &d, const Evidence *e)
{
    out << (b.recipient.isEmpty() ? tr("(recipient unknown)") : b.recipient) << '\n';
    if (e) {
        // What the live check found, or plainly that it could not check.
        out << "  " << tr("Live check of %1: %2").arg(e->subject, summaryLine(*e)) << '\n';
        const QString advice = nothingCheckedAdvice(*e);
        if (!advice.isEmpty())
            out << "  " << advice << '\n';
    }
    out << "  " << tr("Who must act first: %1").arg(partyName(d.party)) << '\n';
    out << "  " << d.why << '\n';
    out << "  " << tr("How you send mail: %1 (%2)").arg(sendingViaId(d.sendingVia), d.guessBasis) << "\n\n";
    int n = 1;
    for (const GuideStep &s : d.steps) {
        out << "  " << n++ << ". " << s.text << '\n';
        if (!s.url.isEmpty())
            out << "     " << s.url << '\n';
    }
    for (const MessageTemplate &t : d.templates) {
        out << "\n  --- " << t.title << " ---\n";
        if (!t.to.isEmpty())
            out << "  " << tr("To: %1").arg(t.to) << '\n';
        out << "  " << tr("Subject: %1").arg(t.subject) << "\n\n";
        for (const QString &line : t.body.split(QLatin1Char('\n')))
            out << "  " << line << '\n';
    }
    out << '\n';
}

} // namespace

int runGuide(const QStringList &arguments)
{
    QTextStream err(stderr);
    bool json = false;
    bool hideRecipients = false;
    SendingVia via = SendingVia::Unknown;
    QString language = chooseLanguage(qEnvironmentVariable("BOUNCENAV_LANG"));
    QString reportPath;
    QStringList paths;
    LookupOptions lookups;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto next = [&](QString &value) {
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        QString value;
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (parseLookupOption(arguments, i, lookups, &value)) {
            // --offline: decode-only evidence; the others as for `check`.
            if (!value.isEmpty()) {
                err << value << Qt::endl;
                return UsageOrUnreadable;
            }
        } else if (a == QLatin1String("--hide-recipients")) {
            hideRecipients = true;
        } else if (a == QLatin1String("--sending-via")) {
            if (!next(value) || !sendingViaFromId(value, &via)) {
                err << tr("--sending-via takes provider, own-server, cloud or unknown.") << Qt::endl;
                return UsageOrUnreadable;
            }
        } else if (a == QLatin1String("--lang")) {
            if (!next(value) || !supportedLanguages().contains(value)) {
                err << tr("--lang takes en or ja.") << Qt::endl;
                return UsageOrUnreadable;
            }
            language = value;
        } else if (a == QLatin1String("--report")) {
            if (!next(reportPath)) {
                err << tr("--report takes a file name.") << Qt::endl;
                return UsageOrUnreadable;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            err << tr("Unknown option: %1").arg(a) << Qt::endl;
            return UsageOrUnreadable;
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty()) {
        err << tr("Usage: bouncenav guide [--json] [--sending-via provider|own-server|cloud|unknown] [--lang en|ja] "
                  "[--offline] [--report FILE.html] [--hide-recipients] [lookup options of check] PATH|-")
            << Qt::endl;
        return UsageOrUnreadable;
    }
    installTranslators(language);

    QList<ReportEntry> entries;
    QList<const Evidence *> evidenceOf;
    QHash<QString, Evidence> evidence; // one check per listed IP or domain
    loadKeys(lookups);
    bool readable = false;
    for (const QString &path : std::as_const(paths)) {
        ReadResult read;
        if (path == QLatin1String("-")) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                read = readData(in.readAll(), path);
        } else {
            read = readPath(path);
        }
        for (const InputError &e : read.errors)
            err << e.message << Qt::endl;
        readable = readable || !read.messages.isEmpty();
        for (const Message &m : read.messages) {
            for (const Bounce &b : decode(m)) {
                const QString subject = b.listedIp.isEmpty() ? b.listedDomain : b.listedIp;
                const Evidence *e = nullptr;
                if (!subject.isEmpty() && !lookups.dns.offline) {
                    if (!evidence.contains(subject))
                        evidence.insert(subject, collectEvidence(subject, lookups));
                    e = &evidence[subject];
                }
                entries.append({b, diagnose(b, &m, e, via, language)});
                evidenceOf.append(e);
            }
        }
    }
    if (!readable)
        return UsageOrUnreadable;
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (qsizetype i = 0; i < entries.size(); ++i)
            array.append(guideJson(entries.at(i).bounce, entries.at(i).diagnosis, evidenceOf.at(i)));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (qsizetype i = 0; i < entries.size(); ++i)
            printHuman(out, entries.at(i).bounce, entries.at(i).diagnosis, evidenceOf.at(i));
    }
    if (!reportPath.isEmpty()) {
        QFile f(reportPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(reportHtml(entries, {hideRecipients, language}).toUtf8()) < 0) {
            err << tr("Cannot write %1: %2").arg(reportPath, f.errorString()) << Qt::endl;
            return UsageOrUnreadable;
        }
    }
    if (entries.isEmpty()) {
        err << tr("No bounced recipient was found.") << Qt::endl;
        return NothingFound;
    }
    return Ok;
}

} // namespace bn::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav guide: who to contact, step by step, with messages to send.
#include "cli/commands.h"
#include "cli/lookups.h"
#include "common/language.h"
#include "decode/bounce_json.h"
#include "decode/decoder.h"
#include "guide/report.h"
#include "input/mailbox_reader.h"
#include "input/reader.h"
#include "reputation/evidence_texts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <deque>
#include <memory>
#include <unordered_map>

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
    // The user's answer is its own reason: the guess's explanation is only the guess's.
    o.insert(QStringLiteral("sending_via_basis"), d.sendingViaAnswered ? tr("Your answer") : d.guessBasis);
    o.insert(QStringLiteral("sending_via_guess_basis"), d.guessBasis);
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
    if (d.sendingViaAnswered)
        out << "  " << tr("How you send mail: %1 (your answer)").arg(sendingViaId(d.sendingVia)) << "\n\n";
    else
        out << "  " << tr("How you send mail: %1 (guessed: %2)").arg(sendingViaId(d.sendingVia), d.guessBasis) << "\n\n";
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

//! One live check per listed IP or domain, shared by the bounces that name it; the last few
//! hundred are kept, so a mailbox naming many stays in bounded memory.
class EvidenceCache
{
public:
    explicit EvidenceCache(const LookupOptions &options)
        : m_options(options)
    {
    }

    //! The evidence for \a subject, checked now or before; null offline or without a subject.
    std::shared_ptr<const Evidence> of(const QString &subject)
    {
        if (subject.isEmpty() || m_options.dns.offline)
            return {};
        auto found = m_bySubject.find(subject);
        if (found != m_bySubject.end())
            return found->second;
        if (m_order.size() >= Capacity) {
            m_bySubject.erase(m_order.front());
            m_order.pop_front();
        }
        auto e = std::make_shared<const Evidence>(collectEvidence(subject, m_options));
        m_bySubject.emplace(subject, e);
        m_order.push_back(subject);
        return e;
    }

private:
    static constexpr size_t Capacity = 256;
    const LookupOptions &m_options;
    std::unordered_map<QString, std::shared_ptr<const Evidence>> m_bySubject;
    std::deque<QString> m_order;
};

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

    loadKeys(lookups);
    // Each bounce is guided and printed as soon as its message is read: a mailbox of any size
    // streams. Only the report, one file for them all, keeps every entry.
    QList<ReportEntry> entries;
    EvidenceCache evidence(lookups);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return UsageOrUnreadable;
    bool readable = false;
    int found = 0;
    if (json)
        out.write("[\n");
    for (const QString &path : std::as_const(paths)) {
        readPathEach(path, [&](ReadResult &&read) {
            for (const InputError &e : read.errors)
                err << e.message << Qt::endl;
            readable = readable || !read.messages.isEmpty();
            for (const Message &m : read.messages) {
                for (const Bounce &b : decode(m)) {
                    const QString subject = b.listedIp.isEmpty() ? b.listedDomain : b.listedIp;
                    const std::shared_ptr<const Evidence> e = evidence.of(subject);
                    const Diagnosis d = diagnose(b, &m, e.get(), via, language);
                    if (json) {
                        QByteArray element = QJsonDocument(guideJson(b, d, e.get())).toJson(QJsonDocument::Indented);
                        element.chop(1);
                        out.write(element.prepend(found > 0 ? ",\n" : ""));
                    } else {
                        QString text;
                        QTextStream human(&text);
                        printHuman(human, b, d, e.get());
                        human.flush();
                        out.write(text.toUtf8());
                    }
                    out.flush();
                    ++found;
                    if (!reportPath.isEmpty())
                        entries.append({b, d, e});
                }
            }
        });
    }
    if (json)
        out.write(found > 0 ? "\n]\n" : "]\n");
    if (!readable)
        return UsageOrUnreadable;
    if (!reportPath.isEmpty()) {
        QFile f(reportPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(reportHtml(entries, {hideRecipients, language}).toUtf8()) < 0) {
            err << tr("Cannot write %1: %2").arg(reportPath, f.errorString()) << Qt::endl;
            return UsageOrUnreadable;
        }
    }
    if (found == 0) {
        err << tr("No bounced recipient was found.") << Qt::endl;
        return NothingFound;
    }
    return Ok;
}

} // namespace bn::cli

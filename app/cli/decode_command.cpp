// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav decode: explain bounced e-mail.
#include "cli/commands.h"
#include "common/ordered_workers.h"
#include "decode/bounce_json.h"
#include "decode/decoder.h"
#include "input/input_file.h"
#include "input/mailbox_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <utility>

namespace bn::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn::cli", text); // lupdate files free tr() calls under the namespace
}

//! What a batch gave: its output in the chosen format, its errors, whether any piece was read.
struct Decoded
{
    QByteArray text; //!< JSON lines or the human-readable form
    QJsonArray json; //!< for --json, gathered into one array at the end
    QStringList errors;
    bool readable = false; //!< some piece held a message (an input of errors only is unreadable)
    int found = 0;
};

void printHuman(QTextStream &out, const Bounce &b)
{
    out << (b.recipient.isEmpty() ? tr("(recipient unknown)") : b.recipient) << '\n';
    auto field = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << "  " << label << ' ' << value << '\n';
    };
    field(tr("File:"), b.file);
    field(tr("Result:"), b.temporary ? tr("temporary failure (the server will retry)") : tr("permanent failure"));
    field(tr("Reason:"), b.reason);
    field(tr("Status:"), b.status);
    field(tr("Reply code:"), b.replyCode);
    //: The SMTP command the server refused (RCPT, DATA…)
    field(tr("SMTP step:"), b.smtpCommand);
    field(tr("Refused by:"), b.remoteMta);
    field(tr("Reported by:"), b.reportingMta);
    field(tr("Operator:"), b.operatorId);
    field(tr("List:"), b.list);
    field(tr("Listed IP:"), b.listedIp);
    field(tr("Listed domain:"), b.listedDomain);
    field(tr("Diagnostic:"), b.diagnostic);
    for (const QString &l : b.links)
        field(tr("Link:"), l);
    for (const QString &w : b.warnings)
        field(tr("Warning:"), w);
    out << '\n';
}

} // namespace

int runDecode(const QStringList &arguments)
{
    enum class Format { Human, Json, JsonLines } format = Format::Human;
    QStringList paths;
    QTextStream err(stderr);
    for (const QString &a : arguments) {
        if (a == QLatin1String("--json"))
            format = Format::Json;
        else if (a == QLatin1String("--jsonl"))
            format = Format::JsonLines;
        else if (a.startsWith(QLatin1String("--"))) {
            err << tr("Unknown option: %1").arg(a) << Qt::endl;
            return UsageOrUnreadable;
        } else
            paths.append(a);
    }
    if (paths.isEmpty()) {
        err << tr("Usage: bouncenav decode [--json|--jsonl] PATH|- ...") << Qt::endl;
        return UsageOrUnreadable;
    }

    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return UsageOrUnreadable;
    // Reading splits the input into pieces on this thread; parsing, decoding and formatting run
    // on every core, a batch of pieces at a time; output comes back here in the input's order.
    QJsonArray array;
    int found = 0;
    bool anyReadable = false;
    auto decodeBatch = [format](RawBatch &&batch) {
        Decoded out;
        QList<Bounce> bounces;
        for (RawInput &raw : batch.pieces) {
            const ReadResult read = readRaw(std::move(raw));
            for (const InputError &e : read.errors)
                out.errors.append(e.message);
            out.readable = out.readable || !read.messages.isEmpty();
            for (const Message &m : read.messages) {
                QStringList warnings;
                const QList<Bounce> found = decode(m, nullptr, &warnings);
                // A message that gave no result says what could not be read, rather than nothing.
                if (found.isEmpty())
                    for (const QString &w : std::as_const(warnings))
                        out.errors.append(tr("%1: %2").arg(m.index > 0 ? tr("%1, message %2").arg(inputName(m.source)).arg(m.index + 1) : inputName(m.source), w));
                bounces += found;
            }
        }
        out.found = int(bounces.size());
        switch (format) {
        case Format::JsonLines:
            for (const Bounce &b : std::as_const(bounces))
                out.text += bounceToCompactJson(b).append('\n');
            break;
        case Format::Json:
            for (const Bounce &b : std::as_const(bounces))
                out.json.append(bounceToJson(b));
            break;
        case Format::Human: {
            QTextStream human(&out.text, QIODevice::WriteOnly);
            for (const Bounce &b : std::as_const(bounces))
                printHuman(human, b);
            break;
        }
        }
        return out;
    };
    auto print = [&](Decoded &&d) {
        for (const QString &e : std::as_const(d.errors))
            err << e << Qt::endl;
        anyReadable = anyReadable || d.readable;
        found += d.found;
        stdoutFile.write(d.text);
        for (const QJsonValue &v : std::as_const(d.json))
            array.append(v);
    };
    const int threads = qBound(1, QThread::idealThreadCount(), 16);
    OrderedWorkers<RawBatch, Decoded> workers(threads, size_t(threads) * 4, decodeBatch, print);
    RawBatch batch;
    for (const QString &path : std::as_const(paths)) {
        // "-" is standard input, split as a file is: a mailbox streams, anything else has the file limit.
        splitPathEach(path, [&](RawInput &&raw) {
            if (batch.add(std::move(raw)))
                workers.push(std::exchange(batch, RawBatch()));
        });
    }
    if (!batch.isEmpty())
        workers.push(std::move(batch));
    workers.finish();
    if (format == Format::Json)
        stdoutFile.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!anyReadable)
        return UsageOrUnreadable;
    if (found == 0) {
        err << tr("No bounced recipient was found.") << Qt::endl;
        return NothingFound;
    }
    return Ok;
}

} // namespace bn::cli

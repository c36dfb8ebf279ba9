// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav decode: explain bounced e-mail.
#include "cli/commands.h"
#include "common/bounded_queue.h"
#include "decode/bounce_json.h"
#include "decode/decoder.h"
#include "input/mailbox_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace bn::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn::cli", text); // lupdate files free tr() calls under the namespace
}

//! Reads a path, or standard input for "-", handing over each message as soon as it is read:
//! mailboxes stream, so output starts at once and memory stays flat.
void readInput(const QString &path, const ReadSink &sink)
{
    if (path != QLatin1String("-"))
        return readPathEach(path, sink);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        ReadResult r;
        r.errors.append({path, InputError::Kind::Unreadable, tr("Cannot read standard input.")});
        return sink(std::move(r));
    }
    if (in.peek(5) == "From ")
        readMailbox(in, path, sink);
    else
        sink(readData(in.readAll(), path));
}

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
    QTextStream human(&stdoutFile);
    QJsonArray array;
    int found = 0;
    int readable = 0;
    // Two stages, so that two cores share the work: this thread reads and parses the MIME,
    // a second one decodes and prints, in the order the messages were read.
    BoundedQueue<Message> queue(64);
    QThread *decoder = QThread::create([&] {
        while (std::optional<Message> m = queue.pop()) {
            const QList<Bounce> bounces = decode(*m);
            found += int(bounces.size());
            for (const Bounce &b : bounces) {
                switch (format) {
                case Format::JsonLines:
                    stdoutFile.write(bounceToCompactJson(b).append('\n'));
                    break;
                case Format::Json:
                    array.append(bounceToJson(b));
                    break;
                case Format::Human:
                    printHuman(human, b);
                    break;
                }
            }
        }
    });
    decoder->start();
    for (const QString &path : std::as_const(paths)) {
        bool pathReadable = false;
        readInput(path, [&](ReadResult &&read) {
            for (const InputError &e : read.errors)
                err << e.message << Qt::endl;
            pathReadable = pathReadable || !read.messages.isEmpty();
            for (Message &m : read.messages)
                queue.push(std::move(m));
        });
        readable += pathReadable ? 1 : 0;
    }
    queue.close();
    decoder->wait();
    delete decoder;
    if (format == Format::Json)
        stdoutFile.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    human.flush();
    if (readable == 0)
        return UsageOrUnreadable;
    if (found == 0) {
        err << tr("No bounced recipient was found.") << Qt::endl;
        return NothingFound;
    }
    return Ok;
}

} // namespace bn::cli

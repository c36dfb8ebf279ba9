// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming mbox reading: split at separator lines, parse each message on its own.
#include "input/mailbox_reader.h"

#include "input/input_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace bn {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
//! One message larger than this inside a mailbox is skipped with an error, not read.
constexpr qsizetype MaxMessage = MaxSingleInput;

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

//! In \a buffer, whose lines end with LF alone, the end of the whole lines from \a pos on up to
//! the next separator line ("From ") or the buffer's last LF; with \a atEnd, a last line
//! without LF counts as whole.
qsizetype endOfMessageLines(const QByteArray &buffer, qsizetype pos, bool atEnd)
{
    const QByteArrayView rest(buffer.constData() + pos, buffer.size() - pos);
    const qsizetype separator = rest.indexOf("\nFrom ");
    if (separator >= 0)
        return pos + separator + 1;
    if (atEnd)
        return buffer.size();
    const char *lastLf = static_cast<const char *>(memrchr(rest.data(), '\n', size_t(rest.size())));
    return lastLf ? lastLf - buffer.constData() + 1 : pos;
}

} // namespace

ReadResult readRaw(RawInput &&raw)
{
    if (!raw.errors.isEmpty()) {
        ReadResult r;
        r.errors = std::move(raw.errors);
        return r;
    }
    ReadResult r = readData(raw.bytes, raw.source);
    for (Message &m : r.messages)
        m.index += raw.index;
    return r;
}

int readMailbox(QIODevice &device, const QString &source, const ReadSink &sink, const ReadControl &control)
{
    return splitMailbox(device, source, [&sink](RawInput &&raw) { sink(readRaw(std::move(raw))); }, control);
}

int splitMailbox(QIODevice &device, const QString &source, const RawSink &sink, const ReadControl &control)
{
    auto cancelled = [&control] { return control.cancelled && control.cancelled(); };
    int index = 0;
    QByteArray message; // the current message, without its "From " line
    bool oversized = false;
    QByteArray buffer;
    qsizetype pos = 0;
    auto flush = [&] {
        if (oversized) {
            RawInput r{source, index, {}, {}};
            r.errors.append({source, InputError::Kind::TooLarge,
                             tr("Message %1 of %2 is larger than %3 MB and was skipped.")
                                 .arg(index + 1)
                                 .arg(inputName(source))
                                 .arg(MaxMessage / 1024 / 1024)});
            sink(std::move(r));
        } else if (!message.trimmed().isEmpty()) {
            sink(RawInput{source, index, std::move(message), {}});
        }
        ++index;
        message = QByteArray();
        oversized = false;
    };
    //! Lines of the current message, each with its LF (added to the last if it lacks one).
    const auto appendLines = [&](QByteArrayView lines) {
        if (oversized)
            return;
        const bool needsLf = !lines.endsWith('\n');
        const qsizetype bytes = lines.size() + (needsLf ? 1 : 0);
        if (message.size() + bytes > MaxMessage) {
            oversized = true;
            message.clear();
            return;
        }
        // One copy (QByteArray::append costs more than the copy).
        const qsizetype at = message.size();
        message.resize(at + bytes);
        char *to = message.data() + at;
        memcpy(to, lines.data(), size_t(lines.size()));
        if (needsLf)
            to[lines.size()] = '\n';
    };
    bool started = false;
    while (true) {
        if (pos > 0) {
            buffer.remove(0, pos);
            pos = 0;
        }
        if (cancelled())
            return index;
        // Read straight into the buffer's end: no chunk to allocate and copy again.
        const qsizetype kept = buffer.size();
        buffer.resize(kept + ChunkSize);
        const qint64 got = device.read(buffer.data() + kept, ChunkSize);
        buffer.resize(kept + qMax<qint64>(got, 0));
        const bool atEnd = got <= 0;
        if (control.progress)
            control.progress(source, device.pos(), device.size());
        // Most mailboxes end their lines with LF alone: their messages are copied whole, from
        // separator to separator, instead of line by line.
        const bool lfOnly = !memchr(buffer.constData() + pos, '\r', size_t(buffer.size() - pos));
        // Whole lines only, unless the device has nothing more to give. LF, CRLF and lone CR
        // all end a line; each line is kept with a plain LF.
        while (pos < buffer.size()) {
            const char *data = buffer.constData();
            if (lfOnly && !QByteArrayView(data + pos, buffer.size() - pos).startsWith("From ")) {
                // The lines up to the next separator, or to the last whole line.
                const qsizetype blockEnd = endOfMessageLines(buffer, pos, atEnd);
                if (blockEnd > pos) {
                    started = true;
                    appendLines(QByteArrayView(data + pos, blockEnd - pos));
                    pos = blockEnd;
                    continue;
                }
            }
            // The first LF or CR: memchr for each (a CR is looked for only before the LF).
            const char *bufferEnd = data + buffer.size();
            const char *lf = static_cast<const char *>(memchr(data + pos, '\n', size_t(bufferEnd - (data + pos))));
            const char *lineEnd = lf ? lf : bufferEnd;
            const char *cr = static_cast<const char *>(memchr(data + pos, '\r', size_t(lineEnd - (data + pos))));
            const char *stop = cr ? cr : lineEnd;
            qsizetype end = stop - data; // the terminator, or the buffer's size
            qsizetype next = end + 1;
            if (end < buffer.size() && *stop == '\r') {
                if (end + 1 == buffer.size() && !atEnd)
                    break; // a CR at the end of the chunk may be half of a CRLF
                if (end + 1 < buffer.size() && data[end + 1] == '\n')
                    next = end + 2;
            } else if (end == buffer.size() && !atEnd) {
                break;
            }
            const QByteArrayView line(data + pos, end - pos);
            pos = std::min(next, buffer.size());
            if (line.startsWith("From ")) {
                if (started) {
                    flush();
                    if (cancelled())
                        return index;
                }
                started = true;
                continue;
            }
            started = true; // text before the first separator is read as a message too
            appendLines(line);
        }
        if (atEnd)
            break;
    }
    if (started)
        flush();
    return index;
}

void readPathEach(const QString &path, const ReadSink &sink, const ReadControl &control)
{
    splitPathEach(path, [&sink](RawInput &&raw) { sink(readRaw(std::move(raw))); }, control);
}

namespace {

//! A piece holding only an error.
RawInput errorPiece(const QString &source, InputError::Kind kind, const QString &message)
{
    RawInput r{source, 0, {}, {}};
    r.errors.append({source, kind, message});
    return r;
}

RawInput tooLarge(const QString &source)
{
    return errorPiece(source, InputError::Kind::TooLarge,
                      tr("%1 is larger than %2 MB: open mail server logs with Log import, and split large mailboxes.")
                          .arg(inputName(source))
                          .arg(MaxSingleInput / 1024 / 1024));
}

//! The rest of \a device, read in chunks up to the single-input limit: a stream of unknown size
//! (standard input, a FIFO) is held to the limit a file's size is checked against.
RawInput readBounded(QIODevice &device, const QString &source)
{
    QByteArray bytes;
    qsizetype chunk = 64 * 1024; // most streams hold one small message: grown as they prove larger
    while (true) {
        const qsizetype kept = bytes.size();
        const qsizetype want = qMin<qsizetype>(chunk, MaxSingleInput + 1 - kept);
        chunk = qMin<qsizetype>(chunk * 2, ChunkSize);
        bytes.resize(kept + want);
        const qint64 got = device.read(bytes.data() + kept, want);
        bytes.resize(kept + qMax<qint64>(got, 0));
        if (got < 0 && kept == 0)
            return errorPiece(source, InputError::Kind::Unreadable,
                              tr("Cannot read %1: %2").arg(inputName(source), device.errorString()));
        if (got <= 0)
            break;
        if (bytes.size() > MaxSingleInput)
            return tooLarge(source);
    }
    if (bytes.capacity() > bytes.size() + 64 * 1024)
        bytes.squeeze(); // pieces wait in batches: no chunk's slack is kept with them
    return RawInput{source, 0, std::move(bytes), {}};
}

//! A regular file whose size was checked, read in one piece of its size.
RawInput readWhole(QFile &file, const QString &source)
{
    RawInput r{source, 0, file.readAll(), {}};
    if (file.error() != QFileDevice::NoError)
        return errorPiece(source, InputError::Kind::Unreadable,
                          tr("Cannot read %1: %2").arg(inputName(source), file.errorString()));
    return r;
}

void splitOpened(InputFile &&in, const QString &path, const RawSink &sink, const ReadControl &control)
{
    switch (in.type()) {
    case InputFile::Type::Failed:
        sink(errorPiece(path, InputError::Kind::Unreadable, in.error()));
        return;
    case InputFile::Type::Folder: {
        in = InputFile();
        // FIFOs, devices and sockets are listed too, to be skipped with a note rather than silently.
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &f : std::as_const(files)) {
            if (control.cancelled && control.cancelled())
                return;
            splitOpened(InputFile::open(f, InputFile::Mode::InFolder), f, sink, control);
        }
        return;
    }
    case InputFile::Type::File:
    case InputFile::Type::Stream:
        break;
    }
    const bool stream = in.type() == InputFile::Type::Stream;
    const qint64 size = in.size();
    QFile file;
    if (!in.openDevice(file))
        return sink(errorPiece(path, InputError::Kind::Unreadable,
                               tr("Cannot read %1: %2").arg(inputName(path), file.errorString())));
    if (stream)
        return splitStream(file, path, sink, control);
    if (file.peek(5) == "From ") {
        splitMailbox(file, path, sink, control);
        return;
    }
    // Bounces are small; anything this large is a mailbox archive or a log, read elsewhere.
    sink(size > MaxSingleInput ? tooLarge(path) : readWhole(file, path));
    if (control.progress)
        control.progress(path, size, size);
}

} // namespace

void splitStream(QIODevice &device, const QString &source, const RawSink &sink, const ReadControl &control)
{
    if (device.peek(5) == "From ")
        splitMailbox(device, source, sink, control);
    else
        sink(readBounded(device, source));
}

void splitPathEach(const QString &path, const RawSink &sink, const ReadControl &control)
{
    splitOpened(InputFile::open(path), path, sink, control);
}

RawInput readFileRaw(const QString &path)
{
    InputFile in = InputFile::open(path);
    switch (in.type()) {
    case InputFile::Type::Failed:
        return errorPiece(path, InputError::Kind::Unreadable, in.error());
    case InputFile::Type::Folder:
        return errorPiece(path, InputError::Kind::Unreadable,
                          tr("Cannot open %1: %2").arg(path, openFailureReason(EISDIR)));
    case InputFile::Type::File:
        if (in.size() > MaxSingleInput)
            return tooLarge(path);
        break;
    case InputFile::Type::Stream:
        break;
    }
    const bool stream = in.type() == InputFile::Type::Stream;
    QFile file;
    if (!in.openDevice(file))
        return errorPiece(path, InputError::Kind::Unreadable,
                          tr("Cannot read %1: %2").arg(inputName(path), file.errorString()));
    return stream ? readBounded(file, path) : readWhole(file, path);
}

} // namespace bn

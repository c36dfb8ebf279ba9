// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "input/reader.h"

#include <QIODevice>

#include <functional>

namespace bn {

//! Called once per input read: one message, or an error, with its source and index set.
using ReadSink = std::function<void(ReadResult &&)>;

//! How a long read is followed and stopped. Both are optional and called in the reading thread.
struct ReadControl
{
    //! Asked between messages and between chunks; true stops reading at once.
    std::function<bool()> cancelled;
    //! Bytes of \a source read so far out of \a size: after each chunk of a mailbox, after each file.
    std::function<void(const QString &source, qint64 done, qint64 size)> progress;
};

//! One piece of input split off but not parsed yet: a file's bytes, or one message of a
//! mailbox. Splitting is quick and goes in order; parsing (readRaw) can then run on any thread.
struct RawInput
{
    QString source;
    int index = 0;            //!< position of the (first) message in its mailbox
    QByteArray bytes;
    QList<InputError> errors; //!< why the input could not be read, instead of bytes
};

//! Called once per piece of input split off, in order.
using RawSink = std::function<void(RawInput &&)>;

//! Pieces of input gathered to be parsed together on one worker thread: fewer hand-overs
//! between threads than one piece at a time, and a bounded amount of input in each.
struct RawBatch
{
    static constexpr qsizetype MaxPieces = 32;
    static constexpr qsizetype MaxBytes = 512 * 1024;
    QList<RawInput> pieces;
    qsizetype bytes = 0;

    //! Adds \a piece; true when the batch is full and should be handed over.
    bool add(RawInput &&piece)
    {
        bytes += piece.bytes.size();
        pieces.append(std::move(piece));
        return pieces.size() >= MaxPieces || bytes >= MaxBytes;
    }
    bool isEmpty() const { return pieces.isEmpty(); }
};

//! Parses what splitting gave: its messages (indexes counted from its own), or its errors.
ReadResult readRaw(RawInput &&raw);

//! Reads an mbox from \a device one message at a time, handing each to \a sink as soon as it
//! is complete: a mailbox of any size is read in the memory of its largest message. Messages
//! are split at every line that starts with "From " (inside bodies, mbox writers quote them
//! as ">From "). Returns the number of messages read.
int readMailbox(QIODevice &device, const QString &source, const ReadSink &sink, const ReadControl &control = {});
//! readMailbox() without the parsing: each message's raw bytes, in order.
int splitMailbox(QIODevice &device, const QString &source, const RawSink &sink, const ReadControl &control = {});

//! Splits a stream (standard input, a FIFO, a pipe) as a file is split: a mailbox message by
//! message, anything else read whole up to the single-input limit (a larger one is an error).
void splitStream(QIODevice &device, const QString &source, const RawSink &sink, const ReadControl &control = {});

//! Like readPath(), but hands over each file's (or each mailbox message's) result as it is
//! read: folders file by file, mailboxes message by message and without a size limit. "-" is
//! standard input; FIFOs, pipes (/dev/fd/N) and devices are streams; inside a folder they are
//! skipped with a note, never opened for reading.
void readPathEach(const QString &path, const ReadSink &sink, const ReadControl &control = {});
//! readPathEach() without the parsing: each file's (or mailbox message's) raw bytes, in order.
void splitPathEach(const QString &path, const RawSink &sink, const ReadControl &control = {});

//! A file's bytes as readPath() would parse them, or why it cannot be read (missing,
//! unreadable, a folder, too large). A FIFO, a pipe or a device is read as a stream, to the same limit.
RawInput readFileRaw(const QString &path);

} // namespace bn

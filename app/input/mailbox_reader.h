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

//! Reads an mbox from \a device one message at a time, handing each to \a sink as soon as it
//! is complete: a mailbox of any size is read in the memory of its largest message. Messages
//! are split at every line that starts with "From " (inside bodies, mbox writers quote them
//! as ">From "). Returns the number of messages read.
int readMailbox(QIODevice &device, const QString &source, const ReadSink &sink, const ReadControl &control = {});

//! Like readPath(), but hands over each file's (or each mailbox message's) result as it is
//! read: folders file by file, mailboxes message by message and without a size limit.
void readPathEach(const QString &path, const ReadSink &sink, const ReadControl &control = {});

} // namespace bn

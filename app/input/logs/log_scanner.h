// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "input/logs/log_record.h"

#include <QString>

#include <atomic>
#include <functional>

namespace bn {

//! Streams mail logs (plain or gzip-compressed, detected by content) and hands every
//! rejection to a sink. The file is read once in fixed-size chunks: memory does not grow
//! with the file. A cheap substring pre-filter skips lines that cannot be rejections.
class LogScanner final
{
public:
    using Sink = std::function<void(LogRecord &&)>;
    struct Options
    {
        qsizetype maxLineLength = 64 * 1024;          //!< longer candidate lines are skipped and counted
        const std::atomic_bool *cancel = nullptr;     //!< checked between chunks
        std::function<void(qint64 done, qint64 total)> progress; //!< in bytes of the file as stored
    };

    //! Scans \a path ("-" for standard input). Returns false with a translated \a error when
    //! the input cannot be read, is binary, or holds no known log format; records found before
    //! a late problem (a truncated .gz) are kept and the problem is noted in \a stats.
    static bool scan(const QString &path, const Sink &sink, LogScanStats &stats, const Options &options,
                     QString *error);
};

//! The format's name for people, e.g. "Postfix", "Exchange message tracking".
QString logFormatName(LogFormat format);

} // namespace bn

// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/logs/log_scanner.h"

#include "input/logs/csv_log.h"
#include "input/logs/log_line_parsers.h"
#include "input/input_file.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace bn {

namespace {

using sv = std::string_view;

constexpr size_t ChunkSize = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

struct GzCloser
{
    void operator()(gzFile f) const { gzclose(f); }
};
using GzFile = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

//! Which markers the formats present in the file use; CSV formats read every row.
struct Detection
{
    bool postfix = false, exim = false, sendmail = false;
    logs::CsvLogFormat csv;
    bool any() const { return postfix || exim || sendmail || csv.isValid(); }
};

//! Binary data, not text: many NULs or control bytes. A single damaged line is not enough.
bool looksBinary(sv sample)
{
    size_t nul = 0;
    size_t control = 0;
    for (unsigned char c : sample) {
        if (c == 0)
            ++nul;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return nul * 100 > sample.size() || (nul + control) * 10 > sample.size();
}

bool isEximLine(sv line)
{
    // "2026-11-01 00:00:01 " then an id like "1qABCD-000123-AB" (optionally a "+0900 " zone first)
    if (line.size() < 40 || line[4] != '-' || line[7] != '-' || line[10] != ' ' || line[13] != ':')
        return false;
    return line.find(" <= ") != sv::npos || line.find(" => ") != sv::npos || line.find(" ** ") != sv::npos
        || line.find(" == ") != sv::npos || line.find(" -> ") != sv::npos || line.find(" Completed") != sv::npos;
}

Detection detect(sv sample)
{
    Detection d;
    size_t pos = 0;
    for (int n = 0; n < 2000 && pos < sample.size(); ++n) {
        size_t end = sample.find('\n', pos);
        if (end == sv::npos)
            end = sample.size();
        const sv line = sample.substr(pos, end - pos);
        pos = end + 1;
        if (n < 50 && !d.csv.isValid() && (line.substr(0, 9) == "#Fields: " || line.find(',') != sv::npos)
            && d.csv.readHeader(line))
            return d; // CSV formats fill the whole file
        if (line.find(" postfix/") != sv::npos || line.find(" postfix-") != sv::npos)
            d.postfix = true;
        else if (line.find(" sm-mta[") != sv::npos || line.find(" sendmail[") != sv::npos)
            d.sendmail = true;
        else if (isEximLine(line))
            d.exim = true;
    }
    return d;
}

//! Reads the input in chunks and runs the pre-filter over each.
class ChunkScanner
{
public:
    ChunkScanner(const LogScanner::Sink &sink, LogScanStats &stats, const LogScanner::Options &options)
        : m_sink(sink)
        , m_stats(stats)
        , m_options(options)
    {
    }

    void setDetection(Detection d) { m_detection = std::move(d); }

    //! Scans whole lines in [begin, end); \a end is NUL-terminated by the caller.
    void scanLines(const char *begin, const char *end)
    {
        if (m_detection.csv.isValid()) {
            forEachLine(begin, end, [this](sv line) { csvLine(line); });
            return;
        }
        // Every syslog format's markers are searched, whatever the start of the file showed:
        // a file may mix formats, and each line is parsed by the format it names.
        m_hits.clear();
        collect(begin, end, "status=", [](const char *p) { return p[7] == 'b' || p[7] == 'd' || p[7] == 'e'; });
        collect(begin, end, " reject: ", [](const char *) { return true; });
        collect(begin, end, " ** ", [](const char *) { return true; });
        collect(begin, end, " == ", [](const char *) { return true; });
        collect(begin, end, ", stat=", [](const char *) { return true; });
        std::sort(m_hits.begin(), m_hits.end());
        m_hits.erase(std::unique(m_hits.begin(), m_hits.end()), m_hits.end());
        const char *counted = begin;
        for (const char *lineStart : m_hits) {
            m_line += std::count(counted, lineStart, '\n');
            counted = lineStart;
            const char *lineEnd = static_cast<const char *>(memchr(lineStart, '\n', size_t(end - lineStart)));
            syslogLine(sv(lineStart, size_t((lineEnd ? lineEnd : end) - lineStart)));
        }
        m_line += std::count(counted, end, '\n');
    }

    void noteOverlongLine() { ++m_stats.skippedOverlong; ++m_line; }

private:
    template<typename Accept>
    void collect(const char *begin, const char *end, const char *needle, Accept accept)
    {
        // strstr is far faster than memmem here; a NUL inside the chunk ends it early, so
        // resume after each NUL.
        const char *p = begin;
        while (p < end) {
            const char *hit = strstr(p, needle);
            if (!hit) {
                p += strlen(p) + 1;
                continue;
            }
            if (accept(hit)) {
                const char *lineStart = hit;
                while (lineStart > begin && lineStart[-1] != '\n')
                    --lineStart;
                m_hits.push_back(lineStart);
            }
            p = hit + 1;
        }
    }

    template<typename F>
    void forEachLine(const char *begin, const char *end, F f)
    {
        const char *p = begin;
        while (p < end) {
            const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
            const char *lineEnd = nl ? nl : end;
            ++m_line;
            f(sv(p, size_t(lineEnd - p)));
            p = lineEnd + 1;
        }
    }

    bool acceptable(sv line)
    {
        if (qsizetype(line.size()) > m_options.maxLineLength) {
            ++m_stats.skippedOverlong;
            return false;
        }
        if (memchr(line.data(), 0, line.size())) {
            ++m_stats.skippedBinary;
            return false;
        }
        return true;
    }

    void emit(LogRecord &r, sv line, qint64 lineNumber)
    {
        r.lineNumber = lineNumber;
        if (r.line.isEmpty())
            r.line = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
        ++m_stats.records;
        m_sink(std::move(r));
    }

    void syslogLine(sv line)
    {
        const qint64 lineNumber = m_line + 1;
        if (!acceptable(line))
            return;
        LogRecord r;
        bool parsed = false;
        bool known = false;
        if (line.find(" postfix/") != sv::npos || line.find(" postfix-") != sv::npos) {
            known = true;
            parsed = logs::parsePostfixLine(line, r);
        } else if (line.find(" sm-mta[") != sv::npos || line.find(" sendmail[") != sv::npos) {
            known = true;
            parsed = logs::parseSendmailLine(line, r);
        } else if (isEximLine(line)) {
            known = true;
            parsed = logs::parseEximLine(line, r);
        }
        if (!known) {
            ++m_stats.skippedOtherFormat;
            return;
        }
        if (!parsed) {
            // Markers also occur in lines that are no rejection (e.g. "status=deliverable"):
            // count only those that claimed to be one.
            if (line.find("status=bounced") != sv::npos || line.find("status=deferred") != sv::npos
                || line.find(" ** ") != sv::npos)
                ++m_stats.skippedUnparsed;
            return;
        }
        emit(r, line, lineNumber);
    }

    void csvLine(sv line)
    {
        if (line.empty() || line.front() == '#')
            return;
        if (!acceptable(line))
            return;
        if (!m_csvHeaderSeen && m_detection.csv.format() == LogFormat::Microsoft365Trace) {
            m_csvHeaderSeen = true; // the header row itself
            return;
        }
        m_csvRecords.clear();
        switch (m_detection.csv.parseRow(line, m_csvRecords)) {
        case logs::CsvLogFormat::Row::Record:
            for (LogRecord &r : m_csvRecords)
                emit(r, line, m_line);
            break;
        case logs::CsvLogFormat::Row::MissingColumns:
            ++m_stats.skippedOtherFormat;
            break;
        case logs::CsvLogFormat::Row::NotARejection:
            break;
        }
    }

    const LogScanner::Sink &m_sink;
    LogScanStats &m_stats;
    const LogScanner::Options &m_options;
    Detection m_detection;
    std::vector<const char *> m_hits;
    QList<LogRecord> m_csvRecords;
    qint64 m_line = 0; // syslog: newlines before the current hit; CSV: the current line's number
    bool m_csvHeaderSeen = false;
};

} // namespace

QString logFormatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Postfix: return QStringLiteral("Postfix");
    case LogFormat::Exim: return QStringLiteral("Exim");
    case LogFormat::Sendmail: return QStringLiteral("Sendmail");
    case LogFormat::ExchangeTracking: return tr("Exchange message tracking");
    case LogFormat::Microsoft365Trace: return tr("Microsoft 365 message trace");
    case LogFormat::Unknown: break;
    }
    return tr("unknown format");
}

bool LogScanner::scan(const QString &path, const Sink &sink, LogScanStats &stats, const Options &options,
                      QString *error)
{
    // Opened once, and asked what it is: standard input, FIFOs, pipes (/dev/fd/N, as bash's
    // process substitution gives) and devices are read as streams; a folder is refused.
    InputFile in = InputFile::open(path);
    const QString name = inputName(path);
    if (in.type() == InputFile::Type::Failed || in.type() == InputFile::Type::Folder) {
        if (error)
            *error = in.type() == InputFile::Type::Folder
                ? QCoreApplication::translate("bn::Reader", "Cannot open %1: %2").arg(name, openFailureReason(EISDIR))
                : in.error();
        return false;
    }
    const bool stream = in.type() == InputFile::Type::Stream;
    const qint64 total = stream ? -1 : in.size();
    const int fd = in.release();
    GzFile file(fd >= 0 ? gzdopen(fd, "rb") : nullptr);
    if (!file) {
        if (fd >= 0)
            close(fd);
        if (error)
            *error = QCoreApplication::translate("bn::Reader", "Cannot open %1: %2").arg(name, openFailureReason(ENOMEM));
        return false;
    }
    gzbuffer(file.get(), 1 << 20);

    std::vector<char> buffer(ChunkSize + 1);
    size_t filled = 0;      // bytes in buffer
    bool skippingLongLine = false;
    bool detected = false;
    ChunkScanner scanner(sink, stats, options);
    for (;;) {
        if (options.cancel && options.cancel->load())
            return true;
        const int n = gzread(file.get(), buffer.data() + filled, unsigned(ChunkSize - filled));
        if (n < 0) {
            int code = 0;
            gzerror(file.get(), &code);
            stats.truncatedCompressed = true;
            if (!detected) {
                if (error)
                    *error = QCoreApplication::translate("bn::LogScanner", "%1 is a damaged compressed file.").arg(name);
                return false;
            }
            break;
        }
        stats.bytes += n;
        filled += size_t(n);
        const bool atEnd = n == 0;
        if (atEnd && !detected && filled == 0) {
            if (error)
                *error = QCoreApplication::translate("bn::LogScanner", "%1 is empty.").arg(name);
            return false;
        }
        if (atEnd) {
            // zlib reports a stream cut short as an end of file with Z_BUF_ERROR.
            int code = Z_OK;
            gzerror(file.get(), &code);
            if (code == Z_BUF_ERROR)
                stats.truncatedCompressed = true;
        }
        if (atEnd && filled == 0)
            break;
        if (!detected) {
            const sv sample(buffer.data(), std::min<size_t>(filled, 256 * 1024));
            if (looksBinary(sample.substr(0, 8192))) {
                if (error)
                    *error = QCoreApplication::translate("bn::LogScanner", "%1 is a binary file, not a mail log.").arg(name);
                return false;
            }
            Detection d = detect(sample);
            if (!d.any()) {
                if (error)
                    *error = QCoreApplication::translate("bn::LogScanner", "%1 is not a mail log this version can read (Postfix, Exim, Sendmail, "
                                "Exchange message tracking or Microsoft 365 message trace).")
                                 .arg(name);
                return false;
            }
            stats.formats.clear();
            if (d.postfix) stats.formats.append(LogFormat::Postfix);
            if (d.exim) stats.formats.append(LogFormat::Exim);
            if (d.sendmail) stats.formats.append(LogFormat::Sendmail);
            if (d.csv.isValid()) stats.formats.append(d.csv.format());
            scanner.setDetection(std::move(d));
            detected = true;
        }
        // Whole lines are scanned now; the tail after the last newline waits for more data.
        char *begin = buffer.data();
        char *end = buffer.data() + filled;
        if (skippingLongLine) {
            char *nl = static_cast<char *>(memchr(begin, '\n', filled));
            if (!nl && !atEnd) {
                filled = 0;
                continue;
            }
            skippingLongLine = false;
            begin = nl ? nl + 1 : end;
        }
        char *lastNl = static_cast<char *>(memrchr(begin, '\n', size_t(end - begin)));
        char *scanEnd = atEnd ? end : (lastNl ? lastNl + 1 : begin);
        const char saved = *scanEnd;
        *scanEnd = '\0';
        scanner.scanLines(begin, scanEnd);
        *scanEnd = saved;
        const size_t tail = size_t(end - scanEnd);
        if (atEnd)
            break;
        if (tail >= ChunkSize / 2 || qsizetype(tail) > options.maxLineLength) {
            // One line longer than we ever look at: drop it and skip to its end.
            scanner.noteOverlongLine();
            skippingLongLine = true;
            filled = 0;
        } else {
            memmove(buffer.data(), scanEnd, tail);
            filled = tail;
        }
        if (options.progress)
            options.progress(stream ? stats.bytes : qint64(gzoffset(file.get())), total);
    }
    if (options.progress)
        options.progress(total, total);
    return true;
}

} // namespace bn

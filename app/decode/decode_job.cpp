// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decode_job.h"

#include "common/ordered_workers.h"
#include "decode/decoder.h"
#include "input/mailbox_reader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

namespace bn {

namespace {

//! Batches and progress reach the GUI at most this often, so its event queue never floods.
constexpr qint64 ReportIntervalMs = 50;

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

DecodeJob::DecodeJob(QStringList paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
}

DecodeJob::~DecodeJob()
{
    cancel(); // m_thread, destroyed first, then waits for the reading to stop
}

void DecodeJob::start()
{
    if (m_thread.isRunning())
        return;
    m_cancel = false;
    m_thread.start([this] { run(); });
}

void DecodeJob::cancel()
{
    m_cancel = true;
}

QList<DecodedBounce> DecodeJob::takeDecoded()
{
    return std::exchange(m_decoded, {});
}

void DecodeJob::run()
{
    // Everything below runs in the job's thread, but for decodeBatch (on the workers' threads,
    // touching only its batch and m_cancel); results reach the object's thread only through
    // queued calls, which are dropped if the job is deleted first.
    qint64 total = 0;
    for (const QString &p : std::as_const(m_paths))
        total += sizeOf(p);
    qint64 before = 0;  // bytes of the files finished
    qint64 current = 0; // bytes of the file being read
    QString currentSource;
    int messages = 0;
    QList<DecodedBounce> batch;
    QStringList errors;
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto report = [&](bool force) {
        if (!force && sinceReport.elapsed() < ReportIntervalMs)
            return;
        sinceReport.restart();
        const qint64 done = before + current;
        QMetaObject::invokeMethod(
            this,
            [this, messages, done, total, b = std::exchange(batch, {})]() mutable {
                m_messages = messages;
                Q_EMIT progress(messages, done, total);
                if (!b.isEmpty()) {
                    m_decoded += std::move(b);
                    Q_EMIT decoded();
                }
            },
            Qt::QueuedConnection);
    };
    ReadControl control;
    control.cancelled = [this] { return m_cancel.load(); };
    control.progress = [&](const QString &source, qint64 done, qint64) {
        if (source != currentSource) { // a new file of a folder
            before += current;
            currentSource = source;
        }
        current = done;
        report(false);
    };
    // This thread splits the input and hands the results over in reading order; parsing and
    // decoding run on every core, a batch of messages at a time.
    struct Decoded
    {
        QList<DecodedBounce> bounces;
        QStringList errors;
        int messages = 0;
    };
    const auto decodeBatch = [this](RawBatch &&pieces) {
        Decoded out;
        for (RawInput &piece : pieces.pieces) {
            if (m_cancel)
                break; // what is in flight is dropped quickly once cancelled
            const ReadResult r = readRaw(std::move(piece));
            for (const InputError &e : r.errors)
                out.errors << e.message;
            for (const Message &m : r.messages) {
                ++out.messages;
                QStringList warnings;
                QList<Bounce> found = decode(m, nullptr, &warnings);
                // A message that gave no result says what could not be read, rather than nothing.
                if (found.isEmpty())
                    for (const QString &w : std::as_const(warnings))
                        out.errors << QCoreApplication::translate("bn", "%1: %2").arg(m.source, w);
                for (Bounce &b : found)
                    out.bounces.append({std::move(b), m});
            }
        }
        return out;
    };
    const auto deliver = [&](Decoded &&d) {
        errors += d.errors;
        messages += d.messages;
        batch += std::move(d.bounces);
        report(false);
    };
    const int threads = qBound(1, QThread::idealThreadCount(), 16);
    OrderedWorkers<RawBatch, Decoded> workers(threads, size_t(threads) * 4, decodeBatch, deliver);
    RawBatch pieces;
    for (const QString &path : std::as_const(m_paths)) {
        if (m_cancel)
            break;
        splitPathEach(
            path,
            [&](RawInput &&raw) {
                if (pieces.add(std::move(raw)))
                    workers.push(std::exchange(pieces, RawBatch()));
            },
            control);
    }
    if (!pieces.isEmpty() && !m_cancel)
        workers.push(std::move(pieces));
    workers.finish();
    report(true);
    QMetaObject::invokeMethod(
        this,
        [this, errors, cancelled = m_cancel.load()] {
            m_errors = errors;
            m_cancelled = cancelled;
            m_thread.join();
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

} // namespace bn

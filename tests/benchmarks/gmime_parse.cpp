// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: how fast GMime alone parses, then frees, every message of a mailbox, on THREADS
// threads (messages dealt in turn): the ceiling for `bouncenav decode`, which parses each
// message with GMime before reading and decoding it. Prints one line; asserts nothing.
//   bench_gmime_parse MBOX [THREADS]
#include "input/mailbox_reader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <gmime/gmime.h>

#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_gmime_parse MBOX [THREADS]\n");
        return 2;
    }
    const int threads = args.size() > 2 ? qMax(1, args.at(2).toInt()) : 1;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 2;
    }
    // Split as decode does, before the clock starts.
    std::vector<QByteArray> messages;
    qint64 bytes = 0;
    bn::splitMailbox(file, args.at(1), [&](bn::RawInput &&raw) {
        bytes += raw.bytes.size();
        messages.push_back(std::move(raw.bytes));
    });
    g_mime_init();
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&messages, t, threads] {
            for (size_t i = size_t(t); i < messages.size(); i += size_t(threads)) {
                const QByteArray &m = messages[i];
                GMimeStream *stream = g_mime_stream_mem_new_with_buffer(m.constData(), size_t(m.size()));
                GMimeParser *parser = g_mime_parser_new_with_stream(stream);
                // As decode parses one message: as its top-level part (see readData).
                if (GMimeObject *top = g_mime_parser_construct_part(parser, nullptr))
                    g_object_unref(top);
                g_object_unref(parser);
                g_object_unref(stream);
            }
        });
    }
    for (std::thread &w : workers)
        w.join();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("GMime alone, parse and free, %d thread(s): %zu messages, %.1f MB in %.2f s, %.1f MB/s\n", threads,
                messages.size(), double(bytes) / 1048576.0, seconds, double(bytes) / 1048576.0 / seconds);
    return 0;
}

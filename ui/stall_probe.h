// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace bn {

class MainWindow;

//! Measures how long the event loop stalls: a precise timer ticks every 5 ms and the longest
//! gap between two ticks is kept. A loop that never blocks shows gaps close to 5 ms.
class StallProbe final : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr);

    //! Starts (or restarts) measuring from zero.
    void start();
    void stop();
    //! The longest gap between ticks so far, in milliseconds.
    qint64 maxGapMs() const { return m_maxGapMs; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};

//! Hidden benchmark behind `bounce-navigator --measure-stalls NAMESERVER:PORT,ZONESFILE,LOGFILE[,MAILBOX]`
//! (tests/benchmarks/gui_stalls.sh): checks 203.0.113.7 against the zones of ZONESFILE (one a
//! line) on NAMESERVER in \a window's lookup panel, then imports LOGFILE in its log view, then
//! (when given) opens MAILBOX until all its cards are shown, and prints the longest event-loop
//! stall of each, then quits the application (exit code 0; 2 for a bad argument).
void runStallBenchmark(MainWindow *window, const QString &spec);

} // namespace bn

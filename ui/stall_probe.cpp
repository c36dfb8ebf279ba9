// SPDX-License-Identifier: GPL-3.0-or-later
#include "stall_probe.h"

#include "bounce_list_model.h"
#include "log_import_view.h"
#include "lookup_panel.h"
#include "main_window.h"
#include "rejection_group_model.h"
#include "reputation/dns/zone_query.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <memory>

#include <cstdio>

namespace bn {

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(5);
    connect(m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_maxGapMs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastMs = 0;
    m_timer->start();
}

void StallProbe::stop()
{
    tick(); // a stall running up to now counts too
    m_timer->stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    m_maxGapMs = qMax(m_maxGapMs, now - m_lastMs);
    m_lastMs = now;
    ++m_ticks;
}

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

void runStallBenchmark(MainWindow *window, const QString &spec)
{
    // Messages of a developer tool, not translated.
    const QStringList parts = spec.split(QLatin1Char(','));
    QFile zonesFile(parts.value(1));
    if (parts.size() < 3 || parts.size() > 4 || !zonesFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        print(QStringLiteral("usage: --measure-stalls NAMESERVER:PORT,ZONESFILE,LOGFILE[,MAILBOX]"));
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(2); });
        return;
    }
    BlocklistCheck::Zones zones;
    for (const QString &line : QString::fromUtf8(zonesFile.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            zones.append({nullptr, dnsbl::genericZone(line.trimmed().toLower())});
    const QString logFile = parts.at(2);
    const QString mailbox = parts.value(3);

    auto *probe = new StallProbe(window);
    const auto clock = std::make_shared<QElapsedTimer>(); // shared by the phases below
    LookupPanel *panel = window->lookupPanel();
    BlocklistCheckOptions options;
    options.nameserver = parts.at(0);
    options.timeoutMs = 1000;
    OwnerLookupOptions owner;
    owner.offline = true; // only the loopback nameserver is asked
    panel->setSubject(QStringLiteral("203.0.113.7"));
    panel->setZones(zones);
    panel->setOptions(options);
    panel->setDisabledZones({});
    panel->setOwnerOptions(owner);

    const int zoneCount = int(zones.size());
    QObject::connect(panel, &LookupPanel::finished, probe, [=] {
        probe->stop();
        int listed = 0;
        if (const Evidence *e = panel->evidence())
            for (const ZoneVerdict &v : e->zones)
                listed += v.verdict == Verdict::Listed ? 1 : 0;
        print(QStringLiteral("check: max stall %1 ms (%2 zones, %3 listed, %4 ms, %5 ticks)")
                  .arg(probe->maxGapMs())
                  .arg(zoneCount)
                  .arg(listed)
                  .arg(clock->elapsed())
                  .arg(probe->ticks()));
        QObject::connect(window->logImportView(), &LogImportView::finished, probe, [=] {
            probe->stop();
            print(QStringLiteral("import: max stall %1 ms (%2 rejection groups, %3 ms, %4 ticks)")
                      .arg(probe->maxGapMs())
                      .arg(window->logImportView()->model()->rowCount())
                      .arg(clock->elapsed())
                      .arg(probe->ticks()));
            if (mailbox.isEmpty()) {
                QCoreApplication::exit(0);
                return;
            }
            QObject::connect(window, &MainWindow::filesOpened, probe, [=] {
                probe->stop();
                print(QStringLiteral("open mailbox: max stall %1 ms (%2 s, %3 cards, %4 ticks)")
                          .arg(probe->maxGapMs())
                          .arg(double(clock->elapsed()) / 1000.0, 0, 'f', 2)
                          .arg(window->cardModel()->rowCount())
                          .arg(probe->ticks()));
                QCoreApplication::exit(0);
            });
            probe->start();
            clock->start();
            window->openFiles({mailbox});
        });
        probe->start();
        clock->start();
        window->openFiles({logFile});
    });
    // Once the window has been shown and painted.
    QTimer::singleShot(100, probe, [=] {
        probe->start();
        clock->start();
        panel->startCheck();
    });
}

} // namespace bn

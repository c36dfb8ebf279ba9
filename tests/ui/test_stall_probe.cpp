// SPDX-License-Identifier: GPL-3.0-or-later
// The stall probe of the GUI benchmark sees a blocked event loop.
#include "stall_probe.h"

#include <QElapsedTimer>
#include <QTest>

using namespace bn;

class TestStallProbe : public QObject
{
    Q_OBJECT

private slots:
    void aBlockedLoopIsMeasured()
    {
        StallProbe probe;
        probe.start();
        QTest::qWait(30);
        QVERIFY(probe.ticks() > 0);
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 80) {
        } // the loop is blocked for 80 ms
        QTest::qWait(20);
        probe.stop();
        QVERIFY2(probe.maxGapMs() >= 80, qPrintable(QString::number(probe.maxGapMs())));
        probe.start(); // starts again from zero
        QCOMPARE(probe.maxGapMs(), 0);
    }
};

QTEST_MAIN(TestStallProbe)
#include "test_stall_probe.moc"

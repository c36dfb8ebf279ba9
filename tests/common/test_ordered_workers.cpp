// SPDX-License-Identifier: GPL-3.0-or-later
// The decode command's worker pool: every result arrives, in the order of the items, on the
// feeding thread, while the work runs on several threads; the feeder never runs more than the
// bound ahead of what was handed over.
#include "common/ordered_workers.h"

#include <QRandomGenerator>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>

using namespace bn;

class TestOrderedWorkers : public QObject
{
    Q_OBJECT

private slots:
    void deliversEverythingInOrderOnTheFeedingThread()
    {
        constexpr int count = 2000;
        QMutex seenMutex;
        QSet<Qt::HANDLE> workThreads;
        QList<int> received;
        QSet<Qt::HANDLE> deliverThreads;
        {
            OrderedWorkers<int, int> workers(
                3, 16,
                [&](int &&v) {
                    // Uneven work, so that later items often finish before earlier ones.
                    std::this_thread::sleep_for(std::chrono::microseconds(QRandomGenerator::global()->bounded(200)));
                    QMutexLocker lock(&seenMutex);
                    workThreads.insert(QThread::currentThreadId());
                    return v * 2;
                },
                [&](int &&v) {
                    deliverThreads.insert(QThread::currentThreadId());
                    received.append(v);
                });
            for (int i = 0; i < count; ++i)
                workers.push(int(i));
            workers.finish();
        }
        QCOMPARE(received.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(received.at(i), 2 * i);
        QCOMPARE(deliverThreads, QSet<Qt::HANDLE>{QThread::currentThreadId()});
        QVERIFY(!workThreads.contains(QThread::currentThreadId()));
        QVERIFY2(workThreads.size() > 1, "the work ran on one thread only");
    }

    void feederWaitsWhileTheFirstItemIsUnfinished()
    {
        QSemaphore releaseFirst;
        std::atomic<int> pushed{0};
        QList<int> received;
        QThread *feeder = QThread::create([&] {
            OrderedWorkers<int, int> workers(
                2, 4,
                [&](int &&v) {
                    if (v == 0)
                        releaseFirst.acquire();
                    return v;
                },
                [&](int &&v) { received.append(v); });
            for (int i = 0; i < 10; ++i) {
                workers.push(int(i));
                ++pushed;
            }
        }); // the destructor finishes: waits for and hands over the rest
        feeder->start();
        QTRY_COMPARE(pushed.load(), 4);
        QTest::qWait(50);
        QCOMPARE(pushed.load(), 4); // items 1 to 3 are done, but 0 is not: no room for a fifth
        releaseFirst.release();
        QVERIFY(feeder->wait(10000));
        delete feeder;
        QCOMPARE(pushed.load(), 10);
        QCOMPARE(received, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void finishesWithNothingPushed()
    {
        int delivered = 0;
        OrderedWorkers<int, int> workers(2, 4, [](int &&v) { return v; }, [&](int &&) { ++delivered; });
        workers.finish();
        workers.finish(); // twice, as the destructor does after an explicit finish()
        QCOMPARE(delivered, 0);
    }

    void movesItemsThatCannotBeCopied()
    {
        QList<int> received;
        OrderedWorkers<std::unique_ptr<int>, std::unique_ptr<int>> workers(
            2, 2, [](std::unique_ptr<int> &&v) { return std::move(v); },
            [&](std::unique_ptr<int> &&v) { received.append(*v); });
        for (int i = 0; i < 5; ++i)
            workers.push(std::make_unique<int>(i));
        workers.finish();
        QCOMPARE(received, (QList<int>{0, 1, 2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestOrderedWorkers)
#include "test_ordered_workers.moc"

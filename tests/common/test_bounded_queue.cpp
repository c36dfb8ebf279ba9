// SPDX-License-Identifier: GPL-3.0-or-later
// The queue between the reading and the decoding thread: everything arrives, in order, and
// the producer never runs more than the capacity ahead.
#include "common/bounded_queue.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace bn;

class TestBoundedQueue : public QObject
{
    Q_OBJECT

private slots:
    void deliversEverythingInOrder()
    {
        BoundedQueue<int> queue(4);
        constexpr int count = 10000;
        QList<int> received;
        QThread *consumer = QThread::create([&] {
            while (std::optional<int> v = queue.pop())
                received.append(*v);
        });
        consumer->start();
        for (int i = 0; i < count; ++i)
            queue.push(int(i));
        queue.close();
        QVERIFY(consumer->wait(10000));
        delete consumer;
        QCOMPARE(received.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(received.at(i), i);
    }

    void producerWaitsWhenFull()
    {
        BoundedQueue<int> queue(3);
        std::atomic<int> pushed{0};
        QThread *producer = QThread::create([&] {
            for (int i = 0; i < 5; ++i) {
                queue.push(int(i));
                ++pushed;
            }
            queue.close();
        });
        producer->start();
        QTRY_COMPARE(pushed.load(), 3);
        QTest::qWait(50);
        QCOMPARE(pushed.load(), 3); // still waiting for room
        QCOMPARE(queue.pop().value(), 0);
        QTRY_COMPARE(pushed.load(), 4);
        QList<int> rest;
        while (std::optional<int> v = queue.pop())
            rest.append(*v);
        QCOMPARE(rest, (QList<int>{1, 2, 3, 4}));
        QVERIFY(producer->wait(10000));
        delete producer;
    }

    void closedEmptyQueueGivesNothing()
    {
        BoundedQueue<QString> queue(1);
        queue.close();
        QVERIFY(!queue.pop().has_value());
    }
};

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "test_bounded_queue.moc"

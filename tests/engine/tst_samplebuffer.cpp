// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/samplebuffer.h"

#include <QTest>
#include <thread>

using namespace rb;

class TestSampleBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overflowDropsAndCounts()
    {
        SampleBuffer<int> b(4);
        for (int i = 0; i < 6; ++i) {
            b.push(i);
        }
        QCOMPARE(b.dropped(), std::size_t(2));
        std::vector<int> out;
        QCOMPARE(b.drain(out), std::size_t(4));
        QCOMPARE(out, (std::vector<int> { 0, 1, 2, 3 }));
        QVERIFY(b.push(9));
    }
    void producerConsumerThreadsLoseNothingBelowCapacity()
    {
        SampleBuffer<int> b(1024);
        constexpr int kN = 200000;
        std::thread producer([&] {
            for (int i = 0; i < kN; ++i) {
                while (!b.push(i)) {
                    std::this_thread::yield(); // a test-only retry; the engine never retries
                }
            }
        });
        std::vector<int> got;
        while (int(got.size()) < kN) {
            b.drain(got);
        }
        producer.join();
        for (int i = 0; i < kN; ++i) {
            QCOMPARE(got[std::size_t(i)], i);
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleBuffer)
#include "tst_samplebuffer.moc"

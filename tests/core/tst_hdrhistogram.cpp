// SPDX-License-Identifier: GPL-3.0-or-later
// HdrHistogram against exact order statistics of the same data (sorted array, same rank definition).
#include "measure/hdrhistogram.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using rb::HdrHistogram;

namespace {

/// The sample of rank max(1, round(p/100 × n)) in sorted data: the histogram's documented definition.
int64_t exactPercentile(const std::vector<int64_t>& sorted, double p)
{
    if (p <= 0) {
        return sorted.front();
    }
    const auto n = int64_t(sorted.size());
    const int64_t rank = std::max<int64_t>(1, std::llround(p / 100.0 * double(n)));
    return sorted[std::size_t(std::min(rank, n) - 1)];
}

std::vector<int64_t> makeData(const QString& kind, std::size_t n)
{
    std::mt19937_64 rng(42);
    std::vector<int64_t> v(n);
    if (kind == QLatin1String("lognormal")) {
        std::lognormal_distribution<double> d(std::log(150'000.0), 0.8); // ~150 µs in ns, long tail
        std::generate(v.begin(), v.end(), [&] { return int64_t(d(rng)) + 1; });
    } else if (kind == QLatin1String("uniform-wide")) {
        std::uniform_real_distribution<double> d(0, std::log(3.6e12)); // log-uniform over 1 ns .. 1 h
        std::generate(v.begin(), v.end(), [&] { return int64_t(std::exp(d(rng))); });
    } else if (kind == QLatin1String("small")) {
        std::uniform_int_distribution<int64_t> d(0, 3000);
        std::generate(v.begin(), v.end(), [&] { return d(rng); });
    } else {
        std::exponential_distribution<double> d(1.0 / 2e6); // mean 2 ms
        std::generate(v.begin(), v.end(), [&] { return int64_t(d(rng)); });
    }
    return v;
}

} // namespace

class TestHdrHistogram : public QObject
{
    Q_OBJECT

private slots:
    void layout()
    {
        const HdrHistogram h;
        QCOMPARE(h.subBucketCount(), 2048); // 3 significant digits
        QCOMPARE(h.bucketCount(), 32); // 2048 · 2^31 > 3.6e12 ns
        QCOMPARE(h.memoryBytes(), std::size_t(33 * 1024 * 8));
        const HdrHistogram us(1, 3'600'000'000); // the same range in µs
        QCOMPARE(us.bucketCount(), 22);
    }

    void percentilesMatchSortedReference_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("n");
        QTest::addRow("lognormal latencies, 200k") << QStringLiteral("lognormal") << 200000;
        QTest::addRow("log-uniform 1 ns .. 1 h, 100k") << QStringLiteral("uniform-wide") << 100000;
        QTest::addRow("small values (exact region), 50k") << QStringLiteral("small") << 50000;
        QTest::addRow("exponential, 7 values") << QStringLiteral("exponential") << 7;
        QTest::addRow("exponential, 1 value") << QStringLiteral("exponential") << 1;
    }
    void percentilesMatchSortedReference()
    {
        QFETCH(QString, kind);
        QFETCH(int, n);
        std::vector<int64_t> data = makeData(kind, std::size_t(n));
        HdrHistogram h;
        double sum = 0;
        for (int64_t v : data) {
            h.record(v);
            sum += double(v);
        }
        std::sort(data.begin(), data.end());
        QCOMPARE(h.count(), int64_t(n));
        QCOMPARE(h.min(), data.front());
        QCOMPARE(h.max(), data.back());
        const double mean = sum / n;
        QVERIFY(std::abs(h.mean() - mean) <= 1e-9 * mean + 1e-9);
        if (n > 1) {
            double ss = 0;
            for (int64_t v : data) {
                ss += (double(v) - mean) * (double(v) - mean);
            }
            const double sd = std::sqrt(ss / (n - 1));
            QVERIFY2(std::abs(h.stddev() - sd) <= 1e-9 * sd + 1e-9, qPrintable(QString::number(h.stddev())));
        }
        for (double p : { 0.0, 1.0, 25.0, 50.0, 75.0, 90.0, 99.0, 99.9, 99.99, 100.0 }) {
            const int64_t exact = exactPercentile(data, p);
            const int64_t got = h.valueAtPercentile(p);
            // Documented bound: exact ≤ got ≤ exact · (1 + 1/1024), i.e. under 0.1% relative error.
            QVERIFY2(got >= exact && double(got - exact) <= double(exact) / 1024.0,
                qPrintable(QStringLiteral("p%1: got %2, exact %3").arg(p).arg(got).arg(exact)));
        }
    }

    void mergeEqualsSingle()
    {
        const std::vector<int64_t> data = makeData(QStringLiteral("lognormal"), 90000);
        HdrHistogram all;
        HdrHistogram parts[3];
        for (std::size_t i = 0; i < data.size(); ++i) {
            all.record(data[i]);
            parts[i % 3].record(data[i]);
        }
        HdrHistogram merged;
        for (const HdrHistogram& p : parts) {
            QVERIFY(merged.add(p));
        }
        QVERIFY(merged.add(HdrHistogram())); // merging an empty one changes nothing
        QCOMPARE(merged.count(), all.count());
        QCOMPARE(merged.min(), all.min());
        QCOMPARE(merged.max(), all.max());
        QVERIFY(std::abs(merged.mean() - all.mean()) < 1e-6 * all.mean());
        QVERIFY(std::abs(merged.stddev() - all.stddev()) < 1e-6 * all.stddev());
        for (double p : { 50.0, 90.0, 99.0, 99.9, 99.99 }) {
            QCOMPARE(merged.valueAtPercentile(p), all.valueAtPercentile(p));
        }
        QVERIFY(!merged.add(HdrHistogram(1, 1000000, 3))); // different range: refused
    }

    void extremes()
    {
        HdrHistogram h;
        h.record(0);
        h.record(-5); // recorded as 0
        h.record(HdrHistogram::kDefaultHighest);
        h.record(HdrHistogram::kDefaultHighest * 10); // clamped to 1 h
        QCOMPARE(h.count(), int64_t(4));
        QCOMPARE(h.clampedCount(), int64_t(1));
        QCOMPARE(h.min(), int64_t(0));
        QCOMPARE(h.max(), HdrHistogram::kDefaultHighest);
        QCOMPARE(h.valueAtPercentile(50), int64_t(0));
        QCOMPARE(h.valueAtPercentile(100), HdrHistogram::kDefaultHighest);
        const int64_t p75 = h.valueAtPercentile(75);
        QVERIFY(p75 <= HdrHistogram::kDefaultHighest && p75 >= HdrHistogram::kDefaultHighest * 1023 / 1024);
        HdrHistogram one;
        one.recordCount(1000, 5);
        QCOMPARE(one.valueAtPercentile(99.99), int64_t(1000));
        QCOMPARE(one.stddev(), 0.0);
    }

    void empty()
    {
        const HdrHistogram h;
        QCOMPARE(h.count(), int64_t(0));
        QCOMPARE(h.min(), int64_t(0));
        QCOMPARE(h.max(), int64_t(0));
        QCOMPARE(h.mean(), 0.0);
        QCOMPARE(h.stddev(), 0.0);
        QCOMPARE(h.valueAtPercentile(99), int64_t(0));
    }

    void memoryIsBounded()
    {
        HdrHistogram h;
        const std::size_t before = h.memoryBytes();
        std::mt19937_64 rng(1);
        for (int i = 0; i < 2'000'000; ++i) {
            h.record(int64_t(rng() % 3'600'000'000'000ULL));
        }
        QCOMPARE(h.memoryBytes(), before);
        QCOMPARE(h.count(), int64_t(2'000'000));
    }
};

QTEST_GUILESS_MAIN(TestHdrHistogram)
#include "tst_hdrhistogram.moc"

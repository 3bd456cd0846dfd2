// SPDX-License-Identifier: GPL-3.0-or-later
// Gaussian KDE against scipy 1.10 (tests/data/stats/make_kde_reference.py prints these values), and the
// histogram spectrum's quantile against HdrHistogram::valueAtPercentile on the same recorded values.
#include "measure/hdrhistogram.h"
#include "stats/histogramspectrum.h"
#include "stats/kde.h"

#include <QTest>
#include <random>

class TstStatsKde : public QObject
{
    Q_OBJECT
    const std::vector<double> m_x { 1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 7.5, 8.1, 9.9, 12.0 };

private slots:
    void bandwidth()
    {
        // gaussian_kde(x, bw_method="silverman").factor * np.std(x, ddof=1)
        QVERIFY(qAbs(*rb::stats::silvermanBandwidth(m_x) / 2.378961864724416 - 1) < 1e-12);
        QVERIFY(!rb::stats::silvermanBandwidth(std::vector<double> { 3.0, 3.0, 3.0 }));
        QVERIFY(!rb::stats::silvermanBandwidth(std::vector<double> { 3.0 }));
    }
    void density_data()
    {
        QTest::addColumn<double>("at");
        QTest::addColumn<double>("scipy");
        QTest::addRow("left tail") << 0.0 << 0.0446293834986831;
        QTest::addRow("mode") << 3.0 << 0.09128689038209854;
        QTest::addRow("middle") << 6.5 << 0.07896873489824974;
        QTest::addRow("max") << 12.0 << 0.03572918823670958;
        QTest::addRow("far right") << 20.0 << 6.086013923937688e-05;
    }
    void density()
    {
        QFETCH(double, at);
        QFETCH(double, scipy);
        const double h = *rb::stats::silvermanBandwidth(m_x);
        const std::vector<double> points { at };
        QVERIFY(qAbs(rb::stats::gaussianKde(m_x, h, points).front() / scipy - 1) < 1e-10);
    }
    void curveSpansTheData()
    {
        const auto c = rb::stats::densityCurve(m_x, 50);
        QVERIFY(c);
        QCOMPARE(c->x.size(), std::size_t(50));
        QCOMPARE(c->x.front(), 1.2);
        QCOMPARE(c->x.back(), 12.0);
    }
    void spectrumMatchesHdrHistogram()
    {
        rb::HdrHistogram h(1, 10'000'000, 3);
        std::mt19937_64 rng(7);
        std::lognormal_distribution<double> dist(5.0, 1.2);
        for (int i = 0; i < 20000; ++i) {
            h.record(int64_t(dist(rng)) + 1);
        }
        std::vector<rb::stats::HistogramBin> bins;
        h.forEachBucket([&](int64_t upTo, int64_t count) { bins.push_back({ double(upTo), count }); });
        const auto s = rb::stats::percentileSpectrum(bins);
        QCOMPARE(s.total, qint64(20000));
        QCOMPARE(s.fraction.back(), 1.0);
        // Not p = 100: HdrHistogram keeps the exact maximum, a histogram only its bucket bound (within 0.1 %).
        for (const double p : { 0.0, 1.0, 25.0, 50.0, 90.0, 99.0, 99.9, 99.99 }) {
            QCOMPARE(rb::stats::spectrumQuantile(s, p / 100), double(h.valueAtPercentile(p)));
        }
    }
};

QTEST_GUILESS_MAIN(TstStatsKde)
#include "tst_stats_kde.moc"

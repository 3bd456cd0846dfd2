// SPDX-License-Identifier: GPL-3.0-or-later
// Descriptive statistics, percentiles and outlier flags against NumPy/SciPy 1.10 (tests/data/stats).
#include "stats/descriptive.h"
#include "stats/outliers.h"
#include "stats/report.h"
#include "statsreference.h"

#include <QtTest>

using namespace rb::stats;

class TestStatsDescriptive : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void moments_data()
    {
        summary_data();
    }
    void moments();
    void warnings();
    void sizeOne();

private:
    QJsonObject m_ref = rbtest::statsReference();
};

void TestStatsDescriptive::summary_data()
{
    QTest::addColumn<QString>("name");
    const QJsonObject groups = m_ref.value(QStringLiteral("groups")).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }
}

void TestStatsDescriptive::summary()
{
    QFETCH(QString, name);
    const QJsonObject r = m_ref[QStringLiteral("groups")][name].toObject();
    const auto x = rbtest::statsData(name);
    const auto s = rbtest::sortedCopy(x);
    const Summary sum = summarize(x, s);
    constexpr double tol = 1e-9;
    QCOMPARE(qint64(sum.n), r[QStringLiteral("n")].toInteger());
    RB_COMPARE_NEAR(sum.mean, r[QStringLiteral("mean")].toDouble(), tol, 0);
    QVERIFY(sum.sd && sum.sem);
    RB_COMPARE_NEAR(*sum.sd, r[QStringLiteral("sd")].toDouble(), tol, 1e-15);
    RB_COMPARE_NEAR(*sum.sem, r[QStringLiteral("sem")].toDouble(), tol, 1e-15);
    RB_COMPARE_NEAR(sum.median, r[QStringLiteral("median")].toDouble(), tol, 0);
    QCOMPARE(sum.min, r[QStringLiteral("min")].toDouble());
    QCOMPARE(sum.max, r[QStringLiteral("max")].toDouble());
    RB_COMPARE_NEAR(sum.mad, r[QStringLiteral("mad")].toDouble(), tol, 1e-12);
    RB_COMPARE_NEAR(sum.iqr, r[QStringLiteral("iqr")].toDouble(), tol, 1e-12);
    const QJsonArray pct = r[QStringLiteral("percentiles")].toArray();
    QCOMPARE(pct.size(), qsizetype(kReportPercentiles.size()));
    for (std::size_t i = 0; i < kReportPercentiles.size(); ++i) {
        RB_COMPARE_NEAR(quantileSorted(s, kReportPercentiles[i]), pct[qsizetype(i)].toDouble(), tol, 0);
    }
    const Outliers o = findOutliers(s);
    QCOMPARE(qint64(o.tukeyMild), r[QStringLiteral("tukey_mild")].toInteger());
    QCOMPARE(qint64(o.tukeySevere), r[QStringLiteral("tukey_severe")].toInteger());
    if (r[QStringLiteral("mad_outliers")].isNull()) {
        QVERIFY(!o.mad);
    } else {
        QVERIFY(o.mad);
        QCOMPARE(qint64(*o.mad), r[QStringLiteral("mad_outliers")].toInteger());
    }
}

void TestStatsDescriptive::moments()
{
    QFETCH(QString, name);
    const QJsonObject r = m_ref[QStringLiteral("groups")][name].toObject();
    const auto x = rbtest::statsData(name);
    if (!r.contains(QStringLiteral("skewness"))) {
        QVERIFY(!bimodalityCoefficient(x));
        return;
    }
    RB_COMPARE_NEAR(*skewness(x), r[QStringLiteral("skewness")].toDouble(), 1e-9, 1e-12);
    RB_COMPARE_NEAR(*excessKurtosis(x), r[QStringLiteral("kurtosis")].toDouble(), 1e-9, 1e-12);
    RB_COMPARE_NEAR(*bimodalityCoefficient(x), r[QStringLiteral("bimodality")].toDouble(), 1e-9, 0);
}

void TestStatsDescriptive::warnings()
{
    const auto first = rbtest::statsData(QStringLiteral("slowfirst"));
    QVERIFY(sampleWarnings(first, rbtest::sortedCopy(first))
                .join(QLatin1Char(' '))
                .contains(QLatin1String("slow first run")));
    const auto bimodal = rbtest::statsData(QStringLiteral("bimodal"));
    QVERIFY(sampleWarnings(bimodal, rbtest::sortedCopy(bimodal))
                .join(QLatin1Char(' '))
                .contains(QLatin1String("bimodality")));
    const auto mid = rbtest::statsData(QStringLiteral("mid_a"));
    QVERIFY(sampleWarnings(mid, rbtest::sortedCopy(mid)).isEmpty());
    const auto tiny = rbtest::statsData(QStringLiteral("tiny3"));
    QVERIFY(
        sampleWarnings(tiny, rbtest::sortedCopy(tiny)).join(QLatin1Char(' ')).contains(QLatin1String("fewer than 5")));
}

void TestStatsDescriptive::sizeOne()
{
    const std::vector<double> one { 4.5 };
    const Summary s = summarize(one, one);
    QCOMPARE(s.n, std::size_t(1));
    QVERIFY(!s.sd);
    QVERIFY(!s.sem);
    QCOMPARE(s.median, 4.5);
    QCOMPARE(s.mad, 0.0);
}

QTEST_GUILESS_MAIN(TestStatsDescriptive)
#include "tst_stats_descriptive.moc"

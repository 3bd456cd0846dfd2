// SPDX-License-Identifier: GPL-3.0-or-later
// Cliff's δ, A12 and the Hodges–Lehmann shift with R's wilcox.test CI (tests/data/stats).
#include "stats/effectsize.h"
#include "stats/hodgeslehmann.h"
#include "stats/mannwhitney.h"
#include "statsreference.h"

#include <QtTest>
#include <random>

using namespace rb::stats;

class TestStatsEffectSize : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void dominance_data()
    {
        pairs_data();
    }
    void dominance();
    void hodgesLehmann_data()
    {
        pairs_data();
    }
    void hodgesLehmann();
    void selectionMatchesBruteForce_data();
    void selectionMatchesBruteForce();

private:
    QJsonObject m_ref = rbtest::statsReference();
};

void TestStatsEffectSize::pairs_data()
{
    rbtest::addPairRows(m_ref);
}

void TestStatsEffectSize::dominance()
{
    QFETCH(QJsonObject, r);
    const auto a = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("a")].toString()));
    const auto b = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("b")].toString()));
    const double u = mannWhitneySorted(a, b).u;
    RB_COMPARE_NEAR(cliffsDelta(u, a.size(), b.size()), r[QStringLiteral("cliffs_delta")].toDouble(), 1e-12, 1e-15);
    RB_COMPARE_NEAR(vargaDelaneyA12(u, a.size(), b.size()), r[QStringLiteral("a12")].toDouble(), 1e-12, 0);
}

void TestStatsEffectSize::hodgesLehmann()
{
    QFETCH(QJsonObject, r);
    const auto a = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("a")].toString()));
    const auto b = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("b")].toString()));
    const HodgesLehmann hl = hodgesLehmannSorted(a, b);
    RB_COMPARE_NEAR(hl.shift, r[QStringLiteral("hl_shift")].toDouble(), 1e-12, 1e-12);
    QVERIFY(hl.ci);
    const bool exact = r[QStringLiteral("hl_exact_r")].toBool();
    QCOMPARE(hl.exactCi, exact);
    const QJsonArray ci = r[QStringLiteral("hl_ci95_r")].toArray();
    // R's exact CI is a pair of sorted differences; its asymptotic CI comes from uniroot(tol = 1e-4).
    const double rel = exact ? 1e-12 : 0;
    const double abs = exact ? 1e-12 : 1e-4;
    RB_COMPARE_NEAR(hl.ci->first, ci[0].toDouble(), rel, abs);
    RB_COMPARE_NEAR(hl.ci->second, ci[1].toDouble(), rel, abs);
    if (exact) {
        RB_COMPARE_NEAR(hl.shift, r[QStringLiteral("hl_estimate_r")].toDouble(), 1e-12, 1e-12);
    }
}

void TestStatsEffectSize::selectionMatchesBruteForce_data()
{
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("decimals"); // < 0: no rounding; else heavy ties
    QTest::addRow("300 x 250 continuous") << 300 << 250 << -1;
    QTest::addRow("400 x 400 rounded to 1 decimal") << 400 << 400 << 1;
    QTest::addRow("1000 x 7 integers") << 1000 << 7 << 0;
    QTest::addRow("1 x 5000") << 1 << 5000 << -1;
}

void TestStatsEffectSize::selectionMatchesBruteForce()
{
    QFETCH(int, m);
    QFETCH(int, n);
    QFETCH(int, decimals);
    std::mt19937_64 rng(42);
    std::lognormal_distribution<double> dist(2, 0.5);
    const auto draw = [&](int k) {
        std::vector<double> v(std::size_t(k), 0.0);
        for (double& x : v) {
            x = dist(rng);
            if (decimals >= 0) {
                x = std::round(x * std::pow(10, decimals)) / std::pow(10, decimals);
            }
        }
        std::sort(v.begin(), v.end());
        return v;
    };
    const auto a = draw(m);
    const auto b = draw(n);
    std::vector<double> all;
    for (double x : a) {
        for (double y : b) {
            all.push_back(x - y);
        }
    }
    std::sort(all.begin(), all.end());
    const auto total = std::int64_t(all.size());
    for (std::int64_t k : { std::int64_t(0), total / 40, total / 2 - 1, total / 2, total - total / 40, total - 1 }) {
        QCOMPARE(pairwiseDifferenceSorted(a, b, k), all[std::size_t(k)]);
    }
}

QTEST_GUILESS_MAIN(TestStatsEffectSize)
#include "tst_stats_effectsize.moc"

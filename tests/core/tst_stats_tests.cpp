// SPDX-License-Identifier: GPL-3.0-or-later
// Mann–Whitney, Kruskal–Wallis, Welch, Dunn, Holm and BH against SciPy 1.10 / R 4.2 (tests/data/stats).
#include "stats/kruskal.h"
#include "stats/mannwhitney.h"
#include "stats/multiplecomparison.h"
#include "stats/welch.h"
#include "statsreference.h"

#include <QtTest>

using namespace rb::stats;

class TestStatsTests : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void mannWhitney_data()
    {
        pairs_data();
    }
    void mannWhitney();
    void kruskalPair_data()
    {
        pairs_data();
    }
    void kruskalPair();
    void welchTest_data()
    {
        pairs_data();
    }
    void welchTest();
    void omnibusAndDunn();
    void adjustments();
    void mannWhitneyCountsSymmetric();
    void degenerate();

private:
    QJsonObject m_ref = rbtest::statsReference();
};

void TestStatsTests::pairs_data()
{
    QTest::addColumn<int>("row");
    const QJsonArray pairs = m_ref[QStringLiteral("pairs")].toArray();
    for (int i = 0; i < pairs.size(); ++i) {
        const QJsonObject p = pairs[i].toObject();
        QTest::addRow(
            "%s vs %s", qPrintable(p[QStringLiteral("a")].toString()), qPrintable(p[QStringLiteral("b")].toString()))
            << i;
    }
}

static QJsonObject pairRef(const QJsonObject& ref, int row)
{
    return ref[QStringLiteral("pairs")].toArray()[row].toObject();
}

void TestStatsTests::mannWhitney()
{
    QFETCH(int, row);
    const QJsonObject r = pairRef(m_ref, row);
    const auto a = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("a")].toString()));
    const auto b = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("b")].toString()));
    const MannWhitney m = mannWhitneySorted(a, b);
    QCOMPARE(m.exact, r[QStringLiteral("mwu_exact")].toBool());
    RB_COMPARE_NEAR(m.u, r[QStringLiteral("mwu_u")].toDouble(), 1e-12, 0);
    RB_COMPARE_NEAR(m.p, r[QStringLiteral("mwu_p")].toDouble(), 1e-6, 1e-300);
}

void TestStatsTests::kruskalPair()
{
    QFETCH(int, row);
    const QJsonObject r = pairRef(m_ref, row);
    const auto a = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("a")].toString()));
    const auto b = rbtest::sortedCopy(rbtest::statsData(r[QStringLiteral("b")].toString()));
    const KruskalWallis kw = kruskalWallisSorted(a, b);
    QVERIFY(kw.h && kw.p);
    RB_COMPARE_NEAR(*kw.h, r[QStringLiteral("kw_h")].toDouble(), 1e-9, 1e-12);
    RB_COMPARE_NEAR(*kw.p, r[QStringLiteral("kw_p")].toDouble(), 1e-6, 1e-300);
    // The general (unsorted, k-group) implementation agrees with the two-group one.
    const KruskalWallis kw2 = kruskalWallis({ a, b });
    RB_COMPARE_NEAR(*kw2.h, *kw.h, 1e-12, 1e-12);
}

void TestStatsTests::welchTest()
{
    QFETCH(int, row);
    const QJsonObject r = pairRef(m_ref, row);
    const Welch w = welch(
        rbtest::statsData(r[QStringLiteral("a")].toString()), rbtest::statsData(r[QStringLiteral("b")].toString()));
    QVERIFY(w.t && w.df && w.p);
    RB_COMPARE_NEAR(*w.t, r[QStringLiteral("welch_t")].toDouble(), 1e-9, 0);
    RB_COMPARE_NEAR(*w.df, r[QStringLiteral("welch_df")].toDouble(), 1e-9, 0);
    RB_COMPARE_NEAR(*w.p, r[QStringLiteral("welch_p")].toDouble(), 1e-6, 1e-300);
}

void TestStatsTests::omnibusAndDunn()
{
    const QJsonObject o = m_ref[QStringLiteral("omnibus")].toObject();
    std::vector<std::vector<double>> data;
    for (const QJsonValue& g : o[QStringLiteral("groups")].toArray()) {
        data.push_back(rbtest::statsData(g.toString()));
    }
    const KruskalWallis kw = kruskalWallis(std::vector<std::span<const double>>(data.begin(), data.end()));
    QVERIFY(kw.h && kw.p);
    QCOMPARE(kw.df, o[QStringLiteral("df")].toInt());
    RB_COMPARE_NEAR(*kw.h, o[QStringLiteral("h")].toDouble(), 1e-9, 0);
    RB_COMPARE_NEAR(*kw.p, o[QStringLiteral("p")].toDouble(), 1e-6, 1e-300);
    const QJsonArray dunnRef = o[QStringLiteral("dunn")].toArray();
    QCOMPARE(dunnRef.size(), qsizetype(data.size() * (data.size() - 1) / 2));
    for (const QJsonValue& v : dunnRef) {
        const QJsonObject d = v.toObject();
        const Dunn got =
            dunn(kw, std::size_t(d[QStringLiteral("i")].toInt()), std::size_t(d[QStringLiteral("j")].toInt()));
        QVERIFY(got.z && got.p);
        RB_COMPARE_NEAR(*got.z, d[QStringLiteral("z")].toDouble(), 1e-9, 1e-12);
        RB_COMPARE_NEAR(*got.p, d[QStringLiteral("p")].toDouble(), 1e-6, 1e-300);
    }
}

void TestStatsTests::adjustments()
{
    std::vector<std::optional<double>> p;
    const QJsonArray pairs = m_ref[QStringLiteral("pairs")].toArray();
    for (const QJsonValue& v : pairs) {
        p.push_back(v[QStringLiteral("mwu_p")].toDouble());
    }
    const auto h = holm(p);
    const auto bh = benjaminiHochberg(p);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        RB_COMPARE_NEAR(*h[std::size_t(i)], pairs[i][QStringLiteral("p_holm_r")].toDouble(), 1e-12, 0);
        RB_COMPARE_NEAR(*bh[std::size_t(i)], pairs[i][QStringLiteral("p_bh_r")].toDouble(), 1e-12, 0);
    }
    // Undefined p-values stay undefined and are not counted.
    p.push_back(std::nullopt);
    QVERIFY(!holm(p).back());
    QCOMPARE(*holm(p).front(), *h.front());
}

void TestStatsTests::mannWhitneyCountsSymmetric()
{
    // Σ counts = C(m+n, m) and symmetry u ↔ mn − u.
    const auto c = mannWhitneyCounts(6, 9);
    long double total = 0;
    for (long double v : c) {
        total += v;
    }
    QCOMPARE(double(total), 5005.0);
    for (std::size_t u = 0; u < c.size(); ++u) {
        QCOMPARE(double(c[u]), double(c[c.size() - 1 - u]));
    }
}

void TestStatsTests::degenerate()
{
    const std::vector<double> same { 3, 3, 3, 3 };
    const MannWhitney m = mannWhitneySorted(same, same);
    QCOMPARE(m.p, 1.0); // SciPy: z = −inf, p clipped to 1
    QCOMPARE(m.u, 8.0);
    const KruskalWallis kw = kruskalWallisSorted(same, same);
    QVERIFY(!kw.h);
    QVERIFY(!kw.reason.isEmpty());
    const Welch w = welch(same, same);
    QVERIFY(!w.t && !w.p);
    QVERIFY(!w.reason.isEmpty());
    const std::vector<double> one { 1.0 };
    QVERIFY(!welch(one, same).t);
}

QTEST_GUILESS_MAIN(TestStatsTests)
#include "tst_stats_tests.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare table's model over the export fixture (numbers against SciPy: tests/data/compare/reference.py and
// tests/data/export/reference.py), the groups and comparability warnings of several sets, and the ECDF reduction
// that keeps a million-point compare plot fast.
#include "exportfixture.h"
#include "io/comparison.h"
#include "models/comparisoncontroller.h"
#include "models/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <random>

using rb::ComparisonModel;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool near(double actual, double expected, double rel = 1e-9)
{
    return std::abs(actual - expected) <= rel * std::max(1.0, std::abs(expected));
}

std::shared_ptr<const rb::Comparison> fixture(const QString& baseline)
{
    rb::Comparison c;
    c.metric = QStringLiteral("wall_ms");
    c.baseline = baseline;
    c.samples = rb::test::exportSamples();
    rb::stats::ReportOptions ro;
    ro.baseline = baseline;
    ro.bootstrapResamples = 500;
    c.report = rb::stats::buildReport(c.samples, ro);
    return std::make_shared<const rb::Comparison>(std::move(c));
}

std::shared_ptr<const rb::ResultSet> demo(const QString& dir, const QString& cache, const QString& cpu)
{
    QString error;
    auto rs = rb::loadResultFolder(
        qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/stats/results-demo"), &error);
    if (!rs) {
        qFatal("%s", qPrintable(error));
    }
    rs->dir = dir;
    QJsonObject spec = rs->experiment.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("cache"), cache);
    rs->experiment.insert(QStringLiteral("spec"), spec);
    QJsonObject env = rs->experiment.value(QStringLiteral("environment")).toObject();
    env.insert(QStringLiteral("cpu_model"), cpu);
    rs->experiment.insert(QStringLiteral("environment"), env);
    return std::make_shared<const rb::ResultSet>(*rs);
}

} // namespace

class TstComparisonModel : public QObject
{
    Q_OBJECT
    QJsonObject m_summary;
    QJsonArray m_pairs;

    int rowOf(const ComparisonModel& m, const QString& name)
    {
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, 0).data(ComparisonModel::GroupNameRole).toString() == name) {
                return r;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        const QString data = qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/");
        m_summary = readJson(data + QStringLiteral("compare/reference.json"));
        m_pairs = readJson(data + QStringLiteral("export/reference.json"))
                      .value(QStringLiteral("pairwise_baseline"))
                      .toArray();
        QVERIFY(!m_summary.isEmpty());
        QCOMPARE(m_pairs.size(), 3);
    }

    void passesTheModelTester()
    {
        ComparisonModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setComparison(fixture(QStringLiteral("native")));
        QCOMPARE(m.rowCount(), 4);
        m.setComparison(fixture(QString()));
        m.setComparison(nullptr);
        QCOMPARE(m.rowCount(), 0);
    }

    void summaryColumnsMatchScipy()
    {
        ComparisonModel m;
        m.setComparison(fixture(QStringLiteral("native")));
        const std::pair<int, const char*> pct[] = { { ComparisonModel::P5Column, "5" },
            { ComparisonModel::P25Column, "25" }, { ComparisonModel::P75Column, "75" },
            { ComparisonModel::P95Column, "95" }, { ComparisonModel::P99Column, "99" } };
        for (auto it = m_summary.begin(); it != m_summary.end(); ++it) {
            const int row = rowOf(m, it.key());
            QVERIFY2(row >= 0, qPrintable(it.key()));
            const QJsonObject ref = it.value().toObject();
            QCOMPARE(*m.value(row, ComparisonModel::NColumn), ref.value(QStringLiteral("n")).toDouble());
            QVERIFY(near(*m.value(row, ComparisonModel::MedianColumn), ref.value(QStringLiteral("median")).toDouble()));
            QVERIFY(near(*m.value(row, ComparisonModel::MeanColumn), ref.value(QStringLiteral("mean")).toDouble()));
            QVERIFY2(near(*m.value(row, ComparisonModel::MeanCiColumn),
                         ref.value(QStringLiteral("mean_ci_half")).toDouble(), 1e-6),
                qPrintable(it.key()));
            for (const auto& [column, key] : pct) {
                const double expected = ref.value(QStringLiteral("percentiles"))[QLatin1String(key)].toDouble();
                QVERIFY2(near(*m.value(row, column), expected), key);
                // SortRole carries the raw number, not the rounded text.
                QCOMPARE(m.index(row, column).data(ComparisonModel::SortRole).toDouble(), *m.value(row, column));
            }
        }
    }

    void pairColumnsMatchScipy()
    {
        ComparisonModel m;
        m.setComparison(fixture(QStringLiteral("native")));
        for (const QJsonValue& v : m_pairs) {
            const QJsonObject ref = v.toObject();
            const int row = rowOf(m, ref.value(QStringLiteral("a")).toString());
            QVERIFY(row >= 0);
            const double pHolm = ref.value(QStringLiteral("p_holm")).toDouble();
            QVERIFY(near(*m.value(row, ComparisonModel::PColumn), pHolm, 1e-6));
            QVERIFY(near(
                *m.value(row, ComparisonModel::RatioColumn), ref.value(QStringLiteral("ratio_median")).toDouble()));
            QVERIFY(near(
                *m.value(row, ComparisonModel::CliffColumn), ref.value(QStringLiteral("cliffs_delta")).toDouble()));
            const QString marks = m.index(row, ComparisonModel::MarksColumn).data().toString();
            QCOMPARE(marks, pHolm < 0.001 ? QStringLiteral("***") : pHolm < 0.05 ? QStringLiteral("*") : QString());
            // The ratio's CI holds the ratio.
            const double lo = *m.value(row, ComparisonModel::RatioCiColumn);
            QVERIFY(lo <= *m.value(row, ComparisonModel::RatioColumn));
        }
        const int base = rowOf(m, QStringLiteral("native"));
        QCOMPARE(m.index(base, ComparisonModel::RatioColumn).data().toString(), QStringLiteral("baseline"));
        QVERIFY(!m.value(base, ComparisonModel::PColumn));
        QVERIFY(m.headerData(ComparisonModel::MarksColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("*** p < 0.001")));
        QVERIFY(m.index(rowOf(m, QStringLiteral("wasmtime")), ComparisonModel::CliffColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("large")));
        QCOMPARE(m.headerData(ComparisonModel::MedianColumn, Qt::Horizontal).toString(), QStringLiteral("Median (ms)"));
    }

    void sortsByRawRatio()
    {
        ComparisonModel m;
        m.setComparison(fixture(QStringLiteral("native")));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(ComparisonModel::SortRole);
        proxy.sort(ComparisonModel::RatioColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            order << proxy.index(r, 0).data().toString();
        }
        // The baseline (ratio 1 to itself), then ratios 1.02, 1.45, 11.7.
        QCOMPARE(order,
            QStringList({ QStringLiteral("native"), QStringLiteral("a_b&c%"), QStringLiteral("wasmtime"),
                QStringLiteral("\\input{/etc/passwd}|x*") }));
        proxy.sort(ComparisonModel::PColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("native")); // no p-value: last
    }

    void withoutBaselineOnlySummaries()
    {
        ComparisonModel m;
        m.setComparison(fixture(QString()));
        for (int r = 0; r < m.rowCount(); ++r) {
            QVERIFY(!m.value(r, ComparisonModel::RatioColumn));
            QVERIFY(m.index(r, ComparisonModel::PColumn).data().toString().isEmpty());
        }
    }

    void groupsOfSeveralSetsArePrefixed()
    {
        const auto a = demo(QStringLiteral("/r/today"), QStringLiteral("cold"), QStringLiteral("AMD EPYC"));
        const auto b = demo(QStringLiteral("/r/last-month"), QStringLiteral("cold"), QStringLiteral("AMD EPYC"));
        QStringList problems;
        const auto one = rb::comparisonSamples({ a }, QStringLiteral("wall_ms"), &problems);
        QCOMPARE(one.size(), std::size_t(6));
        QCOMPARE(one.front().name, QStringLiteral("native/hello/cold-start-exit"));
        const auto two = rb::comparisonSamples({ a, b }, QStringLiteral("wall_ms"), &problems);
        QCOMPARE(two.size(), std::size_t(12));
        QCOMPARE(two.front().name, QStringLiteral("today: native/hello/cold-start-exit"));
        QCOMPARE(two.back().name.section(QLatin1Char(':'), 0, 0), QStringLiteral("last-month"));
        QVERIFY(rb::comparabilityWarnings({ a, b }).isEmpty());
        const auto c = rb::buildComparison({ a, b }, QStringLiteral("wall_ms"),
            { QStringLiteral("last-month: native/hello/cold-start-exit"), 100, 1 });
        QCOMPARE(c.report.pairs.size(), std::size_t(11));
        QCOMPARE(c.baselineRuntime, QStringLiteral("last-month: native"));
        // set-level figures draw both sets: every run once, runtimes named by set, configurations kept apart
        const auto both = rb::combinedSet({ a, b });
        QVERIFY(both);
        QCOMPARE(both->runs.size(), a->runs.size() + b->runs.size());
        QCOMPARE(both->configurations().size(), a->configurations().size() + b->configurations().size());
        QCOMPARE(both->runs.front().spec.runtime, QStringLiteral("today: native"));
        QCOMPARE(both->runs.back().spec.runtime, QString(QStringLiteral("last-month: ") + b->runs.back().spec.runtime));
        QCOMPARE(rb::combinedSet({ a }), a); // one set is drawn as it is, not copied
        QVERIFY(!rb::combinedSet({}));
    }

    void incomparableSetsAreNamed()
    {
        const auto a = demo(QStringLiteral("/r/a"), QStringLiteral("cold"), QStringLiteral("AMD EPYC"));
        const auto b = demo(QStringLiteral("/r/b"), QStringLiteral("warm"), QStringLiteral("Intel Xeon"));
        const QStringList w = rb::comparabilityWarnings({ a, b });
        QCOMPARE(w.size(), 2);
        QVERIFY2(w.join(QLatin1Char('\n')).contains(QStringLiteral("AMD EPYC (a) vs Intel Xeon (b)")),
            qPrintable(w.join('\n')));
        QVERIFY2(w.join(QLatin1Char('\n')).contains(QStringLiteral("cold (a) vs warm (b)")), qPrintable(w.join('\n')));
        QVERIFY(rb::comparabilityWarnings({ a }).isEmpty());
    }

    void staleResultsAreDropped()
    {
        const auto a = demo(QStringLiteral("/r/a"), QStringLiteral("cold"), QStringLiteral("AMD EPYC"));
        rb::ComparisonController controller;
        controller.setBootstrapResamples(100);
        QAbstractItemModelTester tester(controller.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&controller, &rb::ComparisonController::comparisonReady);
        controller.setSets({ a });
        controller.setMetric(QStringLiteral("max_rss_kb"));
        controller.setBaseline(QStringLiteral("native/hello/cold-start-exit"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QVERIFY(!ready.wait(500)); // the two older requests never arrive
        const auto shown = controller.comparison();
        QCOMPARE(shown->metric, QStringLiteral("max_rss_kb"));
        QCOMPARE(shown->baseline, QStringLiteral("native/hello/cold-start-exit"));
        QCOMPARE(controller.model()->rowCount(), 6);
        QCOMPARE(controller.metrics().first(), QStringLiteral("wall_ms"));
    }

    void ecdfReductionKeepsTheShape()
    {
        std::mt19937_64 rng(7);
        std::lognormal_distribution<double> dist(3.0, 0.6);
        std::vector<double> x(1'000'000);
        for (double& v : x) {
            v = dist(rng);
        }
        const auto full = rb::stats::ecdf(x);
        const auto r = rb::stats::reduceEcdf(full, 2000);
        QVERIFY(r.x.size() <= 3 * 2000 + 2);
        QVERIFY(r.x.size() >= 2000);
        QCOMPARE(r.x.front(), full.x.front());
        QCOMPARE(r.y.back(), 1.0);
        // Where the reduced step curve is at each original point, against the full one.
        double worst = 0;
        std::size_t k = 0;
        for (std::size_t i = 0; i < full.x.size(); ++i) {
            while (k + 1 < r.x.size() && r.x[k + 1] <= full.x[i]) {
                ++k;
            }
            worst = std::max(worst, std::abs(full.y[i] - r.y[k]));
        }
        QVERIFY2(worst <= 1.0 / 2000 + 1e-12, qPrintable(QString::number(worst)));
        const auto small =
            rb::stats::reduceEcdf(rb::stats::ecdf(std::vector<double>(x.begin(), x.begin() + 100)), 2000);
        QCOMPARE(small.x.size(), std::size_t(100));
    }
};

QTEST_GUILESS_MAIN(TstComparisonModel)
#include "tst_comparisonmodel.moc"

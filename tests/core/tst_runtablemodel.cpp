// SPDX-License-Identifier: GPL-3.0-or-later
// RunTableModel and RunFilterModel over a real results folder (runbench-cli, native, with timed-out runs) and
// real hyperfine JSON exports: one row per run, values as numbers, filters by text and by tree node.
#include "models/resulttreemodel.h"
#include "models/runfiltermodel.h"
#include "models/runtablemodel.h"
#include "resultsfixture.h"

#include <QAbstractItemModelTester>
#include <algorithm>

using namespace rb;

class TestRunTableModel : public QObject
{
    Q_OBJECT

    test::TwoSets m_sets;

    static int metricColumn(const QAbstractItemModel& m, const QString& metric)
    {
        for (int c = 0; c < m.columnCount(); ++c) {
            if (m.headerData(c, Qt::Horizontal, RunTableModel::MetricRole).toString() == metric) {
                return c;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_sets.setUp();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void rowsAndColumns()
    {
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSets({ m_sets.runbench, m_sets.hyperfine });
        const test::FileCounts file = test::countRunsCsv(m_sets.folder);
        QCOMPARE(model.rowCount(), file.total + 40);
        QCOMPARE(model.headerData(RunTableModel::RunIdColumn, Qt::Horizontal).toString(), QStringLiteral("Run id"));
        const int wall = metricColumn(model, QStringLiteral("wall_ms"));
        QVERIFY(wall >= RunTableModel::FirstMetricColumn);
        QCOMPARE(model.headerData(wall, Qt::Horizontal).toString(), QStringLiteral("wall_ms (ms)"));
        QVERIFY(metricColumn(model, QStringLiteral("max_rss_kb")) > 0); // from hyperfine's memory_usage_byte
        QCOMPARE(model.columnCount(), RunTableModel::FirstMetricColumn + model.metrics().size());
        int failed = 0;
        for (int r = 0; r < file.total; ++r) {
            const QString status = model.index(r, RunTableModel::StatusColumn).data().toString();
            if (!model.index(r, 0).data(RunTableModel::OkRole).toBool()) {
                ++failed;
                QCOMPARE(status, QStringLiteral("failed: timed out after 0.5 s"));
                QVERIFY(model.index(r, RunTableModel::WorkloadColumn)
                            .data()
                            .toString()
                            .startsWith(QLatin1String("cpu-hash")));
            } else {
                QCOMPARE(status, QStringLiteral("ok"));
            }
        }
        QCOMPARE(failed, file.totalFailed);
        QCOMPARE(model.index(0, RunTableModel::RepetitionColumn).data().toString(), QStringLiteral("warm-up 1"));
        QCOMPARE(model.index(0, RunTableModel::SetColumn).data().toString(), QStringLiteral("models-test"));
        QCOMPARE(model.index(0, RunTableModel::RunIdColumn).data().toString(), m_sets.runbench->runs[0].spec.runId);
        // a count is shown as a whole number without its unit: "67", not "67.0 count"
        const int faults = metricColumn(model, QStringLiteral("minor_faults"));
        QVERIFY(faults > 0);
        QCOMPARE(model.headerData(faults, Qt::Horizontal).toString(), QStringLiteral("minor_faults (count)"));
        const double v = m_sets.runbench->runs[0].value(QStringLiteral("minor_faults"));
        QVERIFY(v > 0);
        QCOMPARE(model.index(0, faults).data().toString(), QString::number(qint64(v)));
    }

    void hyperfineValuesAreTheFileTimes()
    {
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSets({ m_sets.hyperfine });
        const auto commands = test::hyperfineTimes(test::hyperfineFile());
        const int wall = metricColumn(model, QStringLiteral("wall_ms"));
        int row = 0;
        for (const auto& [command, times] : commands) {
            for (int j = 0; j < times.size(); ++j, ++row) {
                const QModelIndex i = model.index(row, wall);
                QCOMPARE(i.data(RunTableModel::SortRole).typeId(), QMetaType::Double);
                QCOMPARE(i.data(RunTableModel::SortRole).toDouble(), times[j]);
                QVERIFY2(i.data().toString().endsWith(QLatin1String(" ms")), qPrintable(i.data().toString()));
                QCOMPARE(model.index(row, RunTableModel::WorkloadColumn).data().toString(), command);
                QCOMPARE(model.index(row, RunTableModel::RepetitionColumn).data().toString(), QString::number(j + 1));
                QCOMPARE(model.index(row, RunTableModel::RuntimeColumn).data().toString(), QStringLiteral("hyperfine"));
            }
        }
        QCOMPARE(row, model.rowCount());
        // three significant digits of the smallest time (/bin/true, 0.773 ms): three decimals for every row
        QCOMPARE(model.index(0, wall).data().toString(), QString::number(commands[0].second[0], 'f', 3) + " ms");
    }

    void parametersOfAScan()
    {
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSets({ test::load(
            qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/import/hyperfine/scan.json")) });
        QCOMPARE(model.rowCount(), 15); // 3 values of ms × 5 runs
        QCOMPARE(model.index(0, RunTableModel::ParamsColumn).data().toString(), QStringLiteral("ms=1"));
        QCOMPARE(model.index(14, RunTableModel::ParamsColumn).data().toString(), QStringLiteral("ms=3"));
        QCOMPARE(model.index(14, 0).data(RunTableModel::GroupRole).toString(),
            QStringLiteral("sleep 0.003 · hyperfine-json ms=3"));
    }

    void filterByTextAndTreeNode()
    {
        RunTableModel model;
        ResultTreeModel tree;
        RunFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSets({ m_sets.runbench, m_sets.hyperfine });
        tree.setSets({ m_sets.runbench, m_sets.hyperfine });
        QCOMPARE(proxy.rowCount(), 46);
        proxy.setText(QStringLiteral("/BIN/true"));
        QCOMPARE(proxy.rowCount(), 20);
        proxy.setText(QStringLiteral("timed out"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(QStringLiteral("hello warm-up"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());
        proxy.setScopeFromTree(tree.index(1, 0));
        QCOMPARE(proxy.rowCount(), 40);
        const QModelIndex native = tree.index(0, 0, tree.index(0, 0));
        proxy.setScopeFromTree(tree.index(1, 0, native)); // cpu-hash 300000000 · cold-start-exit
        QCOMPARE(proxy.rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(
                proxy.index(r, RunTableModel::WorkloadColumn).data().toString(), QStringLiteral("cpu-hash 300000000"));
        }
        proxy.setText(QStringLiteral("hello"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setScopeFromTree({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sortsMetricsAsNumbers()
    {
        RunTableModel model;
        RunFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSets({ m_sets.hyperfine });
        const int wall = metricColumn(model, QStringLiteral("wall_ms"));
        proxy.sort(wall, Qt::AscendingOrder);
        QList<double> expected;
        for (const auto& [command, times] : test::hyperfineTimes(test::hyperfineFile())) {
            expected << times;
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(proxy.rowCount(), expected.size());
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QCOMPARE(proxy.index(r, wall).data(RunTableModel::SortRole).toDouble(), expected[r]);
        }
        // /bin/true (0.8–5.0 ms) before sleep 0.01 (11–16 ms), where texts would put "11.216" before "4.961"
        QCOMPARE(proxy.index(0, RunTableModel::WorkloadColumn).data().toString(), QStringLiteral("/bin/true"));
        QCOMPARE(proxy.index(39, RunTableModel::WorkloadColumn).data().toString(), QStringLiteral("sleep 0.01"));
    }
};

QTEST_GUILESS_MAIN(TestRunTableModel)
#include "tst_runtablemodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// ResultTreeModel over a real results folder (runbench-cli, native, with timed-out runs) and a real hyperfine
// JSON export: sets → runtimes → workload · scenario, with counts checked against the files.
#include "models/resulttreemodel.h"
#include "resultsfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rb;

class TestResultTreeModel : public QObject
{
    Q_OBJECT

    test::TwoSets m_sets;

    static int count(const QModelIndex& i, int column)
    {
        return i.siblingAtColumn(column).data(ResultTreeModel::SortRole).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_sets.setUp();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void emptyModel()
    {
        ResultTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 3);
    }

    void countsMatchRunsCsv()
    {
        ResultTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSets({ m_sets.runbench });
        const test::FileCounts file = test::countRunsCsv(m_sets.folder);
        QCOMPARE(file.total, 6); // 2 workloads × (1 warm-up + 2 repetitions)
        QCOMPARE(file.totalFailed, 3); // cpu-hash 300000000 always times out after 0.5 s
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex set = model.index(0, 0);
        QCOMPARE(set.data(ResultTreeModel::LevelRole).toInt(), int(ResultTreeModel::Level::Set));
        QVERIFY2(
            set.data().toString().startsWith(QStringLiteral("models-test — out")), qPrintable(set.data().toString()));
        QCOMPARE(set.data(ResultTreeModel::PathRole).toString(), m_sets.folder);
        QCOMPARE(count(set, ResultTreeModel::RunsColumn), file.total);
        QCOMPARE(count(set, ResultTreeModel::FailedColumn), file.totalFailed);
        QCOMPARE(model.rowCount(set), 1);
        const QModelIndex native = model.index(0, 0, set);
        QCOMPARE(native.data().toString(), QStringLiteral("native"));
        QCOMPARE(native.data(ResultTreeModel::RuntimeRole).toString(), QStringLiteral("native"));
        QCOMPARE(count(native, ResultTreeModel::RunsColumn), 6);
        QCOMPARE(model.rowCount(native), file.runs.size());
        for (int g = 0; g < model.rowCount(native); ++g) {
            const QModelIndex group = model.index(g, 0, native);
            const QStringList parts = group.data().toString().split(QStringLiteral(" · "));
            QCOMPARE(parts.size(), 2);
            const QString key = QStringLiteral("native/") + parts[0] + QLatin1Char('/') + parts[1];
            QVERIFY2(file.runs.contains(key), qPrintable(key));
            QCOMPARE(count(group, ResultTreeModel::RunsColumn), file.runs[key]);
            QCOMPARE(count(group, ResultTreeModel::FailedColumn), file.failed[key]);
            QCOMPARE(group.siblingAtColumn(ResultTreeModel::FailedColumn).data().toInt(), file.failed[key]);
            QCOMPARE(model.rowCount(group), 0);
        }
        const QModelIndex hash = model.index(1, 0, native);
        QCOMPARE(hash.data().toString(), QStringLiteral("cpu-hash 300000000 · cold-start-exit"));
        QCOMPARE(count(hash, ResultTreeModel::FailedColumn), 3);
        QCOMPARE(hash.data(ResultTreeModel::GroupRole).toString(), hash.data().toString());
    }

    void importedHyperfineBesideTheFolder()
    {
        ResultTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSets({ m_sets.runbench });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSets({ m_sets.runbench, m_sets.hyperfine });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex set = model.index(1, 0);
        QCOMPARE(set.data(ResultTreeModel::SetIndexRole).toInt(), 1);
        QCOMPARE(set.data().toString(), QStringLiteral("hyperfine — basic.json"));
        const auto commands = test::hyperfineTimes(test::hyperfineFile());
        QCOMPARE(commands.size(), 2);
        QCOMPARE(count(set, ResultTreeModel::RunsColumn), commands[0].second.size() + commands[1].second.size());
        QCOMPARE(count(set, ResultTreeModel::RunsColumn), 40); // tests/data/import/hyperfine/reference.txt
        QCOMPARE(count(set, ResultTreeModel::FailedColumn), 0);
        const QModelIndex tool = model.index(0, 0, set);
        QCOMPARE(tool.data().toString(), QStringLiteral("hyperfine"));
        QCOMPARE(model.rowCount(tool), 2);
        for (int g = 0; g < 2; ++g) {
            const QModelIndex group = model.index(g, 0, tool);
            QCOMPARE(group.data().toString(), commands[g].first + QStringLiteral(" · hyperfine-json"));
            QCOMPARE(count(group, ResultTreeModel::RunsColumn), commands[g].second.size());
            QCOMPARE(group.data(ResultTreeModel::SetIndexRole).toInt(), 1);
            QCOMPARE(group.parent(), tool);
        }
        model.setSets({ m_sets.hyperfine });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ResultTreeModel::SetIndexRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResultTreeModel)
#include "tst_resulttreemodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare page on real results folders written by `runbench-cli run` (native runtime): metric and baseline
// choices, the ratio and p-value columns against the core report, the comparability banner (cache policies), and
// every plot kind drawing (the committed throughput sweep for the set-level kinds).
#include "io/comparison.h"
#include "io/exporters/exporttable.h"
#include "models/comparisoncontroller.h"
#include "pages/comparepage.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using rb::ComparisonModel;

class TstComparePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const rb::ResultSet> m_a; ///< cold caches
    std::shared_ptr<const rb::ResultSet> m_b; ///< cold caches, same machine: comparable with a
    std::shared_ptr<const rb::ResultSet> m_c; ///< warm caches

    std::shared_ptr<const rb::ResultSet> run(const QString& name, const QString& cache)
    {
        const QString spec = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(spec);
        if (!f.open(QIODevice::WriteOnly)) {
            return nullptr;
        }
        f.write(QStringLiteral(R"({"name":"%1","runtimes":["native"],"workloads":["hello","cpu-hash 5000"],)"
                               R"("repetitions":8,"warmup":1,"cache":"%2"})")
                    .arg(name, cache)
                    .toUtf8());
        f.close();
        const QString cli = qEnvironmentVariable("RUNBENCH_BUILD_DIR") + QStringLiteral("/bin/runbench-cli");
        QProcess p;
        p.start(cli, { QStringLiteral("run"), spec, QStringLiteral("--out"), m_dir.filePath(name) });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return nullptr;
        }
        QString error;
        const auto rs = rb::loadResultFolder(m_dir.filePath(name), &error);
        return rs ? std::make_shared<const rb::ResultSet>(*rs) : nullptr;
    }

    /// Waits for the page's next comparison.
    static bool nextComparison(rb::ui::ComparePage& page, const std::function<void()>& action)
    {
        QSignalSpy ready(page.controller(), &rb::ComparisonController::comparisonReady);
        action();
        return ready.wait(30000);
    }

    static int rowOf(const QAbstractItemModel* m, const QString& name)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(ComparisonModel::GroupNameRole).toString() == name) {
                return r;
            }
        }
        return -1;
    }

    /// The named graphs of the throughput plot of `sets`.
    static void throughputNames(rb::ui::ComparePage& page, const rb::ResultSets& sets, QStringList* names)
    {
        QSignalSpy shown(&page, &rb::ui::ComparePage::plotShown);
        QVERIFY(nextComparison(page, [&] { page.setSets(sets); }));
        page.kindBox()->setCurrentIndex(page.kindBox()->findData(QStringLiteral("throughput")));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString().isEmpty(), 20000);
        for (int i = 0; i < page.plot()->graphCount(); ++i) {
            if (page.plot()->legend->hasItemWithPlottable(page.plot()->graph(i))) { // a curve, not its CI band
                *names << page.plot()->graph(i)->name();
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = run(QStringLiteral("a"), QStringLiteral("cold"));
        m_b = run(QStringLiteral("b"), QStringLiteral("cold"));
        m_c = run(QStringLiteral("c"), QStringLiteral("warm"));
        QVERIFY(m_a && m_b && m_c);
    }

    void ratioAndPValueMatchTheCoreReport()
    {
        rb::ui::ComparePage page;
        page.resize(1200, 800);
        page.show();
        page.controller()->setBootstrapResamples(400);
        QVERIFY(nextComparison(page, [&] { page.setSets({ m_a, m_b }); }));
        QVERIFY(page.metricBox()->findText(QStringLiteral("wall_ms")) >= 0);
        QVERIFY(page.metricBox()->findText(QStringLiteral("max_rss_kb")) >= 0);
        QCOMPARE(page.metricBox()->currentText(), QStringLiteral("wall_ms"));
        QVERIFY(nextComparison(page, [&] { page.metricBox()->setCurrentText(QStringLiteral("max_rss_kb")); }));
        QCOMPARE(page.controller()->comparison()->metric, QStringLiteral("max_rss_kb"));
        QVERIFY(nextComparison(page, [&] { page.metricBox()->setCurrentText(QStringLiteral("wall_ms")); }));
        const QString baseline = QStringLiteral("a: native/hello/cold-start-exit");
        const int index = page.baselineBox()->findData(baseline);
        QVERIFY2(index > 0, qPrintable(page.baselineBox()->itemText(1)));
        QVERIFY(nextComparison(page, [&] { page.baselineBox()->setCurrentIndex(index); }));

        // The same report, computed here by core alone.
        const rb::Comparison ref = rb::buildComparison({ m_a, m_b }, QStringLiteral("wall_ms"), { baseline, 400 });
        const QAbstractItemModel* table = page.table()->model();
        QCOMPARE(table->rowCount(), 4);
        std::vector<std::optional<double>> ratios;
        for (const rb::stats::PairReport& pair : ref.report.pairs) {
            ratios.push_back(pair.ratioMedian);
        }
        const int decimals = rb::decimalsFor(ratios);
        int checked = 0;
        for (const rb::stats::PairReport& pair : ref.report.pairs) {
            const int row = rowOf(table, ref.report.groups[pair.a].name);
            QVERIFY(row >= 0);
            const QString ratio = table->index(row, ComparisonModel::RatioColumn).data().toString();
            QVERIFY(!ratio.isEmpty());
            QCOMPARE(table->index(row, ComparisonModel::RatioColumn).data(ComparisonModel::SortRole).toDouble(),
                *pair.ratioMedian);
            QCOMPARE(ratio, rb::formatNumber(*pair.ratioMedian, decimals));
            QCOMPARE(
                table->index(row, ComparisonModel::PColumn).data(ComparisonModel::SortRole).toDouble(), *pair.pHolm);
            const QString p = table->index(row, ComparisonModel::PColumn).data().toString();
            QCOMPARE(p, *pair.pHolm < 0.00005 ? QStringLiteral("<0.0001") : rb::formatNumber(*pair.pHolm, 4));
            QCOMPARE(
                table->index(row, ComparisonModel::MarksColumn).data().toString(), rb::significanceMarks(*pair.pHolm));
            ++checked;
        }
        QCOMPARE(checked, 3);
        QCOMPARE(table->index(rowOf(table, baseline), ComparisonModel::RatioColumn).data().toString(),
            QStringLiteral("baseline"));
        QVERIFY(page.warningBanner()->isHidden());
    }

    void differentCachePoliciesShowTheWarning()
    {
        rb::ui::ComparePage page;
        page.show();
        page.controller()->setBootstrapResamples(100);
        QVERIFY(nextComparison(page, [&] { page.setSets({ m_a, m_c }); }));
        QVERIFY(page.warningBanner()->isVisible());
        QVERIFY2(page.warningBanner()->text().contains(QStringLiteral("cold (a) vs warm (c)")),
            qPrintable(page.warningBanner()->text()));
        QVERIFY(nextComparison(page, [&] { page.setSets({ m_a, m_b }); }));
        QVERIFY(!page.warningBanner()->isVisible());
        QVERIFY(nextComparison(page, [&] { page.setSets({ m_a }); }));
        QVERIFY(!page.warningBanner()->isVisible());
        QCOMPARE(page.table()->model()->index(0, 0).data().toString(), QStringLiteral("native/hello/cold-start-exit"));
    }

    void everyPlotKindDraws_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("sweep"); ///< drawn from the committed throughput sweep
        QTest::addRow("ecdf") << QStringLiteral("ecdf") << false;
        QTest::addRow("box") << QStringLiteral("box") << false;
        QTest::addRow("violin") << QStringLiteral("violin") << false;
        QTest::addRow("heatmap") << QStringLiteral("heatmap") << false;
        QTest::addRow("throughput") << QStringLiteral("throughput") << true;
        QTest::addRow("spectrum") << QStringLiteral("spectrum") << true;
    }
    void everyPlotKindDraws()
    {
        QFETCH(QString, kind);
        QFETCH(bool, sweep);
        std::shared_ptr<const rb::ResultSet> set = m_a;
        if (sweep) {
            QString error;
            const auto rs = rb::loadResultFolder(
                qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/figures/sweep-tiny"), &error);
            QVERIFY2(rs, qPrintable(error));
            set = std::make_shared<const rb::ResultSet>(*rs);
        }
        rb::ui::ComparePage page;
        page.resize(1000, 700);
        page.show();
        page.controller()->setBootstrapResamples(100);
        QVERIFY(nextComparison(page, [&] { page.setSets({ set }); }));
        QSignalSpy shown(&page, &rb::ui::ComparePage::plotShown);
        page.kindBox()->setCurrentIndex(
            page.kindBox()->findData(kind == QLatin1String("ecdf") ? QStringLiteral("box") : kind));
        if (kind == QLatin1String("ecdf")) {
            QVERIFY(shown.wait(20000));
            page.kindBox()->setCurrentIndex(page.kindBox()->findData(kind));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && page.kindBox()->currentData().toString() == kind, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shown.last().at(0).toString(), QString(), 20000);
        QVERIFY(page.plot()->plottableCount() > 0);
        const QImage image = page.plot()->toPixmap(600, 400).toImage();
        QVERIFY(!image.isNull());
    }

    void setLevelPlotsDrawEveryOpenSet()
    {
        // last month's sweep beside today's: one throughput curve per set and runtime, named by set
        QString error;
        const auto rs = rb::loadResultFolder(
            qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/figures/sweep-tiny"), &error);
        QVERIFY2(rs, qPrintable(error));
        const auto today = std::make_shared<const rb::ResultSet>(*rs);
        const auto lastMonth = std::make_shared<const rb::ResultSet>(*rs);
        rb::ui::ComparePage page;
        page.resize(1000, 700);
        page.show();
        page.controller()->setBootstrapResamples(100);
        QStringList one;
        QStringList two;
        throughputNames(page, { today }, &one);
        QVERIFY(!one.isEmpty());
        throughputNames(page, { today, lastMonth }, &two);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(two.size(), 2 * one.size());
        QVERIFY2(two.filter(QStringLiteral("sweep-tiny#2: ")).size() == one.size(), qPrintable(two.join(", ")));
    }
};

QTEST_MAIN(TstComparePage)
#include "tst_comparepage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen GUI test of the Run page's instance plot: a real density experiment on the native runtime streams each
// instance as it ends, and what was drawn is exactly the instance_wall_ms series of the results folder.
#include "../common/testsupport.h"
#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"
#include "mainwindow/mainwindow.h"
#include "pages/runpage.h"
#include "plot/coldstartplot.h"
#include "plot/instanceplot.h"
#include "plot/liveplotcontroller.h"
#include "plot/loadliveplots.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace rb;
using namespace rb::ui;

namespace {

/// The values of `series` in a run's timeseries, in file order (instance order for the multi-instance kinds).
QList<double> seriesValues(const RunRecord& r, const QString& series)
{
    QList<double> out;
    for (const SeriesPoint& p : r.series) {
        if (p.series == series) {
            out << p.value;
        }
    }
    return out;
}

} // namespace

class TestRunPageInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void densityStreamsEachInstanceAsItEnds()
    {
        QTemporaryDir d;
        // cpu-hash 1000000 runs ~0.25 s natively: the first run (12 instances one after another) lasts ~3 s, the
        // second (two at a time, pushed from two worker threads) ~1.5 s.
        const QString spec = test::writeTextFile(
            d.filePath(QStringLiteral("spec.json")), R"({"name":"density-live","runtimes":["native"],
            "workloads":["cpu-hash 1000000"],"repetitions":1,"warmup":0,
            "scenarios":[{"kind":"density","instances":12,"max_parallel":[1,2]}]})");
        const QString out = d.filePath(QStringLiteral("out"));
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        RunPage* page = w.runPage();
        InstancePlot* plot = page->instancePlot();
        QSignalSpy recorded(w.controller(), &ExperimentController::runRecorded);
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        w.startExperiment(spec, out);

        // Points arrive while the first run still goes on: none of its 12 instances waits for the run's end.
        QTRY_VERIFY_WITH_TIMEOUT(plot->pointCount() >= 2, 30000);
        const int early = plot->pointCount();
        QCOMPARE(recorded.size(), 0);
        QVERIFY2(early < 12, qPrintable(QString::number(early)));
        qInfo("%d instance(s) drawn before the first run was recorded", early);
        // Only the plot this experiment feeds is shown.
        QVERIFY(plot->isVisible());
        QVERIFY(!page->coldStartPlot()->isVisible());
        QVERIFY(!page->loadPlots()->ratePlot()->isVisible());
        QCOMPARE(plot->plot()->xAxis->label(), QStringLiteral("Instance"));
        QCOMPARE(plot->plot()->yAxis->label(), QStringLiteral("Launch → exit (ms)"));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto summary = finished.first().first().value<ExperimentSummary>();
        QCOMPARE(summary.status, QStringLiteral("complete"));
        QCOMPARE(page->liveController()->dropped(), std::size_t(0));

        // What was drawn live is the results folder's series: same runs, same count, the same numbers.
        QString err;
        const auto rs = loadResultFolder(out, &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), 2);
        int total = 0;
        for (const RunRecord& r : rs->runs) {
            const QList<double> recordedValues = seriesValues(r, QStringLiteral("instance_wall_ms"));
            QCOMPARE(recordedValues.size(), 12);
            QCPGraph* g = plot->runGraph(r.spec.index);
            QVERIFY2(g, qPrintable(r.spec.runId));
            QList<double> keys;
            QList<double> values;
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
                keys << it->key;
                values << it->value;
            }
            QList<double> instances;
            for (int i = 0; i < 12; ++i) {
                instances << i;
            }
            QCOMPARE(keys, instances);
            QCOMPARE(values, recordedValues); // exact: QList's operator== compares the doubles bit for bit
            total += int(values.size());
        }
        QCOMPARE(plot->pointCount(), total);
    }

    void coldStartExperimentHidesTheInstancePlot()
    {
        QTemporaryDir d;
        const QString spec = test::writeTextFile(d.filePath(QStringLiteral("spec.json")),
            R"({"name":"cold","runtimes":["native"],"workloads":["hello"],"repetitions":2,"warmup":0})");
        MainWindow w;
        w.show();
        QSignalSpy started(w.controller(), &ExperimentController::started);
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        w.startExperiment(spec, d.filePath(QStringLiteral("out")));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        QVERIFY(w.runPage()->coldStartPlot()->isVisible());
        QVERIFY(!w.runPage()->instancePlot()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(w.runPage()->instancePlot()->pointCount(), 0);
    }
};

QTEST_MAIN(TestRunPageInstances)
#include "tst_runpage_instances.moc"

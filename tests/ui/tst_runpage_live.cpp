// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen GUI tests of the Run page with real load: native http-hello under the highest rate the load generator
// reaches here, the event loop's delay measured meanwhile; Pause and Resume between runs.
#include "../common/testsupport.h"
#include "engine/experimentcontroller.h"
#include "mainwindow/mainwindow.h"
#include "pages/runpage.h"
#include "plot/liveplotcontroller.h"
#include "plot/loadliveplots.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <functional>
#include <qcustomplot.h>
#include <sys/resource.h>

using namespace rb;
using namespace rb::ui;

namespace {

/// Values of `metric` in a results folder's samples.csv (column 8 of the tidy table; no commas in these ids).
QList<double> metricValues(const QString& dir, const QByteArray& metric)
{
    QList<double> out;
    QFile f(dir + QStringLiteral("/samples.csv"));
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QList<QByteArray> cols = f.readLine().split(',');
            if (cols.size() > 8 && cols[7] == metric) {
                out << cols[8].toDouble();
            }
        }
    }
    return out;
}

/// Data rows of runs.csv (one per recorded run).
int runsRecorded(const QString& dir)
{
    QFile f(dir + QStringLiteral("/runs.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return std::max(0, int(f.readAll().trimmed().count('\n')));
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return NAN;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size())))];
}

/// CPU time of the calling thread.
double guiThreadCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_THREAD, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

/// The event loop's delay: a 5 ms precise timer; each tick's lateness over its interval, while `active` holds.
class DelayProbe
{
public:
    explicit DelayProbe(std::function<bool()> active)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, active] {
            const qint64 now = m_clock.nsecsElapsed();
            if (active()) {
                m_lateMs.push_back(std::max(0.0, double(now - m_last) / 1e6 - 5.0));
            }
            m_last = now;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    const std::vector<double>& lateMs() const
    {
        return m_lateMs;
    }
    QString describe() const
    {
        const double worst = m_lateMs.empty() ? NAN : *std::max_element(m_lateMs.begin(), m_lateMs.end());
        return QStringLiteral("%1 ticks, p50 %2 ms, p99 %3 ms, max %4 ms")
            .arg(m_lateMs.size())
            .arg(percentile(m_lateMs, 50), 0, 'f', 2)
            .arg(percentile(m_lateMs, 99), 0, 'f', 2)
            .arg(worst, 0, 'f', 2);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_lateMs;
};

} // namespace

class TestRunPageLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadAtFullRateKeepsTheWindowResponsive()
    {
        QTemporaryDir d;
        // An open loop asking for 100k requests/s (more than this 2-core machine serves, so the generator runs
        // flat out), then a closed loop at 64 connections: both at the highest rate the load generator reaches.
        const QString spec = test::writeTextFile(d.filePath(QStringLiteral("spec.json")),
            R"({"name":"live-100k","runtimes":["native"],"workloads":["http-hello"],
            "scenarios":[
              {"kind":"warm-latency","name":"open-100k","concurrency":64,"threads":2,"rate":100000,"duration_s":3,
               "warmup_requests":2000},
              {"kind":"warm-latency","name":"closed-64","concurrency":64,"threads":2,"duration_s":3,
               "warmup_requests":2000}],
            "repetitions":1,"warmup":0})");
        const QString out = d.filePath(QStringLiteral("out"));
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        {
            // The same probe on the idle window first: the machine's own timer jitter, for comparison.
            DelayProbe idle([] { return true; });
            QSignalSpy never(&w, &MainWindow::experimentFinished);
            never.wait(1000);
            qInfo("event-loop delay idle (5 ms timer): %s", qPrintable(idle.describe()));
        }
        RunPage* page = w.runPage();
        LoadLivePlots* plots = page->loadPlots();
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        w.startExperiment(spec, out);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isRunning(), 30000);

        DelayProbe probe([&] { return w.controller()->isRunning(); });
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = guiThreadCpuMs();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const double guiCpu = (guiThreadCpuMs() - cpuBefore) / double(wall.elapsed()) * 100.0;

        const auto summary = finished.first().first().value<ExperimentSummary>();
        QCOMPARE(summary.status, QStringLiteral("complete"));
        const QList<double> rps = metricValues(out, "requests_per_s");
        QCOMPARE(rps.size(), 2);
        const double p99 = percentile(probe.lateMs(), 99);
        qInfo("achieved: open loop (100k/s asked) %.0f req/s, closed loop (64 connections) %.0f req/s", rps[0], rps[1]);
        qInfo("event-loop delay under load (5 ms timer): %s; plots every %d ms, %zu live values dropped",
            qPrintable(probe.describe()), page->liveController()->interval(), page->liveController()->dropped());
        qInfo("GUI thread CPU during the run: %.1f %% of one core", guiCpu);
        QVERIFY2(probe.lateMs().size() > 200, "the probe timer hardly ran: the event loop was blocked");
        QVERIFY2(p99 < 50.0, qPrintable(QStringLiteral("event-loop delay p99 %1 ms").arg(p99)));

        // Live points arrived in every new plot.
        QVERIFY(plots->rateCount() > 30); // two loads of 3 s in 100 ms buckets
        QVERIFY(plots->latencyCount() > 10);
        QVERIFY(plots->resourceCount() > 20);
        for (QCustomPlot* p : { plots->spectrumPlot(), plots->ratePlot(), plots->resourcePlot() }) {
            QVERIFY(p->graphCount() > 0 && p->graph(0)->dataCount() > 0);
        }
        // The live buckets are what was recorded: their requests add up to the recorded ones (the last, partial
        // bucket of each load is not drawn live).
        QCPGraph* achieved = plots->ratePlot()->graph(0);
        double liveRequests = 0;
        for (auto it = achieved->data()->constBegin(); it != achieved->data()->constEnd(); ++it) {
            if (!std::isnan(it->value)) { // the break between the two loads
                liveRequests += it->value * 0.1;
            }
        }
        const QList<double> requests = metricValues(out, "requests");
        const double recorded = requests.value(0) + requests.value(1);
        qInfo("requests: %.0f recorded, %.0f in the live buckets", recorded, liveRequests);
        QVERIFY2(liveRequests <= recorded && liveRequests > 0.9 * recorded,
            qPrintable(QStringLiteral("%1 live vs %2 recorded").arg(liveRequests).arg(recorded)));
        // The requested rate is drawn for the open loop only.
        QVERIFY(plots->ratePlot()->graph(1)->dataCount() > 10);
        QCOMPARE(plots->ratePlot()->graph(1)->data()->constBegin()->value, 100000.0);
    }

    void pauseStopsBeforeTheNextRunAndResumeGoesOn()
    {
        QTemporaryDir d;
        const QString spec = test::writeTextFile(d.filePath(QStringLiteral("spec.json")),
            R"({"name":"pause","runtimes":["native"],"workloads":["http-hello"],
            "scenarios":[{"kind":"warm-latency","concurrency":4,"duration_s":1.5,"warmup_requests":100}],
            "repetitions":3,"warmup":0})");
        const QString out = d.filePath(QStringLiteral("out"));
        MainWindow w;
        w.show();
        ExperimentController* c = w.controller();
        auto* pause = w.runPage()->findChild<QPushButton*>(QStringLiteral("pauseButton"));
        QVERIFY(pause);
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        QSignalSpy states(c, &ExperimentController::stateChanged);
        w.startExperiment(spec, out);
        // Pause in the middle of the first run's load: it must finish and be recorded, the second must not start.
        QTRY_VERIFY_WITH_TIMEOUT(w.runPage()->loadPlots()->rateCount() >= 3, 30000);
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(c->state(), ExperimentController::State::Pausing);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), ExperimentController::State::Paused, 10000);
        QCOMPARE(runsRecorded(out), 1);
        QSignalSpy progress(c, &ExperimentController::progress);
        QVERIFY2(!progress.wait(1500), "a run started while paused");
        QCOMPARE(runsRecorded(out), 1);
        QCOMPARE(pause->text(), tr("&Resume"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(c->state(), ExperimentController::State::Running);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto summary = finished.first().first().value<ExperimentSummary>();
        QCOMPARE(summary.status, QStringLiteral("complete"));
        QCOMPARE(summary.finished, 3);
        QCOMPARE(runsRecorded(out), 3);
        // Nothing measured was lost: each run has its requests and its latency.
        QCOMPARE(metricValues(out, "requests").size(), 3);
        for (double n : metricValues(out, "requests")) {
            QVERIFY(n > 100);
        }
        QCOMPARE(metricValues(out, "latency_p99_ms").size(), 3);
        QCOMPARE(c->state(), ExperimentController::State::Idle);
        QVERIFY(states.size() >= 5); // Running, Pausing, Paused, Running, Idle
    }
};

QTEST_MAIN(TestRunPageLive)
#include "tst_runpage_live.moc"

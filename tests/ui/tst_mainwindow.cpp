// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen GUI tests: real runs of real workloads through the main window.
#include "mainwindow/mainwindow.h"
#include "models/runnertablemodel.h"
#include "pages/runnerspage.h"
#include "plot/coldstartplot.h"
#include "plot/distributionplot.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>
#include <signal.h>

using namespace rb;
using namespace rb::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QString writeSpec(const QTemporaryDir& d, const QByteArray& json)
    {
        QFile f(d.filePath(QStringLiteral("spec.json")));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    }

    // Pids of processes whose command line contains `needle` (ours or not).
    static QList<int> processesMatching(const QByteArray& needle)
    {
        QList<int> pids;
        for (const QString& d : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const int pid = d.toInt(&ok);
            QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(d));
            if (ok && cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains(needle)) {
                pids << pid;
            }
        }
        return pids;
    }

private Q_SLOTS:
    void runnersModelIsSound()
    {
        MainWindow w;
        QSignalSpy ready(&w, &MainWindow::installationReady);
        QVERIFY(ready.wait(30000));
        QAbstractItemModelTester tester(
            w.runnersPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.runnersPage()->model()->rowCount() >= 1);
    }

    void demoRunPlotsEveryPointLive()
    {
        QTemporaryDir d;
        const QString spec = writeSpec(d,
            R"({"name":"gui","runtimes":["native"],"workloads":["hello","cpu-hash 5000"],"repetitions":4,"warmup":1})");
        MainWindow w;
        w.show();
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        QSignalSpy shown(&w, &MainWindow::resultsShown);
        w.startExperiment(spec, d.filePath(QStringLiteral("out")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto summary = finished.first().first().value<ExperimentSummary>();
        QCOMPARE(summary.status, QStringLiteral("complete"));
        QCOMPARE(summary.finished, 10);
        // live points: 8 measured runs in the per-configuration graphs (warm-ups apart)
        QCOMPARE(w.coldStartPlot()->measuredPointCount(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        // after loading the folder, the distribution view has one ECDF per configuration
        QCOMPARE(w.distributionPlot()->plot()->graphCount(), 2);
        QCOMPARE(w.distributionPlot()->plot()->graph(0)->dataCount(), 4 + 1);
        const QStringList figs = w.exportFigures(d.filePath(QStringLiteral("fig")));
        QCOMPARE(figs.size(), 4);
        for (const QString& f : figs) {
            QVERIFY2(QFile(f).size() > 1000, qPrintable(f));
        }
    }

    void cancelKillsTheRunningProcessAndKeepsFinishedRuns()
    {
        QTemporaryDir d;
        // cpu-hash 3000000 runs ~0.7 s natively: long enough to cancel in the middle of a run.
        const QString spec = writeSpec(d,
            R"({"name":"cancel","runtimes":["native"],"workloads":["cpu-hash 3000000"],"repetitions":50,"warmup":0})");
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        w.startExperiment(spec, d.filePath(QStringLiteral("out")));
        QTRY_VERIFY_WITH_TIMEOUT(w.coldStartPlot()->measuredPointCount() >= 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!processesMatching("cpu-hash\0"
                                                    "3000000")
                                      .isEmpty(),
            10000);
        QElapsedTimer t;
        t.start();
        w.cancelExperiment();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        const auto summary = finished.first().first().value<ExperimentSummary>();
        QCOMPARE(summary.status, QStringLiteral("cancelled"));
        QVERIFY(summary.finished >= 1 && summary.finished < 50);
        QTRY_VERIFY_WITH_TIMEOUT(processesMatching("cpu-hash\0"
                                                   "3000000")
                                     .isEmpty(),
            2000);
        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), summary.finished);
        QCOMPARE(rs->status(), QStringLiteral("cancelled"));
    }

    void windowStaysResponsiveDuringARun()
    {
        QTemporaryDir d;
        const QString spec =
            writeSpec(d, R"({"name":"resp","runtimes":["native"],"workloads":["noop"],"repetitions":300,"warmup":0})");
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::experimentFinished);
        w.startExperiment(spec, d.filePath(QStringLiteral("out")));
        // Measure the event loop's delay with a 10 ms timer while runs go on.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worst = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last - 10);
            last = now;
        });
        last = clock.elapsed();
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        probe.stop();
        QCOMPARE(w.coldStartPlot()->measuredPointCount(), 300);
        qInfo("worst event-loop delay during 300 runs: %lld ms", worst);
        QVERIFY2(worst < 250, qPrintable(QString::number(worst)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

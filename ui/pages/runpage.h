// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace rb::ui {

class ColdStartPlot;
class DistributionPlot;
class InstancePlot;
class LivePlotController;
class LoadLivePlots;

/// The live view of a running experiment: progress with ETA, the current run, Pause and Cancel, live plots fed
/// from the controller's buffers at a bounded rate (cold-start strip and ECDF; latency spectrum of the current
/// load level, requests/s, the target's CPU and memory; each instance of a density, memory-scaling or cpu-scaling
/// run), and the log. After a run it shows the finished folder.
class RunPage : public QWidget
{
    Q_OBJECT
public:
    /// "Run 3 of 40: <id> (about 1:05 left)": the current run as the page and the status bar show it.
    static QString progressText(int position, int total, const QString& runId, double etaSeconds);
    RunPage(ExperimentController* controller, QWidget* parent = nullptr);

    ColdStartPlot* coldStartPlot() const
    {
        return m_coldStart;
    }
    DistributionPlot* distributionPlot() const
    {
        return m_distribution;
    }
    LivePlotController* liveController() const
    {
        return m_live;
    }
    LoadLivePlots* loadPlots() const
    {
        return m_load;
    }
    InstancePlot* instancePlot() const
    {
        return m_instances;
    }
    /// Shows a finished or opened results folder in the run plots.
    void showResults(const ResultSet& results);

public Q_SLOTS:
    void log(const QString& message);

private:
    void onStarted(const QString& dir, int total, const QList<rb::RunSpec>& configurations);
    void onProgress(int position, int total, const QString& runId, double etaSeconds);
    void onRunRecorded(const QString& runId, const QString& metric, double value, bool ok, const QString& error);
    void onFinished(const rb::ExperimentSummary& summary);
    void onStateChanged(rb::ExperimentController::State state);
    QWidget* buildPlots();
    /// Shows the plots the configurations' scenario kinds feed (every plot for none).
    void showPlotsFor(const QList<rb::RunSpec>& configurations);

    ExperimentController* m_controller;
    ColdStartPlot* m_coldStart;
    DistributionPlot* m_distribution;
    LoadLivePlots* m_load;
    InstancePlot* m_instances;
    QWidget* m_topRow = nullptr;
    QWidget* m_bottomRow = nullptr;
    bool m_paused = false; ///< pausing or paused (the next Running is a resume)
    LivePlotController* m_live;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QLabel* m_current;
    QProgressBar* m_progress;
    QPlainTextEdit* m_log;
};

} // namespace rb::ui

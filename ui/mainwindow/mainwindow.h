// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"
#include "runner/installation.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QAction;

namespace rb::ui {

class ColdStartPlot;
class DistributionPlot;
class FiguresPage;
class LivePlotController;
class RunnersPage;

/// Composes pages, actions and controllers; does no measuring, parsing or arithmetic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ColdStartPlot* coldStartPlot() const
    {
        return m_coldStart;
    }
    DistributionPlot* distributionPlot() const
    {
        return m_distribution;
    }
    ExperimentController* controller() const
    {
        return m_controller;
    }
    RunnersPage* runnersPage() const
    {
        return m_runners;
    }
    FiguresPage* figuresPage() const
    {
        return m_figures;
    }

public Q_SLOTS:
    /// Reads and checks the spec off the GUI thread, then runs it into `outDir` (or a new folder
    /// under the data location). Waits for runner discovery if it has not finished yet.
    void startExperiment(const QString& specPath, const QString& outDir = {});
    void runDemo();
    void openResults(const QString& dir);
    void cancelExperiment();
    /// Writes coldstart.{pdf,png} and ecdf.{pdf,png} of what is shown; returns the files written.
    QStringList exportFigures(const QString& dir);

Q_SIGNALS:
    void installationReady();
    void experimentFinished(const rb::ExperimentSummary& summary);
    void resultsShown(const QString& dir);
    void problem(const QString& message);

private:
    void createActions();
    void createDocks();
    void discoverInstallation();
    void onStarted(const QString& dir, int total, const QList<rb::RunSpec>& configurations);
    void onProgress(int position, int total, const QString& runId, double etaSeconds);
    void onFinished(const rb::ExperimentSummary& summary);
    void showResults(const ResultSet& results);
    void log(const QString& message);
    void updateActions();

    ExperimentController* m_controller;
    ColdStartPlot* m_coldStart;
    DistributionPlot* m_distribution;
    LivePlotController* m_live;
    RunnersPage* m_runners;
    FiguresPage* m_figures;
    QPlainTextEdit* m_log;
    QLabel* m_status;
    QLabel* m_dropped;
    QProgressBar* m_progress;
    QAction* m_runDemo = nullptr;
    QAction* m_runSpec = nullptr;
    QAction* m_open = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_export = nullptr;
    std::shared_ptr<const Installation> m_installation;
    std::optional<std::pair<QString, QString>> m_pendingStart;
    QString m_currentDir;
};

} // namespace rb::ui

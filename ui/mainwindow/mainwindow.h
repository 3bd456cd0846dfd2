// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"
#include "runner/installation.h"

#include <QMainWindow>
#include <QThreadPool>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace rb::ui {

class ColdStartPlot;
class DesignerPage;
class DistributionPlot;
class ExportPage;
class FiguresPage;
class LivePlotController;
class ResultsPage;
class RunnersPage;
class RunPage;
class Workspace;

/// Composes pages, actions and controllers; does no measuring, parsing or arithmetic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ColdStartPlot* coldStartPlot() const;
    DistributionPlot* distributionPlot() const;
    ExperimentController* controller() const
    {
        return m_controller;
    }
    RunnersPage* runnersPage() const
    {
        return m_runners;
    }
    DesignerPage* designerPage() const
    {
        return m_designer;
    }
    FiguresPage* figuresPage() const;
    ExportPage* exportPage() const
    {
        return m_exportPage;
    }
    RunPage* runPage() const
    {
        return m_run;
    }
    ResultsPage* resultsPage() const
    {
        return m_results;
    }
    Workspace* workspace() const
    {
        return m_workspace;
    }
    /// Shows `page` (one of the pages in the side bar).
    void showPage(QWidget* page);
    /// Shows the page named `key` (its class name without "Page", lower case: runtimes, design, run, results,
    /// compare, export, scaleout); false when there is none.
    bool showPage(const QString& key);
    /// The keys of the pages, in side-bar order.
    QStringList pageKeys() const;

public Q_SLOTS:
    /// Reads and checks the spec off the GUI thread, then runs it into `outDir` (or a new folder
    /// under the data location). Waits for runner discovery if it has not finished yet.
    void startExperiment(const QString& specPath, const QString& outDir = {});
    void runDemo();
    /// Shows the Settings dialog; applies and saves what was changed (runtimes are probed again when their
    /// folders changed).
    void editSettings();
    /// Opens `dir` (a results folder, another tool's file or folder, number files) in place of what is shown.
    void openResults(const QString& dir);
    /// Opens `path` beside the sets already open (to compare last month's folder with today's).
    void addResults(const QString& path);
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
    void createExperimentActions(QMenu* menu);
    void createFileActions(QMenu* menu);
    void createHelpMenu();
    void createPages();
    /// Adds `page` to the side bar under `title`; Ctrl+<position> shows it.
    void addPage(QWidget* page, const QString& title, const QString& toolTip);
    void discoverInstallation();
    void onStarted(const QString& dir, int total, const QList<rb::RunSpec>& configurations);
    void onProgress(int position, int total, const QString& runId, double etaSeconds);
    void onFinished(const rb::ExperimentSummary& summary);
    void showResults();
    void log(const QString& message);
    void updateActions();

    ExperimentController* m_controller;
    Workspace* m_workspace;
    RunPage* m_run;
    ResultsPage* m_results;
    RunnersPage* m_runners;
    DesignerPage* m_designer;
    ExportPage* m_exportPage;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_status;
    QLabel* m_dropped;
    QProgressBar* m_progress;
    QAction* m_runDemo = nullptr;
    QAction* m_runSpec = nullptr;
    QAction* m_open = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_recentMenu = nullptr;
    std::shared_ptr<const Installation> m_installation;
    std::optional<std::pair<QString, QString>> m_pendingStart;
    QString m_currentDir;
    QThreadPool m_discoveryPool; ///< runtime discovery only; last member: destroyed (and waited for) first
};

} // namespace rb::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "dialogs/settingsdialog.h"
#include "io/anyresults.h"
#include "pages/designerpage.h"
#include "pages/exportpage.h"
#include "pages/figurespage.h"
#include "pages/resultspage.h"
#include "pages/runnerspage.h"
#include "pages/runpage.h"
#include "plot/coldstartplot.h"
#include "plot/distributionplot.h"
#include "plot/liveplotcontroller.h"
#include "runner/paths.h"
#include "support/background.h"
#include "workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

struct CheckedSpec
{
    std::optional<ExperimentSpec> spec;
    QString error;
};

QString defaultResultsDir(const QString& name)
{
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/results/");
    return base + name + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new ExperimentController(this))
    , m_workspace(new Workspace(this))
    , m_run(new RunPage(m_controller, this))
    , m_results(new ResultsPage(m_workspace, this))
    , m_runners(new RunnersPage(this))
    , m_designer(new DesignerPage(this))
    , m_exportPage(new ExportPage(m_workspace, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Runbench"));
    createPages();
    createActions();
    m_progress->setMinimumWidth(200);
    m_progress->setMaximumWidth(300);
    m_progress->setFormat(tr("%v / %m runs"));
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_dropped);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_controller, &ExperimentController::started, this, &MainWindow::onStarted);
    connect(m_controller, &ExperimentController::progress, this, &MainWindow::onProgress);
    connect(m_controller, &ExperimentController::finished, this, &MainWindow::onFinished);
    connect(this, &MainWindow::problem, this, &MainWindow::log);
    connect(m_designer, &DesignerPage::runRequested, this, [this](const QString& spec) { startExperiment(spec); });
    connect(m_runners, &RunnersPage::rediscoverRequested, this, &MainWindow::discoverInstallation);
    connect(m_workspace, &Workspace::changed, this, &MainWindow::showResults);
    connect(m_workspace, &Workspace::opened, this, [this](const QString& path, const QStringList& warnings) {
        for (const QString& w : warnings) {
            log(w);
        }
        Q_EMIT resultsShown(path);
    });
    connect(m_workspace, &Workspace::failed, this,
        [this](const QString&, const QString& message) { Q_EMIT problem(message); });
    const AppSettings settings = AppSettings::load();
    applySearchPaths(settings);
    applyTheme(settings.theme);
    m_run->liveController()->setInterval(1000 / settings.plotRefreshHz);
    m_status->setText(tr("Looking for runtimes…"));
    discoverInstallation();
    updateActions();
}

MainWindow::~MainWindow() = default;

ColdStartPlot* MainWindow::coldStartPlot() const
{
    return m_run->coldStartPlot();
}

DistributionPlot* MainWindow::distributionPlot() const
{
    return m_run->distributionPlot();
}

FiguresPage* MainWindow::figuresPage() const
{
    return m_exportPage->figures();
}

void MainWindow::discoverInstallation()
{
    runInBackground<std::shared_ptr<Installation>>(
        this, [] { return Installation::discover(); },
        [this](std::shared_ptr<Installation> inst) {
            m_installation = inst;
            m_runners->setInstallation(inst);
            m_designer->setInstallation(inst);
            int available = 0;
            for (const RunnerEntry& e : inst->registry.entries()) {
                available += e.probe.available;
            }
            m_status->setText(tr("%1 of %2 runtimes available").arg(available).arg(inst->registry.entries().size()));
            for (const QString& p : inst->problems) {
                log(p);
            }
            updateActions();
            Q_EMIT installationReady();
            if (m_pendingStart) {
                const auto [spec, out] = *m_pendingStart;
                m_pendingStart.reset();
                startExperiment(spec, out);
            }
        },
        // Probing maps over the runners on the global pool (blockingMap): run it from a thread of its own, or two
        // discoveries at once (a second window, a re-probe) take every global thread and wait for each other.
        &m_discoveryPool);
}

void MainWindow::editSettings()
{
    const AppSettings before = AppSettings::load();
    SettingsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const AppSettings after = dialog.settings();
    after.save();
    applyTheme(after.theme);
    m_run->liveController()->setInterval(1000 / after.plotRefreshHz);
    if (after.searchPaths != before.searchPaths) {
        applySearchPaths(after);
        if (m_controller->isRunning()) {
            log(tr("The new runtime folders are used once this experiment ends and Runbench starts again."));
        } else {
            m_installation.reset();
            updateActions();
            m_status->setText(tr("Looking for runtimes…"));
            discoverInstallation();
        }
    }
}

void MainWindow::runDemo()
{
    startExperiment(paths::dataDir() + QStringLiteral("/experiments/demo.json"));
}

void MainWindow::startExperiment(const QString& specPath, const QString& outDir)
{
    if (!m_installation) {
        m_pendingStart = { specPath, outDir };
        return;
    }
    if (m_controller->isRunning()) {
        Q_EMIT problem(tr("An experiment is already running."));
        return;
    }
    auto inst = m_installation;
    runInBackground<CheckedSpec>(
        this,
        [specPath, inst] {
            SpecParseResult r = readExperimentSpec(specPath);
            if (r.spec) {
                const QString invalid = inst->validate(*r.spec, specPath);
                if (!invalid.isEmpty()) {
                    return CheckedSpec { std::nullopt, invalid };
                }
            }
            return CheckedSpec { r.spec, r.error };
        },
        [this, outDir, inst](const CheckedSpec& checked) {
            if (!checked.spec) {
                Q_EMIT problem(checked.error);
                m_status->setText(tr("The experiment was not started: see the log."));
                return;
            }
            const QString dir = outDir.isEmpty() ? defaultResultsDir(checked.spec->name) : outDir;
            m_controller->start(*checked.spec, dir, inst);
            updateActions();
        });
}

void MainWindow::onStarted(const QString& dir, int total, const QList<RunSpec>&)
{
    m_currentDir = dir;
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->show();
    showPage(m_run);
    updateActions();
}

void MainWindow::onProgress(int position, int total, const QString& runId, double etaSeconds)
{
    m_progress->setValue(position);
    m_status->setText(RunPage::progressText(position, total, runId, etaSeconds));
    const std::size_t dropped = m_run->liveController()->dropped();
    m_dropped->setText(dropped ? tr("%n live point(s) dropped", nullptr, int(dropped)) : QString());
}

void MainWindow::onFinished(const ExperimentSummary& summary)
{
    m_progress->hide();
    updateActions();
    if (summary.status == QLatin1String("error")) {
        m_status->setText(tr("The experiment could not run: %1").arg(summary.error));
        Q_EMIT experimentFinished(summary);
        return;
    }
    m_status->setText(tr("%1: %2 runs recorded, %3 failed, %4 skipped")
                          .arg(summary.status)
                          .arg(summary.finished)
                          .arg(summary.failed)
                          .arg(summary.skipped));
    log(tr("Results in %1").arg(m_currentDir));
    Q_EMIT experimentFinished(summary);
    openResults(m_currentDir);
}

void MainWindow::openResults(const QString& dir)
{
    m_workspace->open(dir, true);
}

void MainWindow::addResults(const QString& path)
{
    m_workspace->open(path, false);
}

void MainWindow::showResults()
{
    const auto current = m_workspace->current();
    const ResultSet empty;
    const ResultSet& results = current ? *current : empty;
    m_currentDir = results.dir;
    m_run->showResults(results);
    const QString name =
        results.experiment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("name")).toString();
    setWindowTitle(name.isEmpty() ? tr("Runbench") : tr("Runbench — %1").arg(name));
    updateActions();
}

void MainWindow::cancelExperiment()
{
    if (m_controller->isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_controller->cancel();
    }
}

QStringList MainWindow::exportFigures(const QString& dir)
{
    QDir().mkpath(dir);
    QStringList written;
    const auto save = [&](QCustomPlot* plot, const QString& base) {
        const QString pdf = dir + QLatin1Char('/') + base + QStringLiteral(".pdf");
        const QString png = dir + QLatin1Char('/') + base + QStringLiteral(".png");
        // The PDF is sized for a paper column: two legend columns so that long labels are not cut.
        const int wrap = plot->legend->wrap();
        const auto relayout = [plot](int columns) {
            plot->legend->setWrap(columns);
            plot->legend->setFillOrder(plot->legend->fillOrder(), true); // re-place the existing items
        };
        relayout(2);
        if (plot->savePdf(pdf, 800, 600, QCP::epNoCosmetic)) {
            written << pdf;
        }
        relayout(wrap);
        if (plot->savePng(png, 1200, 750, 1.0)) {
            written << png;
        }
    };
    save(coldStartPlot()->plot(), QStringLiteral("coldstart"));
    save(distributionPlot()->plot(), QStringLiteral("ecdf"));
    log(tr("Figures written: %1").arg(written.join(QStringLiteral(", "))));
    return written;
}

void MainWindow::log(const QString& message)
{
    m_run->log(message);
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool ready = m_installation != nullptr;
    m_runDemo->setEnabled(ready && !running);
    m_runSpec->setEnabled(ready && !running);
    m_cancel->setEnabled(running);
    m_open->setEnabled(!running);
    m_export->setEnabled(!running && !m_currentDir.isEmpty());
}

} // namespace rb::ui

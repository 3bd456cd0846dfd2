// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "io/anyresults.h"
#include "pages/figurespage.h"
#include "pages/runnerspage.h"
#include "plot/coldstartplot.h"
#include "plot/distributionplot.h"
#include "plot/liveplotcontroller.h"
#include "runner/paths.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
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

// Runs `work` on the global pool and `done` with its result on the GUI thread.
template <typename T, typename Work, typename Done> void runInBackground(QObject* owner, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(work));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new ExperimentController(this))
    , m_coldStart(new ColdStartPlot(this))
    , m_distribution(new DistributionPlot(this))
    , m_live(new LivePlotController(m_controller, m_coldStart, this))
    , m_runners(new RunnersPage(this))
    , m_figures(new FiguresPage(this))
    , m_log(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Runbench"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_coldStart);
    split->addWidget(m_distribution);
    split->setChildrenCollapsible(false);
    // Equal shares: each plot carries its own legend below the axes, and the distribution's y label
    // needs the height to stay readable.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);
    createActions();
    createDocks();
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
    connect(m_controller, &ExperimentController::logMessage, this, &MainWindow::log);
    connect(this, &MainWindow::problem, this, &MainWindow::log);
    m_status->setText(tr("Looking for runtimes…"));
    discoverInstallation();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QToolBar* tb = addToolBar(tr("Experiment"));
    tb->setObjectName(QStringLiteral("experimentToolbar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* exp = menuBar()->addMenu(tr("&Experiment"));
    m_runDemo = exp->addAction(tr("Run &demo"), this, &MainWindow::runDemo);
    m_runDemo->setShortcut(Qt::CTRL | Qt::Key_D);
    m_runDemo->setToolTip(
        tr("Cold start of hello and cpu-hash on native and Node's WASI (resources/experiments/demo.json)"));
    m_runSpec = exp->addAction(tr("&Run experiment…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Run experiment"),
            paths::dataDir() + QStringLiteral("/experiments"), tr("Experiment specs (*.json)"));
        if (!f.isEmpty()) {
            startExperiment(f);
        }
    });
    m_runSpec->setShortcut(Qt::CTRL | Qt::Key_R);
    m_cancel = exp->addAction(tr("&Cancel"), this, &MainWindow::cancelExperiment);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Kill the running process tree and stop; finished runs are kept"));
    m_open = file->addAction(tr("&Open results…"), this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Open results folder"));
        if (!d.isEmpty()) {
            openResults(d);
        }
    });
    m_open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Import other tool's results…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import a file another tool wrote (docs/import.md)"));
        if (!f.isEmpty()) {
            openResults(f);
        }
    });
    m_export = file->addAction(tr("&Export figures…"), this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Export figures to"));
        if (!d.isEmpty()) {
            exportFigures(d);
        }
    });
    m_export->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    tb->addAction(m_runDemo);
    tb->addAction(m_runSpec);
    tb->addAction(m_cancel);
    tb->addSeparator();
    tb->addAction(m_open);
    tb->addAction(m_export);
}

void MainWindow::createDocks()
{
    auto* runners = new QDockWidget(tr("Runtimes"), this);
    runners->setObjectName(QStringLiteral("runtimesDock"));
    runners->setWidget(m_runners);
    addDockWidget(Qt::LeftDockWidgetArea, runners);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::LeftDockWidgetArea, logDock);
    auto* figures = new QDockWidget(tr("Figures"), this);
    figures->setObjectName(QStringLiteral("figuresDock"));
    figures->setWidget(m_figures);
    tabifyDockWidget(logDock, figures); // every figure kind of the folder, as `runbench-cli figure` draws it
    logDock->raise();
    resizeDocks({ runners, logDock }, { 470, 470 }, Qt::Horizontal);
    resizeDocks({ runners, logDock }, { 300, 500 }, Qt::Vertical);
}

void MainWindow::discoverInstallation()
{
    runInBackground<std::shared_ptr<Installation>>(
        this, [] { return Installation::discover(); },
        [this](std::shared_ptr<Installation> inst) {
            m_installation = inst;
            m_runners->setInstallation(inst);
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
        });
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

void MainWindow::onStarted(const QString& dir, int total, const QList<RunSpec>& configurations)
{
    m_currentDir = dir;
    m_coldStart->setConfigurations(configurations);
    m_distribution->setResults(ResultSet {});
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->show();
    m_live->start();
    log(tr("Started: %1 runs, writing %2").arg(total).arg(dir));
    updateActions();
}

void MainWindow::onProgress(int position, int total, const QString& runId, double etaSeconds)
{
    m_progress->setValue(position);
    const qint64 eta = qint64(etaSeconds + 0.5);
    m_status->setText(etaSeconds < 0 ? tr("Run %1 of %2: %3").arg(position + 1).arg(total).arg(runId)
                                     : tr("Run %1 of %2: %3 (about %4:%5 left)")
                                           .arg(position + 1)
                                           .arg(total)
                                           .arg(runId)
                                           .arg(eta / 60)
                                           .arg(eta % 60, 2, 10, QLatin1Char('0')));
    const std::size_t dropped = m_live->dropped();
    m_dropped->setText(dropped ? tr("%n live point(s) dropped", nullptr, int(dropped)) : QString());
}

void MainWindow::onFinished(const ExperimentSummary& summary)
{
    m_live->stop();
    m_progress->hide();
    updateActions();
    if (summary.status == QLatin1String("error")) {
        m_status->setText(tr("The experiment could not run: %1").arg(summary.error));
        log(summary.error);
        Q_EMIT experimentFinished(summary);
        return;
    }
    m_status->setText(tr("%1: %2 runs recorded, %3 failed, %4 skipped")
                          .arg(summary.status)
                          .arg(summary.finished)
                          .arg(summary.failed)
                          .arg(summary.skipped));
    for (auto it = summary.reasons.begin(); it != summary.reasons.end(); ++it) {
        log(tr("%1 × %2").arg(it.value()).arg(it.key()));
    }
    log(tr("Results in %1").arg(m_currentDir));
    Q_EMIT experimentFinished(summary);
    openResults(m_currentDir);
}

void MainWindow::openResults(const QString& dir)
{
    using Loaded = std::pair<std::optional<ResultSet>, QString>;
    runInBackground<Loaded>(
        this,
        [dir] {
            QString err;
            QStringList notes;
            auto rs = loadAnyResults(dir, &err, &notes);
            if (rs) {
                rs->warnings = notes; // shown in the log below
            }
            return Loaded { rs, err };
        },
        [this, dir](const Loaded& loaded) {
            if (!loaded.first) {
                Q_EMIT problem(loaded.second);
                return;
            }
            for (const QString& w : loaded.first->warnings) {
                log(w);
            }
            showResults(*loaded.first);
            Q_EMIT resultsShown(dir);
        });
}

void MainWindow::showResults(const ResultSet& results)
{
    m_currentDir = results.dir;
    m_coldStart->setResults(results);
    m_distribution->setResults(results);
    m_figures->setResults(std::make_shared<const ResultSet>(results));
    setWindowTitle(
        tr("Runbench — %1")
            .arg(results.experiment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("name")).toString()));
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
    save(m_coldStart->plot(), QStringLiteral("coldstart"));
    save(m_distribution->plot(), QStringLiteral("ecdf"));
    log(tr("Figures written: %1").arg(written.join(QStringLiteral(", "))));
    return written;
}

void MainWindow::log(const QString& message)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + message);
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

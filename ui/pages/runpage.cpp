// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpage.h"

#include "model/scenariokinds.h"
#include "plot/coldstartplot.h"
#include "plot/distributionplot.h"
#include "plot/instanceplot.h"
#include "plot/liveplotcontroller.h"
#include "plot/loadliveplots.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui {

RunPage::RunPage(ExperimentController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_coldStart(new ColdStartPlot(this))
    , m_distribution(new DistributionPlot(this))
    , m_load(new LoadLivePlots(this))
    , m_instances(new InstancePlot(this))
    , m_live(new LivePlotController(controller, m_coldStart, m_distribution, m_load, m_instances, this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_current(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
{
    m_current->setText(tr("No experiment running. Start one from the Design page or Experiment → Run demo."));
    m_current->setWordWrap(true);
    m_progress->setFormat(tr("No experiment running"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("Messages of the run: starts, failures with their reason, where results go."));

    m_pause->setToolTip(tr("Stop before the next run; a run in progress (a whole load level) finishes first"));
    m_cancel->setToolTip(tr("Kill the running process tree and stop; finished runs are kept"));
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_pause, &QPushButton::clicked, controller, &ExperimentController::togglePause);
    connect(m_cancel, &QPushButton::clicked, controller, &ExperimentController::cancel);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(buildPlots());
    split->addWidget(m_log);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_pause);
    bar->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(controller, &ExperimentController::stateChanged, this, &RunPage::onStateChanged);
    connect(controller, &ExperimentController::started, this, &RunPage::onStarted);
    connect(controller, &ExperimentController::progress, this, &RunPage::onProgress);
    connect(controller, &ExperimentController::finished, this, &RunPage::onFinished);
    connect(controller, &ExperimentController::logMessage, this, &RunPage::log);
    connect(controller, &ExperimentController::runRecorded, this, &RunPage::onRunRecorded);
}

QWidget* RunPage::buildPlots()
{
    auto* top = new QSplitter(Qt::Horizontal, this);
    m_topRow = top;
    top->addWidget(m_coldStart);
    top->addWidget(m_distribution);
    top->addWidget(m_load->spectrumPlot());
    top->setChildrenCollapsible(false);
    top->setSizes({ 1000, 1000, 1000 }); // equal thirds of whatever width there is
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    m_bottomRow = bottom;
    bottom->addWidget(m_load->ratePlot());
    bottom->addWidget(m_load->resourcePlot());
    bottom->addWidget(m_instances);
    bottom->setChildrenCollapsible(false);
    bottom->setSizes({ 1000, 1000, 1000 });
    // Legends below the top plots grow with the configurations: the rate and resource plots keep room for their
    // axis titles ("CPU (% of one core)") whatever the top row needs.
    bottom->setMinimumHeight(220);
    auto* plots = new QSplitter(Qt::Vertical, this);
    plots->addWidget(top);
    plots->addWidget(bottom);
    plots->setChildrenCollapsible(false);
    return plots;
}

void RunPage::onStateChanged(ExperimentController::State state)
{
    using State = ExperimentController::State;
    m_pause->setEnabled(state == State::Running || state == State::Paused);
    m_cancel->setEnabled(state != State::Idle);
    m_pause->setText(state == State::Paused ? tr("&Resume") : tr("&Pause"));
    if (state == State::Running && m_paused) {
        log(tr("Resumed"));
    }
    m_paused = state == State::Pausing || state == State::Paused;
    if (state == State::Pausing) {
        m_pause->setText(tr("Pausing…"));
        log(tr("Pausing: the run in progress finishes first"));
    } else if (state == State::Paused) {
        m_progress->setValue(m_progress->value() + 1); // the run that was going on is recorded
        m_current->setText(tr("Paused after run %1 of %2 (recorded). Resume starts the next one.")
                               .arg(m_progress->value())
                               .arg(m_progress->maximum()));
        log(tr("Paused before the next run"));
    }
}

void RunPage::showResults(const ResultSet& results)
{
    showPlotsFor(results.configurations());
    m_coldStart->setResults(results);
    m_distribution->setResults(results);
}

void RunPage::log(const QString& message)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + message);
}

void RunPage::showPlotsFor(const QList<RunSpec>& configurations)
{
    // Cold-start plots for kinds whose headline is a cold start, load plots for the kinds that load a server, the
    // instance plot for multi-instance kinds; all without a run.
    bool coldStarts = configurations.isEmpty();
    bool load = configurations.isEmpty();
    for (const RunSpec& c : configurations) {
        const ScenarioKindDef* kind = findScenarioKind(c.scenario.kind);
        coldStarts = coldStarts || (kind && kind->headline == QLatin1String("wall_ms"));
        load = load || (kind && kind->needsServer && kind->instanceMeasure == InstanceMeasure::None);
    }
    const bool instances = configurations.isEmpty() || InstancePlot::wanted(configurations);
    // Kinds none of them streams: the cold-start plots, which the finished folder fills.
    coldStarts = coldStarts || (!load && !instances);
    m_coldStart->setVisible(coldStarts);
    m_distribution->setVisible(coldStarts);
    for (QWidget* plot : { static_cast<QWidget*>(m_load->spectrumPlot()), static_cast<QWidget*>(m_load->ratePlot()),
             static_cast<QWidget*>(m_load->resourcePlot()) }) {
        plot->setVisible(load);
    }
    m_instances->setVisible(instances);
    m_topRow->setVisible(coldStarts || load);
    m_bottomRow->setVisible(load || instances);
}

void RunPage::onStarted(const QString& dir, int total, const QList<RunSpec>& configurations)
{
    showPlotsFor(configurations);
    m_coldStart->setConfigurations(configurations);
    m_distribution->setConfigurations(configurations);
    m_instances->setConfigurations(configurations);
    m_progress->setFormat(tr("%v / %m runs"));
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_current->setText(tr("Starting %n run(s), writing %1", nullptr, total).arg(dir));
    m_live->start();
    log(tr("Started: %1 runs, writing %2").arg(total).arg(dir));
}

QString RunPage::progressText(int position, int total, const QString& runId, double etaSeconds)
{
    const qint64 eta = qint64(etaSeconds + 0.5);
    return etaSeconds < 0 ? tr("Run %1 of %2: %3").arg(position + 1).arg(total).arg(runId)
                          : tr("Run %1 of %2: %3 (about %4:%5 left)")
                                .arg(position + 1)
                                .arg(total)
                                .arg(runId)
                                .arg(eta / 60)
                                .arg(eta % 60, 2, 10, QLatin1Char('0'));
}

void RunPage::onProgress(int position, int total, const QString& runId, double etaSeconds)
{
    m_progress->setValue(position);
    m_current->setText(progressText(position, total, runId, etaSeconds));
}

void RunPage::onRunRecorded(const QString& runId, const QString& metric, double value, bool ok, const QString& error)
{
    if (!ok) {
        log(tr("%1: failed: %2").arg(runId, error));
    } else if (std::isnan(value)) {
        log(tr("%1: ok").arg(runId));
    } else {
        log(tr("%1: ok, %2 = %3").arg(runId, metric).arg(value, 0, 'g', 4));
    }
}

void RunPage::onFinished(const ExperimentSummary& summary)
{
    m_live->stop();
    m_progress->setValue(m_progress->maximum());
    if (summary.status == QLatin1String("error")) {
        m_current->setText(tr("The experiment could not run: %1").arg(summary.error));
        log(summary.error);
        return;
    }
    m_current->setText(tr("%1: %2 runs recorded, %3 failed, %4 skipped")
                           .arg(summary.status)
                           .arg(summary.finished)
                           .arg(summary.failed)
                           .arg(summary.skipped));
    for (auto it = summary.reasons.begin(); it != summary.reasons.end(); ++it) {
        log(tr("%1 × %2").arg(it.value()).arg(it.key()));
    }
}

} // namespace rb::ui

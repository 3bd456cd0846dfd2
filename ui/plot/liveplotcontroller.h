// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rb::ui {

class ColdStartPlot;
class DistributionPlot;
class InstancePlot;
class LoadLivePlots;

/// Drains the engine's live buffers into the plots on a timer (33 ms by default, i.e. at most ~30 redraws a
/// second; settable from 10 to 60 per second), only while an experiment runs: cold starts into the strip and the
/// ECDF, what load scenarios measure into the load plots, what multi-instance scenarios measure per instance into the
/// instance plot. GUI thread.
class LivePlotController : public QObject
{
    Q_OBJECT
public:
    /// `distribution`, `load` and `instances` may be null.
    LivePlotController(ExperimentController* controller, ColdStartPlot* plot, DistributionPlot* distribution = nullptr,
        LoadLivePlots* load = nullptr, InstancePlot* instances = nullptr, QObject* parent = nullptr);
    /// Milliseconds between drains, clamped to 16–100 (60 to 10 updates a second).
    void setInterval(int ms);
    int interval() const
    {
        return m_timer.interval();
    }
    /// Updates per second, clamped to 10–60.
    void setRate(int perSecond);
    bool isActive() const
    {
        return m_timer.isActive();
    }
    /// Values the worker had to drop because a buffer was full (shown in the status bar).
    std::size_t dropped() const;

public Q_SLOTS:
    void start();
    void stop();
    void drain();

private:
    /// Each drains its buffers into its plots and says whether anything was drawn (the axes refit together).
    bool drainLoad(bool rescale);
    bool drainInstances(bool rescale);

    QPointer<ExperimentController> m_controller;
    QPointer<ColdStartPlot> m_plot;
    QPointer<DistributionPlot> m_distribution;
    QPointer<LoadLivePlots> m_load;
    QPointer<InstancePlot> m_instances;
    QTimer m_timer;
    int m_ticks = 0;
    int m_lastRescale = -1; ///< tick of the last axis refit; −1: refit at the next drain
    std::vector<LivePoint> m_scratch;
    std::vector<LiveRate> m_rates;
    std::vector<LiveLatency> m_latency;
    std::vector<LiveResource> m_resources;
    std::vector<LiveInstance> m_instancePoints;
};

} // namespace rb::ui

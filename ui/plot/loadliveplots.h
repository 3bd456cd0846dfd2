// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/livefeed.h"
#include "plottheme.h"

#include <QObject>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QWidget;

namespace rb::ui {

/// The live plots of a running load: the latency percentile spectrum of the current level, requests/s over time
/// (achieved and requested), and the target's CPU and memory on the same time axis (seconds since the
/// experiment started). Three QCustomPlot widgets, placed by the page; fed by LivePlotController. GUI thread.
class LoadLivePlots : public QObject
{
    Q_OBJECT
public:
    /// Creates the three plots as children of `parent`.
    explicit LoadLivePlots(QWidget* parent);

    QCustomPlot* spectrumPlot() const
    {
        return m_spectrum;
    }
    QCustomPlot* ratePlot() const
    {
        return m_rate;
    }
    QCustomPlot* resourcePlot() const
    {
        return m_resources;
    }
    /// Points received since clear(): rate buckets, latency snapshots, resource samples (for tests and the status).
    std::size_t rateCount() const
    {
        return m_rates;
    }
    std::size_t latencyCount() const
    {
        return m_snapshots;
    }
    std::size_t resourceCount() const
    {
        return m_samples;
    }

    void clear();
    /// Adds a batch of 100 ms buckets.
    void addRates(const std::vector<LiveRate>& rates);
    /// Shows the newest snapshot: it replaces the spectrum (the current level's percentiles so far).
    void setLatency(const LiveLatency& latency);
    void addResources(const std::vector<LiveResource>& resources);
    /// Drops points older than the window, rescales when asked and queues a replot of each plot.
    void refresh(bool rescale);

private:
    void setUpSpectrum();
    void setUpRate();
    void setUpResources();

    PlotTheme m_theme;
    QCustomPlot* m_spectrum;
    QCustomPlot* m_rate;
    QCustomPlot* m_resources;
    QCPGraph* m_spectrumGraph = nullptr;
    QCPGraph* m_achieved = nullptr;
    QCPGraph* m_requested = nullptr;
    QCPGraph* m_cpu = nullptr;
    QCPGraph* m_rss = nullptr;
    QCPGraph* m_pss = nullptr;
    double m_latestS = 0;
    int m_lastRateRun = -1; ///< run of the last rate point (a new run starts a new line)
    int m_lastResourceRun = -1;
    std::size_t m_rates = 0;
    std::size_t m_snapshots = 0;
    std::size_t m_samples = 0;
};

} // namespace rb::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/livefeed.h"
#include "plottheme.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <map>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPGraph;

namespace rb::ui {

/// What the multi-instance scenarios measure per instance, live: x the instance number (0-based, as in the run's
/// errors), y its launch → exit in ms (density, cpu-scaling) or its PSS in MiB (memory-scaling; on the right axis
/// when the experiment has both). One line per run, one colour per configuration (warm-ups grey), the legend one
/// entry per configuration; the last kMaxRuns runs are kept. Fed by LivePlotController. GUI thread.
class InstancePlot : public QWidget
{
    Q_OBJECT
public:
    /// Runs drawn at most: older runs' lines are removed, so a long experiment keeps a readable plot.
    static constexpr int kMaxRuns = 40;

    explicit InstancePlot(QWidget* parent = nullptr);

    /// Whether any configuration is of a multi-instance kind (the page shows this plot only then).
    static bool wanted(const QList<RunSpec>& configurations);
    /// Removes every point; legend names and axes for these configurations.
    void setConfigurations(const QList<RunSpec>& configurations);
    void addPoints(const std::vector<LiveInstance>& points);
    /// Refits the axes when asked and queues a replot.
    void refresh(bool rescale);

    /// Points drawn (every run kept).
    int pointCount() const;
    /// The line of run `runIndex` (the plan's index), null when it has no point or was dropped: keys are instance
    /// numbers, values ms or MiB.
    QCPGraph* runGraph(int runIndex) const;
    QCustomPlot* plot() const
    {
        return m_plot;
    }

private:
    QCPGraph* graphFor(const LiveInstance& p);
    QCPAxis* axisFor(InstanceMeasure measure) const;
    void styleGraph(QCPGraph* g, InstanceMeasure measure, int configIndex, bool warmup) const;
    void addLegendEntry(int configIndex, InstanceMeasure measure, bool warmup);
    void dropOldRuns();

    QCustomPlot* m_plot;
    PlotTheme m_theme;
    QStringList m_labels; ///< legend name by configuration index (empty for other kinds)
    QHash<int, int> m_colourSlot; ///< configuration index → palette index
    bool m_hasWall = false;
    bool m_hasPss = false;
    std::map<int, QCPGraph*> m_runs; ///< by run index: oldest first
    QHash<int, QCPGraph*> m_legendEntries; ///< point-less graphs standing for a configuration (−1: warm-ups)
};

/// Legend names of the multi-instance configurations, by configuration index ("" for other kinds): runtime,
/// workload, scenario name and its levels ("native · max_parallel=4"), without the parts they all share (one
/// configuration: its scenario label, "density max_parallel=4").
QStringList instanceConfigurationLabels(const QList<RunSpec>& configurations);

} // namespace rb::ui

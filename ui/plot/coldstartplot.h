// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"
#include "plottheme.h"

#include <QList>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPGraph;

namespace rb::ui {

/// Cold start of every run in execution order (x: run number, y: wall time in ms, log scale):
/// one colour per runtime, one marker per workload; warm-up runs grey, failed runs as red crosses.
/// Fed live from the engine's buffer (addPoints) or from a results folder (setResults).
class ColdStartPlot : public QWidget
{
    Q_OBJECT
public:
    explicit ColdStartPlot(QWidget* parent = nullptr);

    void setConfigurations(const QList<RunSpec>& configurations);
    void addPoints(const std::vector<LivePoint>& points);
    void setResults(const ResultSet& results);
    /// Measured (non-warm-up, successful) points currently plotted.
    int measuredPointCount() const;
    QCustomPlot* plot() const
    {
        return m_plot;
    }

private:
    void rescale();

    QCustomPlot* m_plot;
    PlotTheme m_theme;
    QList<QCPGraph*> m_graphs; ///< by configuration index
    QCPGraph* m_warmup = nullptr;
    QCPGraph* m_failed = nullptr;
};

/// Legend names of the configurations of the live cold-start plots, in their order: "runtime · workload", without
/// the part every cold-start configuration (headline wall_ms) shares — "native", "runc:hostnet" when all run hello —
/// so that the legend fits in columns beside two other plots.
QStringList configurationLabels(const QList<RunSpec>& configurations);

} // namespace rb::ui

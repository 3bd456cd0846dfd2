// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"
#include "plottheme.h"
#include "stats/report.h"

#include <QWidget>
#include <vector>

class QCustomPlot;

namespace rb::ui {

/// Empirical CDF of cold start per configuration (x: wall time in ms, log scale; y: fraction of
/// runs at or below x). Measured, successful runs only; warm-ups and failures are left out.
class DistributionPlot : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionPlot(QWidget* parent = nullptr);
    void setResults(const ResultSet& results);
    /// Starts a live ECDF of these configurations (empty).
    void setConfigurations(const QList<RunSpec>& configurations);
    /// Adds the measured, successful cold starts among `points` and redraws.
    void addPoints(const std::vector<LivePoint>& points);
    QCustomPlot* plot() const
    {
        return m_plot;
    }

private:
    void draw(std::vector<stats::NamedSample> groups);

    QList<RunSpec> m_configurations;
    std::vector<std::vector<double>> m_live; ///< wall_ms by configuration index
    QCustomPlot* m_plot;
    PlotTheme m_theme;
};

} // namespace rb::ui

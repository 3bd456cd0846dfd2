// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exporters/matrix.h"
#include "io/figuredata.h"
#include "plottheme.h"
#include "stats/ecdf.h"

class QCustomPlot;

// One builder per figure kind (docs/export.md, "Figures"), each in its own file: it empties `plot` and draws the
// data with `theme`. The GUI calls them on its widgets and `runbench-cli figure` on an offscreen plot, so a
// figure on screen and in a paper is drawn by the same code. GUI thread (QCustomPlot is a widget).
namespace rb::ui::figure {

/// Empirical CDF per group (x: values, log when they span more than 20×; y: fraction of runs ≤ x).
void drawEcdf(QCustomPlot* plot, const rb::figure::SampleFigure& data, const PlotTheme& theme);
/// drawEcdf() of curves computed (and reduced with stats::reduceEcdf()) off the GUI thread, one per name: with a
/// few thousand steps per curve a redraw stays fast whatever the number of runs.
void drawEcdfCurves(QCustomPlot* plot, const QStringList& names, const std::vector<stats::Ecdf>& curves,
    const QString& valueTitle, const PlotTheme& theme);
/// Horizontal Tukey box per group (first at the top): type-7 quartiles, whiskers to the last value inside 1.5 IQR,
/// points beyond.
void drawBox(QCustomPlot* plot, const rb::figure::SampleFigure& data, const PlotTheme& theme);
/// Horizontal violin per group: Gaussian KDE (Silverman bandwidth) over the data range, with its quartile box inside.
void drawViolin(QCustomPlot* plot, const rb::figure::SampleFigure& data, const PlotTheme& theme);
/// HDR percentile spectrum: x = 1/(1 − p) on a log axis labelled 50 %, 90 %, 99 %, …; y = latency (ms).
void drawSpectrum(QCustomPlot* plot, const std::vector<rb::figure::SpectrumSeries>& data, const PlotTheme& theme);
/// Mean requests/s per concurrency level with its 95 % CI as a band, one line per series.
void drawThroughput(QCustomPlot* plot, const std::vector<rb::figure::LevelSeries>& data, const PlotTheme& theme);
/// p50 (solid) and p99 (dashed) latency against offered or achieved load, one colour per series.
void drawLoadLatency(QCustomPlot* plot, const rb::figure::LoadLatency& data, const PlotTheme& theme);
/// One run's timeline of `series` per configuration (x: seconds since the run's origin).
void drawTimeline(QCustomPlot* plot, const std::vector<rb::figure::TimelineSeries>& data, const QString& series,
    const PlotTheme& theme);

/// Runtime × workload matrix (rows: runtimes, first at the top; columns: workloads): with a baseline, each cell's
/// ratio to the baseline runtime on a log colour scale symmetric around 1 (blue below, red above); without one, the
/// cell's centre on a viridis scale. Every cell is labelled with its number; empty cells show "–".
void drawHeatmap(QCustomPlot* plot, const ResultMatrix& matrix, const PlotTheme& theme);

} // namespace rb::ui::figure

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"
#include "plottheme.h"
#include "stats/report.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QCustomPlot;

// The one mapping from a figure kind to its data and builder (docs/export.md, "Figures"), used by the GUI's
// Figures view and by `runbench-cli figure`.
namespace rb::ui::figure {

/// What to draw: a kind and its options.
struct FigureRequest
{
    QString kind; ///< one of figureKinds()
    QString metric; ///< empty: the kind's default (wall_ms; timeline: cpu_percent)
    QString baseline; ///< heatmap: ratios to this runtime; empty: values
    bool median = false; ///< heatmap: median instead of mean per cell
};

/// ecdf, box, violin, spectrum, throughput, latency-load, timeline, heatmap.
const QStringList& figureKinds();
/// Whether `kind` draws distributions of named groups (ecdf, box, violin): these also take number files.
bool isSampleKind(const QString& kind);
/// The metric `kind` draws when FigureRequest::metric is empty (wall_ms; timeline: cpu_percent); empty when the
/// kind takes no metric (spectrum, throughput, latency-load read latency.csv and requests_per_s).
QString defaultMetric(const QString& kind);
/// Whether `kind` reads FigureRequest::baseline (heatmap).
bool usesBaseline(const QString& kind);

/// A figure ready to draw: `draw` fills a plot with a theme (GUI thread); when the data are missing, `draw` is
/// empty and `error` says what is missing ("DIR has no latency histograms (latency.csv): …").
struct FigurePlan
{
    std::function<void(QCustomPlot*, const PlotTheme&)> draw;
    QString error;
};

/// Extracts what `request` needs from a results folder. Any thread: touches no widget and copies the data.
FigurePlan planFigure(const ResultSet& results, const FigureRequest& request);
/// ecdf, box or violin of named groups (what `stats` reads from its PATH arguments). Any thread.
FigurePlan planSampleFigure(std::vector<stats::NamedSample> groups, const FigureRequest& request);

} // namespace rb::ui::figure

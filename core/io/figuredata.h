// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"
#include "stats/kde.h"
#include "stats/outliers.h"
#include "stats/report.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// What each figure kind draws, extracted from a results folder (docs/export.md, "Figures"). Plain data: the
// figure builders in ui/plot draw it, the GUI and `runbench-cli figure` both fill it through these functions.
// Any thread (pure functions over a loaded ResultSet).
namespace rb::figure {

/// Shortest readable names for a list of "runtime/workload/scenario" group names: the parts that are the same in
/// every name are dropped, the rest joined by " · " (all parts kept when every name is the same). The parts are
/// split at the first and the last '/', so a workload label with slashes (a URL) stays whole.
QStringList shortNames(const QStringList& names);

/// Axis title of a metric with its unit: "wall_ms" → "wall (ms)", "max_rss_kb" → "max_rss (KiB)",
/// "requests_per_s" → "requests (1/s)"; anything else unchanged.
QString metricAxisTitle(const QString& metric);

/// What a box or violin shows of one group, computed off the GUI thread (addShapes()).
struct SampleShape
{
    std::size_t n = 0;
    double lo = 0; ///< smallest value
    double hi = 0;
    stats::TukeyBox box;
    std::optional<stats::DensityCurve> density; ///< violins only; nullopt without spread
};

/// Samples of a distribution figure (ECDF, box, violin): stats' named groups with their short names.
struct SampleFigure
{
    QString valueTitle; ///< axis title of the values, e.g. "wall (ms)"
    std::vector<stats::NamedSample> groups; ///< name = short name
    /// Per group, when addShapes() ran: the box and violin builders then draw from these alone (the groups'
    /// values may have been dropped), so sorting and the KDE never run on the GUI thread.
    std::vector<SampleShape> shapes;
};

/// Fills `data.shapes` (Tukey box, range, n and, with `density`, the Silverman KDE curve of each group). Any
/// thread: O(n log n) per group, plus n × 128 for the density.
void addShapes(SampleFigure& data, bool density);
SampleFigure sampleFigure(std::vector<stats::NamedSample> groups, const QString& metric);

/// One configuration's latency percentile spectrum: every measured, successful run's latency.csv
/// histogram added up. Steps: latencyMs[i] is the latency of every percentile in (fraction[i−1], fraction[i]].
struct SpectrumSeries
{
    QString name;
    std::vector<double> fraction; ///< cumulative fraction of requests, increasing, the last is 1
    std::vector<double> latencyMs;
    qint64 requests = 0;
};
std::vector<SpectrumSeries> latencySpectra(const ResultSet& results);

/// A level series of a throughput sweep: one point per level, x increasing.
struct LevelPoint
{
    double x = 0;
    double y = 0;
    double ciLow = 0; ///< equal to y when there is no CI (fewer than 2 runs)
    double ciHigh = 0;
    int runs = 0;
};
struct LevelSeries
{
    QString name;
    std::vector<LevelPoint> points;
};

/// Mean requests_per_s per closed-loop concurrency level with its 95 % Student-t CI, one series per
/// runtime × workload × scenario (the level removed from the group).
std::vector<LevelSeries> throughputByConcurrency(const ResultSet& results);

/// p50 and p99 latency (ms, from the level's merged histograms) against offered load: the open-loop `rate`
/// levels, or, when the folder has none, the mean achieved requests_per_s of each concurrency level.
struct LoadLatency
{
    bool byRate = true; ///< false: x is the achieved requests/s
    std::vector<LevelSeries> p50;
    std::vector<LevelSeries> p99;
};
LoadLatency latencyByLoad(const ResultSet& results);

/// One run's timeline of a series (timeseries.csv), time in seconds since the run's origin.
struct TimelineSeries
{
    QString name;
    std::vector<double> tS;
    std::vector<double> value;
};
/// The first measured, successful run (lowest repetition) of every configuration that has `series`.
std::vector<TimelineSeries> timelines(const ResultSet& results, const QString& series);
/// Every series name in the folder's timeseries.csv, sorted.
QStringList timelineSeriesNames(const ResultSet& results);

} // namespace rb::figure

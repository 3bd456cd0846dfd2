// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resultfolder.h"
#include "stats/ecdf.h"
#include "stats/report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

// What the Compare page shows for the open result sets (docs/user-guide.md, "Compare page"): their groups of
// one metric, the stats report against a baseline, and why the sets may not be comparable. Pure functions over
// immutable sets: any thread.
namespace rb {

using ResultSets = QList<std::shared_ptr<const ResultSet>>;

/// A short label per set, for group names when several sets are open: the folder's name ("2024-05-01"),
/// numbered when two sets have the same name ("out", "out#2"); "set 1", … when a set has no folder.
QStringList setLabels(const ResultSets& sets);

/// Every metric of the open sets, in first-seen order.
QStringList metricsOfSets(const ResultSets& sets);

/// One group per set × runtime × workload × scenario with values of `metric`. With more than one set, each
/// group's name starts with its set's label and ": " ("today: native/hello/cold-start"); with one, the names are
/// those of `runbench-cli stats`. What was left out is added to `problems`.
std::vector<stats::NamedSample> comparisonSamples(const ResultSets& sets, const QString& metric, QStringList* problems);

/// Plain-language reasons why the sets cannot be compared fairly: a different machine (CPU model, logical CPUs,
/// memory, kernel, OS, architecture, SMT, frequency governor, cgroup version, host name, from experiment.json's
/// "environment"), a different cache policy (spec "cache": cold or warm), or a runtime that ran in another version
/// ("runtimes"/…/"version"), and, for one set too, a merged multi-host set whose hosts' clocks disagree
/// (experiment.json "warnings", `runbench-cli merge`). Facts a set does not record are not compared. Empty: nothing
/// found.
QStringList comparabilityWarnings(const ResultSets& sets);

/// The sets as one, for figures over runs (spectrum, throughput, heatmap), so that last month's folder and today's
/// share one plot: with more than one set, each run's runtime becomes "label: runtime" (as in comparisonSamples())
/// and configuration indexes are offset so that no two sets share one; the experiment description is the last
/// set's. One set: that set itself (no copy); none: null. Copies every run of several sets: a worker thread's job.
std::shared_ptr<const ResultSet> combinedSet(const ResultSets& sets);

/// Everything the Compare page shows for one metric and baseline, computed together on a worker thread.
struct Comparison
{
    QString metric;
    QString baseline; ///< a group name, or empty: no baseline (every pair)
    QString baselineRuntime; ///< the baseline group's runtime (for the heatmap's ratios), or empty
    std::vector<stats::NamedSample> samples;
    std::vector<stats::Ecdf> ecdfs; ///< per sample, reduced to at most kEcdfSteps-ish steps for drawing
    stats::Report report;
    QStringList warnings; ///< comparabilityWarnings()
    QStringList problems; ///< what was left out
    quint64 generation = 0; ///< the request that asked for it (ComparisonController drops stale ones)
};

/// Steps per ECDF curve kept for drawing (reduceEcdf()): enough for a 4K-wide plot, few enough to redraw fast.
inline constexpr std::size_t kEcdfSteps = 2000;

/// The ECDF of each sample reduced to kEcdfSteps for drawing. O(n log n) per sample: any thread but the GUI's.
std::vector<stats::Ecdf> drawableEcdfs(const std::vector<stats::NamedSample>& samples);

/// Builds the comparison (report with `options`, baseline taken from options.baseline when it names a group,
/// else none). Blocking and CPU-heavy: call it from a worker thread.
Comparison buildComparison(const ResultSets& sets, const QString& metric, stats::ReportOptions options);

} // namespace rb

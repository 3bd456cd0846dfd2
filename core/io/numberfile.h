// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resultfolder.h"
#include "stats/report.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace rb {

/// A text file with one number per line. Blank lines and lines starting with '#' are ignored.
struct NumberFile
{
    std::vector<double> values; ///< finite values, in file order
    std::vector<int> lines; ///< the line (1-based) of each value
    QStringList problems; ///< "file:line: found …, expected …" for every line that was skipped, or why nothing
    bool readable = true; ///< false when the file could not be opened
};

/// Reads a number file (C locale: '.' is the decimal separator). Any thread (file I/O).
NumberFile readNumberFile(const QString& path);

/// Reads a number file line by line in bounded memory, giving each finite value and its line (1-based) to
/// `onValue`; lines that are not finite numbers are named in `problems` (the first 1000, then a count). False
/// when the file cannot be opened. The one parser of number files: readNumberFile() uses it.
bool forEachNumber(
    const QString& path, const std::function<void(double value, int line)>& onValue, QStringList* problems);

/// The groups named by the PATH arguments of `runbench-cli stats` and `export`:
/// - a Runbench results folder (experiment.json with "format": "runbench-results"): one group per
///   runtime × workload × scenario, values of `metric` (empty: wall_ms, or the folder's only metric);
/// - a file or folder another tool wrote (docs/import.md): imported in memory, then as a results folder;
/// - another folder: one group per *.txt, *.dat or extension-less file below it (recursively), named by its
///   path relative to the folder without the extension;
/// - a file: one group named by the file's name without its last extension.
struct StatsInput
{
    std::vector<stats::NamedSample> samples; ///< groups with at least one value, in a stable order
    QStringList problems; ///< what was skipped and why
    QString metric; ///< the metric read from results folders and imports (the last one, when they differ)
};
StatsInput loadStatsInput(const QStringList& paths, const QString& metric);

/// One group per runtime × workload × scenario of `rs` with values of `metric` (chooseMetric()), in
/// configuration order; failed runs and configurations without the metric are left out and named in
/// `problems` (prefixed with `source`), as are the set's own warnings. Any thread.
std::vector<stats::NamedSample> resultSamples(
    const ResultSet& rs, const QString& source, const QString& metric, QStringList* problems);
/// "GROUP: N failed run(s) left out", as `problems` of resultSamples() and tables name them (TrComparison).
QString failedRunsLeftOut(const QString& group, int failed);
/// Every metric measured in `rs`, in first-seen order.
QStringList metricsOf(const ResultSet& rs);
/// The metric to read: `asked`, or when none was asked `wall_ms`, or else the one metric `rs` has.
QString chooseMetric(const ResultSet& rs, const QString& asked);

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

/// File names and columns of results folder format v1 (docs/results-format.md).
namespace resultformat {
inline constexpr int kVersion = 1;
inline constexpr auto kExperimentFile = "experiment.json";
inline constexpr auto kRunsFile = "runs.csv";
inline constexpr auto kSamplesFile = "samples.csv";
inline constexpr auto kLogFile = "log.txt";
inline constexpr auto kTimeseriesFile = "timeseries.csv"; ///< run_id, t_ms, series, value
inline constexpr auto kLatencyFile = "latency.csv"; ///< run_id, up_to_us, count
QStringList runsColumns();
QStringList samplesColumns();
QStringList timeseriesColumns();
QStringList latencyColumns();
QStringList runRow(const RunRecord& r);
QStringList sampleRow(const RunRecord& r, const Measurement& m);
QStringList seriesRow(const RunRecord& r, const SeriesPoint& p);
QStringList latencyRow(const RunRecord& r, const LatencyBucket& b);
} // namespace resultformat

/// The contents of a results folder: the experiment description and every committed run.
struct ResultSet
{
    QString dir;
    QJsonObject experiment;
    QList<RunRecord> runs; ///< in the order they ran
    QStringList warnings; ///< what was missing or cut (e.g. a partial last line after a crash)
    QString status() const;
    /// One RunSpec per configuration index (runtime × workload × scenario), ordered by index.
    QList<RunSpec> configurations() const;
};

/// Loads a results folder. A run counts once its row is in runs.csv (written after its samples), so a
/// folder cut short by a crash loads with every run that finished. Any thread (file I/O).
std::optional<ResultSet> loadResultFolder(const QString& dir, QString* error);

} // namespace rb

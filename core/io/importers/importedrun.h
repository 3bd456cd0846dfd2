// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "io/resultfolder.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class QFile;

namespace rb::importing {

/// The suffix that marks a metric as a summary of runs that were not imported (docs/import.md).
inline constexpr auto kMeanSuffix = "_mean";

/// A run of `command` (split on spaces into the workload) run by `tool`, with `params` as factors.
RunRecord makeRun(
    const QString& tool, const QString& format, const QString& command, const QJsonObject& params, int repetition);

/// A new set for one file of `format` written by `tool` (`version` empty when the file does not say).
ResultSet makeSet(const QString& path, const QString& format, const QString& tool, const QString& version);

/// Starts another source entry in `set` (a folder importer reading several files): later runs are its.
void addSource(ResultSet& set, const QString& path, const QString& format, const QString& tool, const QString& version);

/// Appends `run` to `set`, recording the line it came from (0 when unknown) in the file's source entry.
void addRun(ResultSet& set, RunRecord run, int line);

/// addRun(), unless `set` already has a run with the same id (the same command twice in one file): then false,
/// with `error` at `line` of `path` naming the line of the first.
bool addUniqueRun(ResultSet& set, RunRecord run, int line, const QString& path, ImportError* error);

/// False with `error` when two runs of `set` have the same id (the same benchmark, round or run number twice in
/// one file): at the line of the later one, naming the id. Importers whose files can repeat a record call it last.
bool checkUniqueRunIds(const ResultSet& set, const QString& path, ImportError* error);

/// Opens `f` (made with the file's path) for reading; false with `error` ("FILE: cannot read: why") otherwise.
bool openForReading(QFile& f, ImportError* error);

/// The lines of a text file whose tool ends every line with a newline (hey, rewrk, perf…), without the empty
/// piece after the last newline. A file that does not end with one was cut, maybe inside a number: nullopt with
/// `error` at its last line. An empty file gives no lines.
std::optional<QList<QByteArray>> readCompleteLines(const QString& path, ImportError* error);

/// Seconds, milliseconds, microseconds or nanoseconds ("s", "ms", "µs", "us", "ns") to milliseconds; 0 for an
/// unknown unit.
double msPerUnit(const QString& unit);

/// A factor value as written (hyperfine writes parameters as text): a number when it reads as one.
QJsonValue factorValue(const QString& text);

/// Adds `key` (e.g. "errors", "thresholds": details a tool gives per run that are not numbers) to the file's source
/// entry in experiment.json.
void setSourceDetail(ResultSet& set, const QString& key, const QJsonValue& value);

/// A value in a unit another tool chose: times ("ns", "us", "µs", "ms", "s", also per iteration as "ns/iter")
/// become `time_ms` in ms; anything else keeps its unit under `value_<unit>` ("tasks/s" → `value_tasks_per_s`,
/// "kB" → `value_kb`, "" → `value`), so values in different units never share a metric.
struct UnitMetric
{
    QString metric;
    double scale = 1; ///< multiply the value by this
    QString unit; ///< the unit of the scaled value
};
UnitMetric unitMetric(const QString& unit);

} // namespace rb::importing

// SPDX-License-Identifier: GPL-3.0-or-later
// `runbench-cli merge`: per-host results folders of one multi-host experiment into one set (docs/multi-host.md).
#pragma once

#include "resultfolder.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

/// The merged set (runs in plan order; experiment.json with "hosts" and "warnings"), or the reason the folders
/// cannot be merged (bad input: a different experiment, the same host twice, the same run from two folders).
struct MergedResults
{
    std::optional<ResultSet> set;
    QString error;
    QStringList warnings; ///< also in set->experiment["warnings"]
};

/// Combines results folders of the same spec and seed written by `run --host-id … --role …` on several hosts.
/// A run split between a SUT folder and a load generator folder (the same run id) becomes one run: the SUT's
/// measurements (cold start, resources) plus the load generator's (latency, throughput) and both parts' series;
/// latency histograms are added bucket-wise and the latency percentiles recomputed from the merged histogram.
/// Hosts' clocks are compared (clockDisagreement) and each split run's two start times checked against its
/// duration. Pure function: any thread.
MergedResults mergeHostResults(const QList<ResultSet>& parts);

/// Why two hosts' wall clocks may disagree by more than `toleranceUs`, from their fingerprints' "clock" objects
/// (core/engine/clockstatus.h): one is not NTP-synchronised, or |offset| + max error of both exceeds the
/// tolerance. Empty when they agree.
QString clockDisagreement(const QJsonObject& a, const QString& aName, const QJsonObject& b, const QString& bName,
    double toleranceUs = 10000.0);

/// Prefix of every clock warning of a merged experiment.json ("hosts' clocks disagree: …"); comparison.cpp and
/// `stats` show those warnings.
inline constexpr auto kClockWarningPrefix = "hosts' clocks disagree";

/// The clock warnings recorded in a set's experiment.json "warnings" (a merged set's), empty otherwise.
QStringList clockWarnings(const QJsonObject& experiment);

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/report.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace rb {

/// A text file with one number per line. Blank lines and lines starting with '#' are ignored.
struct NumberFile
{
    std::vector<double> values; ///< finite values, in file order
    QStringList problems; ///< "file:line: found …, expected …" for every line that was skipped, or why nothing
    bool readable = true; ///< false when the file could not be opened
};

/// Reads a number file (C locale: '.' is the decimal separator). Any thread (file I/O).
NumberFile readNumberFile(const QString& path);

/// The groups named by the PATH arguments of `runbench-cli stats`:
/// - a Runbench results folder (experiment.json with "format": "runbench-results"): one group per
///   runtime × workload × scenario, values of `metric`;
/// - another folder: one group per *.txt, *.dat or extension-less file below it (recursively), named by its
///   path relative to the folder without the extension;
/// - a file: one group named by the file's name without its last extension.
struct StatsInput
{
    std::vector<stats::NamedSample> samples; ///< groups with at least one value, in a stable order
    QStringList problems; ///< what was skipped and why
};
StatsInput loadStatsInput(const QStringList& paths, const QString& metric);

} // namespace rb

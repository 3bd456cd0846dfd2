// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/groups.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rb {

/// The runtime × workload table of a results folder (`runbench-cli export --table matrix`, docs/export.md):
/// one row per workload, one column per runtime, each cell the centre (mean or median) of one metric over
/// that configuration's successful measured runs, and with a baseline runtime the ratio of the cell to the
/// baseline's cell in the same row. The exporters (LaTeX, Markdown, CSV, JSON) and the heatmap figure all
/// draw from this struct. A plain value: copy it across threads freely.
struct ResultMatrix
{
    enum class Center
    {
        Mean,
        Median
    };
    QStringList rows; ///< workload labels (from the runs' `workload` field), in first-appearance order; when the
                      ///< groups span more than one scenario, "workload (scenario)"
    QStringList columns; ///< runtime names (from the runs' `runtime` field), in first-appearance order
    /// values[row][column]: the centre of the cell; nullopt when that configuration has no value of the metric
    std::vector<std::vector<std::optional<double>>> values;
    /// counts[row][column]: how many values the centre is computed from (0 for an empty cell)
    std::vector<std::vector<std::size_t>> counts;
    /// ratios[row][column]: values[row][column] / values[row][baselineColumn]; nullopt without a baseline, when
    /// either cell is empty, or when the baseline's cell is 0. The baseline's own column holds 1.
    std::vector<std::vector<std::optional<double>>> ratios;
    QString baseline; ///< the runtime the ratios refer to; empty: no ratios
    int baselineColumn = -1; ///< index of `baseline` in `columns`; -1 when there is no baseline (or it is absent)
    Center center = Center::Mean;
    QString metric; ///< e.g. "wall_ms"; from data
    QString unit; ///< the metric's unit as recorded ("ms"), empty when unknown
};

struct MatrixOptions
{
    ResultMatrix::Center center = ResultMatrix::Center::Mean;
    QString baseline; ///< a runtime name; empty: no ratios
    QString metric; ///< copied into ResultMatrix::metric
};

/// Builds the matrix of `groups` (stats::groupsFromResults of one results folder and metric). Runtime and
/// workload come from each group's own fields, never from splitting its name. The centre is stats::mean or
/// stats::median. A baseline that is not one of the runtimes leaves baselineColumn at -1 and every ratio
/// nullopt (the caller reports it). Any thread.
ResultMatrix buildMatrix(const QList<stats::Group>& groups, const MatrixOptions& options);

} // namespace rb

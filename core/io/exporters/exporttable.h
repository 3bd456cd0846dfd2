// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/report.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rb {

/// What the summary tables of `runbench-cli export` show (docs/export.md).
struct ExportOptions
{
    enum class Center
    {
        Median, ///< median with its distribution-free 95 % CI (two columns: low, high)
        Mean ///< mean ± half-width of its Student 95 % CI
    };
    enum class Correction
    {
        Holm,
        BenjaminiHochberg
    };
    Center center = Center::Median;
    Correction correction = Correction::Holm;
    QString metric; ///< shown in the default caption; from data
    QString caption; ///< empty: a caption is made from the metric
    QString label; ///< LaTeX \label key; empty: none
};

/// One numeric column of the table.
struct ExportColumn
{
    QString header; ///< plain text (escaped by each exporter)
    QString key; ///< CSV header and JSON key: stable snake_case ASCII (docs/export.md lists them)
    std::vector<std::optional<double>> values; ///< one per row; nullopt: undefined
    int decimals = 0;
    bool highlightBest = false; ///< the lowest value is the best (times, sizes)
    bool showBelowResolution = false; ///< a positive value that rounds to 0 prints as "<0.0001" (p-values)
};

/// The table both exporters render: a name column, numeric columns, significance marks.
struct ExportTable
{
    QString kind = QStringLiteral("summary"); ///< "summary" or "pairwise": the JSON "table" key
    QString nameHeader = QStringLiteral("Group"); ///< header of the name column (LaTeX, Markdown)
    QStringList names; ///< group names, from data
    /// CSV/JSON: the name column split into its parts, one key each (pairwise: "a", "b"); empty: one part,
    /// the name itself, under the key "group".
    QStringList nameKeys;
    QList<QStringList> nameParts; ///< per row, one entry per nameKeys
    QStringList marks; ///< per row: "", "*", "**", "***" (pairwise test vs the baseline)
    std::vector<ExportColumn> columns;
    QString caption; ///< plain text, from data and options
    QString label;
    QString note; ///< what the marks mean (empty without a baseline)
};

/// Builds the table of `report`. With a baseline (the report was built with ReportOptions::baseline) the
/// rows of the other groups carry the adjusted Mann–Whitney p-value and its marks. Any thread.
ExportTable buildExportTable(const stats::Report& report, const QString& baseline, const ExportOptions& options);

/// The index of the best (lowest) value of `column` among its values formatted with its decimals; all
/// rows that tie after formatting are best. Empty when the column has no value.
std::vector<bool> bestRows(const ExportColumn& column);

/// The text of row `row` of `column` (C locale), or an empty string when the value is undefined.
QString formatCell(const ExportColumn& column, std::size_t row);

/// Enough decimals for three significant digits of the smallest non-zero magnitude among `values`, at most 4.
int decimalsFor(const std::vector<std::optional<double>>& values);

/// `v` formatted with `decimals` (C locale).
QString formatNumber(double v, int decimals);

/// Significance marks for an adjusted p-value: *** < 0.001, ** < 0.01, * < 0.05, else "".
QString significanceMarks(double p);

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matrix.h"

#include <QString>

namespace rb {

/// Text around a matrix table: caption (plain text, escaped like data; empty: one is made from the metric) and
/// LaTeX label (empty: none).
struct MatrixText
{
    QString caption;
    QString label;
};

/// The caption used when MatrixText::caption is empty: what the cells and the ratios are.
QString defaultMatrixCaption(const ResultMatrix& m);

/// A LaTeX `table`: booktabs rules, one siunitx `S` column per runtime (plus a ratio column "1.84×" per runtime
/// under a shared header when there is a baseline), the lowest value of each row in bold. Any thread.
QString latexMatrix(const ResultMatrix& m, const MatrixText& text);

/// A GitHub-flavoured Markdown table, one column per runtime; with a baseline each cell reads "12.3 (1.84×)".
QString markdownMatrix(const ResultMatrix& m, const MatrixText& text);

/// Tidy CSV, one row per non-empty cell: workload,runtime,n,mean|median[,ratio], full precision.
QString csvMatrix(const ResultMatrix& m);

/// JSON {"table": "matrix", "metric", "unit", "center", "baseline", "rows", "columns", "values", "counts",
/// "ratios"}: values/counts/ratios are arrays of rows, each an array over the columns; null for an empty cell,
/// "ratios" null without a baseline.
QString jsonMatrix(const ResultMatrix& m);

} // namespace rb

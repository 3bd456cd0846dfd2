// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QString>
#include <QStringList>

namespace rb {

/// One table as `runbench-cli export` writes it and the GUI's Export page previews it (docs/export.md).
struct TableRequest
{
    QStringList paths; ///< what `stats` reads (summary, pairwise); exactly one folder or file (matrix)
    QString table = QStringLiteral("summary"); ///< summary, pairwise or matrix
    QString format = QStringLiteral("latex"); ///< latex, markdown, csv or json
    QString baseline; ///< summary/pairwise: a group; matrix: a runtime; empty: none
    ExportOptions options; ///< center, correction, metric (empty: the default), caption, label
};

struct TableText
{
    QString text; ///< the table; empty with `error` set when nothing could be written
    QString error; ///< why there is no table (bad input: unknown baseline, no values of the metric…)
    QStringList problems; ///< inputs skipped or failed runs left out; the table is still written
    QStringList baselines; ///< what `baseline` may name: the groups (summary, pairwise) or runtimes (matrix)
};

/// The table formats and kinds, in the order the CLI and the GUI list them.
QStringList tableFormats();
QStringList tableKinds();

/// Reads `request.paths`, computes the report or matrix and renders it. File I/O and statistics (bootstrap):
/// call it from a worker thread, not the GUI thread. Any thread.
TableText renderTable(const TableRequest& request);

} // namespace rb

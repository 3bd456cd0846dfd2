// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QString>

namespace rb {

/// Machine-readable forms of an ExportTable (summary or pairwise) for pandas, R or a spreadsheet
/// (docs/export.md). Numbers are written at full precision (the shortest text that reads back as the same
/// double), not rounded to the table's decimals. Any thread.

/// RFC 4180 CSV through csv::line(): a header row of column keys (name keys, then each column's key, then
/// "marks" when the table has a note), one row per table row; an undefined value is an empty field. A cell
/// from data starting with = + - or @ (not a number) is prefixed with ' so that spreadsheets show it as text.
QString csvTable(const ExportTable& table);

/// Facts about the table that the JSON form records next to its rows.
struct TableFacts
{
    QString metric;
    QString baseline; ///< empty: null
    QString center; ///< "median" or "mean"
    QString correction; ///< "holm" or "bh"
};

/// A JSON object: {"table", "metric", "center", "correction", "baseline", "caption", "note", "columns":
/// [{"key", "header", "decimals"}], "rows": [{name keys…, column keys…, "marks"}]}. Numbers are JSON numbers,
/// undefined values null. Indented, UTF-8, ending in a newline.
QString jsonTable(const ExportTable& table, const TableFacts& facts);

/// `v` as the shortest decimal text that reads back as the same double (C locale).
QString fullPrecision(double v);

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QString>

namespace rb {

/// Machine-readable forms of an ExportTable (summary or pairwise) for pandas, R or a spreadsheet
/// (docs/export.md). Numbers are written at full precision (the shortest text that reads back as the same
/// double), not rounded to the table's decimals. Any thread.

/// RFC 4180 CSV through csv::line(): a header row of column keys (name keys, then each column's key, then
/// "marks" when the table has a note), one row per table row; an undefined value is an empty field. Text from
/// data goes through csvText().
QString csvTable(const ExportTable& table);

/// A text cell from data as a CSV export writes it: a value that starts with = + - @, a tab or a carriage
/// return and is not a number gets a leading ' so that a spreadsheet shows it as text instead of running it as
/// a formula (OWASP "CSV injection"). csv::field() alone lets "=1+2" through (it keeps every value whose second
/// character is a digit, for negative numbers).
QString csvText(const QString& text);

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

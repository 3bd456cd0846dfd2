// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <memory>

namespace rb {

/// Which column (CSV header name) or key (JSON, dotted for nested objects) holds what, for the generic importers:
/// `--map value=COL[,group=COL][,runtime=COL][,workload=COL][,factor:NAME=COL…][,unit=U][,metric=NAME][,rows=PATH]`
/// (docs/import.md). Plain value: any thread.
struct ColumnMap
{
    QString value; ///< required: the measured number, one per row
    QString group; ///< the configuration a row belongs to (factor "group")
    QString runtime; ///< default: "generic"
    QString workload; ///< default: the file's name without extension
    QList<QPair<QString, QString>> factors; ///< factor name → column
    QString unit; ///< as the file writes the value; s, ms, us, µs, ns are converted to ms
    QString metric; ///< default "wall_ms" for a time unit; required otherwise
    QString rows; ///< JSON only: dotted path to the array of rows (empty: the document is the array)

    /// Every column the map names, in the order above (for a check against the header).
    QList<QPair<QString, QString>> columns() const;
};

/// Parses the text of `--map`; nullopt with `why` (what was found, what was expected) when it does not read.
std::optional<ColumnMap> parseColumnMap(const QString& text, QString* why);

/// The generic importer `format` ("generic-csv" or "generic-json") reading with `map`; nullptr for another name.
/// Never picked by sniffing. The registry holds both with an empty map, which refuses to import (needs --map).
std::unique_ptr<Importer> makeGenericImporter(const QString& format, const ColumnMap& map);

namespace importing {

/// Builds the runs of a generic file row by row: run ids, repetitions and provenance.
class GenericRows
{
public:
    GenericRows(const QString& path, const QString& format, const ColumnMap& map);
    /// Adds the row whose mapped cells are `cell(role)` (role as in ColumnMap::columns()); `line` 0 when unknown,
    /// `where` names the row in messages ("results[3]"; empty for CSV, whose line says it). False with `error` set when
    /// the value is not a number.
    bool add(const QHash<QString, QString>& cells, int line, const QString& where, ImportError* error);
    /// The set, or nullopt with `error` set when no row was read.
    std::optional<ResultSet> finish(int lastLine, ImportError* error);

private:
    QString m_path;
    QString m_format;
    ColumnMap m_map;
    QString m_metric;
    double m_scale = 1;
    ResultSet m_set;
    QHash<QString, int> m_repetitions;
};

} // namespace importing
} // namespace rb

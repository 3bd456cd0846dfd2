// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resultfolder.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

/// The results at `path`, whatever wrote them: a Runbench results folder is loaded as it is; any other file or
/// folder goes through the importers (docs/import.md) in memory. `notes` receives what was skipped (files no
/// importer reads, bad lines); on failure nullopt and `error` ("file:line: field: message"). Any thread.
std::optional<ResultSet> loadAnyResults(const QString& path, QString* error, QStringList* notes);

/// True when `path` is a folder with a Runbench experiment.json ("format": "runbench-results").
bool isResultsFolder(const QString& path);

} // namespace rb

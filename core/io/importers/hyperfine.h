// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// hyperfine --export-json: raw times per command (docs/import.md).
std::unique_ptr<Importer> makeHyperfineJsonImporter();
/// hyperfine --export-csv: summaries only (seconds).
std::unique_ptr<Importer> makeHyperfineCsvImporter();
/// hyperfine --export-markdown: summaries only (unit from the header).
std::unique_ptr<Importer> makeHyperfineMarkdownImporter();

} // namespace rb

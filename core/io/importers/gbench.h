// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// Google Benchmark `--benchmark_format=json` (or `--benchmark_out=F`): one run per repetition of each benchmark,
/// aggregates as summary metrics (docs/import.md).
std::unique_ptr<Importer> makeGbenchJsonImporter();

} // namespace rb

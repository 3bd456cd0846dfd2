// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// khvedela/rsx207-wasm-bench `*_run.log` and `*_run_all.log` key=value logs (docs/import.md).
std::unique_ptr<Importer> makeRsx207LogImporter();
/// rsx207 HTTP scaling `<TS>_memory.csv`: one resource timeline per (run, concurrency, instance).
std::unique_ptr<Importer> makeRsx207MemoryCsvImporter();
/// rsx207 `cold_start_data.csv`: one run per row, full_cold / runtime_cold as a factor.
std::unique_ptr<Importer> makeRsx207ColdStartCsvImporter();

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// faasm Polybench CSVs: `poly_bench` (2019, benchmark,type,microseconds) and `microbench_runner` (2021+,
/// User,Function,Return value,Execution (us)[,Reset (us)]); one run per row (docs/import.md).
std::unique_ptr<Importer> makePolybenchCsvImporter();

} // namespace rb

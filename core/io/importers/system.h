// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// GNU `/usr/bin/time -v` output, one or more blocks: one run per block (docs/import.md).
std::unique_ptr<Importer> makeTimeVerboseImporter();
/// `perf stat -x,` output (plain, `-r N`, `-I ms`, `--append`): one run per block (docs/import.md).
std::unique_ptr<Importer> makePerfStatCsvImporter();
/// faasm's /tmp/runtime-bench-time.csv (2019): one run per runtime × iterations (docs/import.md).
std::unique_ptr<Importer> makeFaasmTimeCsvImporter();
/// faasm's /tmp/runtime-bench-mem.csv (2019): one run per runtime × workers (docs/import.md).
std::unique_ptr<Importer> makeFaasmMemCsvImporter();

} // namespace rb

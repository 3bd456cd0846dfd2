// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// Criterion.rs `--output-format bencher` lines (`test ID ... bench: MEDIAN ns/iter (+/- SD)`): one summary run
/// per benchmark (docs/import.md).
std::unique_ptr<Importer> makeCriterionBencherImporter();
/// Criterion.rs `target/criterion` folder (a directory): one run per sample of each benchmark, the estimates as
/// summary metrics (docs/import.md).
std::unique_ptr<Importer> makeCriterionDirImporter();

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// bombardier `-o json` (`-p r`): one summary run per file; latencies µs → ms (docs/import.md).
std::unique_ptr<Importer> makeBombardierJsonImporter();

} // namespace rb

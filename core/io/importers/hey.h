// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// hey's text summary (`hey -n N -c C URL`): one summary run per file (docs/import.md).
std::unique_ptr<Importer> makeHeyTextImporter();
/// hey `-o csv`: one run per request that got a response, with its latency and phases (docs/import.md).
std::unique_ptr<Importer> makeHeyCsvImporter();

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// rewrk text output (`rewrk -c -d -h URL [--pct] [--rounds N]`): one summary run per round (docs/import.md).
std::unique_ptr<Importer> makeRewrkTextImporter();
/// rewrk `--json`: one JSON object per line, one summary run per round.
std::unique_ptr<Importer> makeRewrkJsonImporter();

} // namespace rb

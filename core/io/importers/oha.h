// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// oha `--output-format json` (`-j` up to 1.8): one summary run per file (docs/import.md).
std::unique_ptr<Importer> makeOhaJsonImporter();

} // namespace rb

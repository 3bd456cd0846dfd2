// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// wrk text output (`wrk -t -c -d [--latency] URL`): one summary run per file (docs/import.md).
std::unique_ptr<Importer> makeWrkTextImporter();

} // namespace rb

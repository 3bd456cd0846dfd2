// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// wrk2 text output (`wrk -t -c -d -R [--latency] [-U] URL`): one summary run per file with the HdrHistogram
/// spectrum as its latency histogram (docs/import.md).
std::unique_ptr<Importer> makeWrk2TextImporter();

} // namespace rb

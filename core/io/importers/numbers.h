// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace rb {

/// A text file with one number per line (`numbers`): one run per number (docs/import.md).
std::unique_ptr<Importer> makeNumberFileImporter();

/// A folder of such files whose path components name the configuration (`numbers-tree`), e.g. korvoj's
/// `results/<runtime>/<aot|jit>/NN-test.txt`: first folder = runtime, file name = workload, folders between =
/// factors `dir2`, `dir3`, … (docs/import.md).
std::unique_ptr<Importer> makeNumberTreeImporter();

} // namespace rb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>
#include <optional>

namespace rb {

/// runwasi `stress-test` stdout (crates/stress-test): one run per stress test (docs/import.md).
std::unique_ptr<Importer> makeRunwasiStressImporter();
/// runwasi shim memory lines (`Shim|Zygote peak memory usage was: …`, from the containerd journal): one run per
/// process, and per shim run their sum (docs/import.md).
std::unique_ptr<Importer> makeRunwasiMemoryImporter();

namespace importing {

/// A humantime duration as `humantime::format_duration` writes it ("3s 31ms 663us 672ns", "1day 2h 3m", "0s")
/// in ms; nullopt when it does not read.
std::optional<double> humantimeMs(const QString& text);

/// `text` without ANSI escape sequences (colours, cursor moves).
QString stripAnsi(const QString& text);

} // namespace importing
} // namespace rb

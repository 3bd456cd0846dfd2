// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Holm's step-down adjustment (R: p.adjust(p, "holm")). Undefined p-values stay undefined and do not count.
std::vector<std::optional<double>> holm(const std::vector<std::optional<double>>& p);
/// Benjamini–Hochberg step-up adjustment (R: p.adjust(p, "BH")), same handling of undefined values.
std::vector<std::optional<double>> benjaminiHochberg(const std::vector<std::optional<double>>& p);

} // namespace rb::stats

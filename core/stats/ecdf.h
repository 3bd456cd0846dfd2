// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace rb::stats {

/// Empirical CDF as step points: x sorted ascending, y[i] = (i + 1) / n = fraction of values ≤ x[i].
struct Ecdf
{
    std::vector<double> x;
    std::vector<double> y;
};

/// NaN values are skipped. O(n log n).
Ecdf ecdf(std::span<const double> values);

} // namespace rb::stats

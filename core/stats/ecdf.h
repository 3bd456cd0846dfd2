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

/// The steps of `e` that a plot needs: the first and last step, and every step where the fraction has risen by
/// at least 1/`maxSteps` or x has moved by at least 1/`maxSteps` of the range since the last kept step. The
/// drawn curve stays within 1/`maxSteps` of the full one in y (or in x, across a gap), so its shape is kept;
/// at most 3 × `maxSteps` + 2 steps remain. `e` itself when it is that small already. O(n).
Ecdf reduceEcdf(const Ecdf& e, std::size_t maxSteps);

} // namespace rb::stats

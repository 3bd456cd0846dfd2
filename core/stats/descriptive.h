// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace rb::stats {

/// Arithmetic mean; NaN for an empty sample.
double mean(std::span<const double> x);
/// Sample standard deviation (n − 1 denominator); nullopt when n < 2.
std::optional<double> sd(std::span<const double> x);
/// Quantile by linear interpolation between closest ranks (R type 7, numpy's default), p in [0, 1].
/// `sorted` must be sorted ascending and non-empty.
double quantileSorted(std::span<const double> sorted, double p);
/// Median (copies and sorts); NaN for an empty sample.
double median(std::span<const double> x);

} // namespace rb::stats

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Two-sided Mann–Whitney U test with the semantics of scipy.stats.mannwhitneyu(a, b) in SciPy 1.10
/// (defaults: use_continuity=True, alternative='two-sided', method='auto').
struct MannWhitney
{
    double u = 0; ///< U of the first sample: #(a > b) + ½ #(a = b) (scipy's statistic)
    double p = 1;
    bool exact = false; ///< exact null distribution (either n ≤ 8 and no ties) or normal approximation
};

/// `a` and `b` sorted ascending, both non-empty.
MannWhitney mannWhitneySorted(std::span<const double> a, std::span<const double> b);

/// Number of arrangements giving each value u = 0 … m·n of the U statistic of samples of sizes m and n
/// without ties (coefficients of the Gaussian binomial [m+n choose m]_q), computed in O(min(m,n)·m·n).
/// Exact integers up to 2^64; relative rounding beyond.
std::vector<long double> mannWhitneyCounts(std::int64_t m, std::int64_t n);

} // namespace rb::stats

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Mid-ranks of two samples pooled (scipy.stats.rankdata, method "average"), summarised.
struct TwoSampleRanks
{
    double rankSumA = 0; ///< sum of the ranks of the first sample, 1-based
    double tieTerm = 0; ///< Σ (t³ − t) over the tie groups of the pooled sample
    bool ties = false; ///< any value occurs twice in the pooled sample
};

/// Ranks two samples, each sorted ascending, by merging them: O(m + n).
TwoSampleRanks rankSorted(std::span<const double> a, std::span<const double> b);

/// Σ (t³ − t) over the tie groups of one sorted sample.
double tieTermSorted(std::span<const double> sorted);

} // namespace rb::stats

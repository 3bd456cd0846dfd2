// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <span>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// The k-th smallest (0-based) of the m·n pairwise differences a[i] − b[j], without forming them:
/// a randomised selection over the implicitly sorted matrix (in the spirit of Monahan 1984 and
/// Johnson & Mizoguchi 1978). Each round samples candidates, brackets the target between two sampled
/// pivots, and counts the differences below each pivot row by row with two pointers in O(m + n); a
/// round keeps ~10% of the candidates, so the cost is O((m + n) log(mn)) expected, plus the sorts.
/// `a` and `b` sorted ascending and non-empty; deterministic (fixed internal seed).
double pairwiseDifferenceSorted(std::span<const double> a, std::span<const double> b, std::int64_t k);

/// Hodges–Lehmann shift a − b: the median of the m·n differences a[i] − b[j] (the mean of the two middle
/// ones when m·n is even), with the 95% CI of R's wilcox.test(a, b, conf.int = TRUE):
/// - exact (both n < 50 and no value tied in the pooled sample): [d(qu), d(mn − qu + 1)] with
///   qu = qwilcox(α/2, m, n) (1 if 0), d(·) the sorted differences;
/// - otherwise the normal approximation with tie and continuity correction, inverted exactly: the bounds are
///   the differences where the standardised W crosses ∓z(1 − α/2). R finds these with uniroot(tol = 1e-4),
///   so R's bounds lie within ~1e-4 (absolute) of these.
struct HodgesLehmann
{
    double shift = 0;
    std::optional<Interval> ci; ///< nullopt (with `reason`) when every value of both groups is equal
    bool exactCi = false;
    QString reason;
};
HodgesLehmann hodgesLehmannSorted(std::span<const double> a, std::span<const double> b, double level = 0.95);

} // namespace rb::stats

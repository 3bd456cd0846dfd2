// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Number of bootstrap resamples used by the report (bounded: the cost never grows with it beyond O(B)).
inline constexpr int kBootstrapResamples = 10000;

/// Medians of `resamples` bootstrap resamples (n draws with replacement) of a sample, drawn exactly without
/// materialising the resamples: the k-th smallest of n uniform indices is ⌊n·U(k)⌋ with U(k) ~ Beta(k, n−k+1),
/// and U(k+1) = U(k) + (1 − U(k))·Beta(1, n−k) for the upper middle value of an even n. O(resamples) after the
/// sort; the same distribution as resampling and taking the median. `sorted` ascending, non-empty.
std::vector<double> bootstrapMediansSorted(std::span<const double> sorted, int resamples, std::uint64_t seed);

/// Percentile-bootstrap CI of median(a) / median(b) from the bootstrap medians of each group (drawn
/// independently): the type-7 α/2 and 1 − α/2 quantiles of the ratios. nullopt when a median of b is 0.
std::optional<Interval> ratioOfMediansCi(
    std::span<const double> medsA, std::span<const double> medsB, double level = 0.95);

/// Generic seeded percentile bootstrap of any two-sample statistic: `resamples` resamples of both groups,
/// O(resamples · (m + n)); for the statistics that have no faster path. nullopt if a value is not finite.
std::optional<Interval> percentileBootstrapCi(std::span<const double> a, std::span<const double> b,
    const std::function<double(std::span<const double>, std::span<const double>)>& statistic, int resamples,
    std::uint64_t seed, double level = 0.95);

/// Bias-corrected and accelerated (BCa) bootstrap CI of a two-sample statistic, as
/// scipy.stats.bootstrap((a, b), statistic, method='BCa'): z0 = Φ⁻¹(mean of #(θ* < θ̂) and #(θ* ≤ θ̂), over B),
/// acceleration from the leave-one-out jackknife of each sample (SciPy's multi-sample formula), bounds = type-7
/// quantiles of the θ* at Φ(z0 + (z0 + z_α)/(1 − â(z0 + z_α))). The jackknife costs m + n evaluations of the
/// statistic, so this is cheap only for small samples (O((m + n)²) for an O(n) statistic): the report uses the
/// percentile bootstrap. nullopt if a value is not finite or the bounds are degenerate.
std::optional<Interval> bcaBootstrapCi(std::span<const double> a, std::span<const double> b,
    const std::function<double(std::span<const double>, std::span<const double>)>& statistic, int resamples,
    std::uint64_t seed, double level = 0.95);

} // namespace rb::stats

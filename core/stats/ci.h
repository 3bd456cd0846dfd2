// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <utility>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

using Interval = std::pair<double, double>;

/// CI of the mean by Student's t: mean ± t(1 − α/2, n − 1) · sd/√n
/// (scipy.stats.t.interval(1 − α, n − 1, loc=mean, scale=sem)). nullopt when n < 2.
std::optional<Interval> meanCi(std::span<const double> x, double level = 0.95);

/// Distribution-free CI of the p-quantile by binomial order statistics. With B ~ Binomial(n, p),
/// r = the smallest r with P(B ≤ r) ≥ α/2 and s = 1 + the smallest s with P(B ≤ s) ≥ 1 − α/2
/// (R: r <- qbinom(α/2, n, p); s <- qbinom(1 − α/2, n, p) + 1), the interval is [x(r), x(s)] (1-based
/// order statistics), clipped to [x(1), x(n)]; coverage P(r ≤ B < s) ≥ 1 − α unless clipped.
/// `sorted` ascending and non-empty.
Interval quantileCiSorted(std::span<const double> sorted, double p, double level = 0.95);

/// The order-statistic indices (1-based, clipped to [1, n]) used by quantileCiSorted().
std::pair<std::size_t, std::size_t> quantileCiRanks(std::size_t n, double p, double level = 0.95);

/// Fieller's CI of mean(a) / mean(b) for independent samples with unequal variances: with
/// va = sa²/na, vb = sb²/nb, r = ā/b̄, t = t(1 − α/2, ν) and g = t² vb / b̄²,
/// [r ∓ (t/|b̄|) √(va (1 − g) + r² vb)] / (1 − g); ν is the Satterthwaite df of ā − r b̄,
/// (va + r² vb)² / (va²/(na − 1) + r⁴ vb²/(nb − 1)) (as R package mratios, ttestratio(var.equal=FALSE)).
/// nullopt when either n < 2 or g ≥ 1 (b̄ not clearly non-zero: the set is unbounded).
std::optional<Interval> fiellerRatioCi(std::span<const double> a, std::span<const double> b, double level = 0.95);

} // namespace rb::stats

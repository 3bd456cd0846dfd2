// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Bandwidth of a Gaussian kernel density estimate by Silverman's factor as scipy defines it
/// (scipy.stats.gaussian_kde(x, bw_method="silverman")): h = sd · (3n/4)^(−1/5), sd with n − 1.
/// NaN values are skipped. nullopt when fewer than 2 values or sd = 0 (no spread to smooth).
std::optional<double> silvermanBandwidth(std::span<const double> values);

/// Gaussian kernel density estimate of `values` with bandwidth h at each point of `at`:
/// f(x) = 1/(n h √(2π)) Σ exp(−(x − xᵢ)² / (2h²)) (scipy.stats.gaussian_kde(...).evaluate(at)).
std::vector<double> gaussianKde(std::span<const double> values, double h, std::span<const double> at);

/// A density curve for a violin plot: `points` equally spaced x from min to max of the values
/// (the data range, no tails beyond it) and the density there, Silverman bandwidth.
struct DensityCurve
{
    std::vector<double> x;
    std::vector<double> density;
    double bandwidth = 0;
};
/// nullopt when silvermanBandwidth() is (fewer than 2 values, or all equal). `points` ≥ 2.
std::optional<DensityCurve> densityCurve(std::span<const double> values, int points = 128);

} // namespace rb::stats

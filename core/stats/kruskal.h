// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Kruskal–Wallis H with tie correction, as scipy.stats.kruskal(*groups): p from χ²(k − 1).
struct KruskalWallis
{
    std::optional<double> h; ///< nullopt (with `reason`) when fewer than two groups or all values are equal
    int df = 0;
    std::optional<double> p;
    QString reason;
    // What Dunn's test needs:
    std::vector<double> meanRanks; ///< per group, of the pooled mid-ranks
    std::vector<double> sizes;
    double total = 0; ///< N
    double tieTerm = 0; ///< Σ (t³ − t) of the pooled sample
};

/// Groups in any order (each is copied once into the pooled sort). Empty groups are ignored.
KruskalWallis kruskalWallis(const std::vector<std::span<const double>>& groups);

/// Two groups, each sorted ascending and non-empty: O(m + n) (the pairwise Kruskal–Wallis of the report).
KruskalWallis kruskalWallisSorted(std::span<const double> a, std::span<const double> b);

/// Dunn's post-hoc z test of groups i and j after a Kruskal–Wallis test (tie-corrected variance, as
/// scikit-posthocs posthoc_dunn): z = (R̄i − R̄j) / √((N(N+1)/12 − Σ(t³−t)/(12(N−1))) (1/ni + 1/nj)),
/// two-sided p = 2·(1 − Φ(|z|)). nullopt when the variance is 0.
struct Dunn
{
    std::optional<double> z;
    std::optional<double> p;
};
Dunn dunn(const KruskalWallis& kw, std::size_t i, std::size_t j);

} // namespace rb::stats

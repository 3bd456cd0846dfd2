// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootstrap.h"

#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace rb::stats {

namespace {

double betaDraw(std::mt19937_64& rng, double a, double b)
{
    std::gamma_distribution<double> ga(a, 1.0);
    std::gamma_distribution<double> gb(b, 1.0);
    const double x = ga(rng);
    const double y = gb(rng);
    return x / (x + y);
}

std::size_t indexOf(double u, std::size_t n)
{
    return std::min(n - 1, std::size_t(std::floor(u * double(n))));
}

/// Type-7 quantile of v[from, end) by selection (O(size)); v is reordered, and v[from, idx] ≤ v(idx, end) after.
double selectQuantile(std::vector<double>& v, std::size_t from, double p, std::size_t* index)
{
    const double h = (double(v.size()) - 1.0) * p;
    const auto lo = std::max(from, std::size_t(std::floor(h)));
    std::nth_element(v.begin() + std::ptrdiff_t(from), v.begin() + std::ptrdiff_t(lo), v.end());
    *index = lo;
    const double x = v[lo];
    if (lo + 1 >= v.size()) {
        return x;
    }
    const double y = *std::min_element(v.begin() + std::ptrdiff_t(lo) + 1, v.end());
    return x + (h - double(lo)) * (y - x);
}

Interval percentiles(std::vector<double>& v, double level)
{
    const double alpha = 1 - level;
    std::size_t idx = 0;
    const double lo = selectQuantile(v, 0, alpha / 2, &idx);
    // The upper quantile lies at or above the lower one: select in the part nth_element left from there on.
    return { lo, selectQuantile(v, idx, 1 - alpha / 2, &idx) };
}

} // namespace

std::vector<double> bootstrapMediansSorted(std::span<const double> sorted, int resamples, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const std::size_t n = sorted.size();
    std::vector<double> meds(std::size_t(std::max(resamples, 0)));
    const double k = double((n + 1) / 2); // the lower middle order statistic (the middle one when n is odd)
    const double rest = double(n) - k;
    for (double& med : meds) {
        const double uk = betaDraw(rng, k, rest + 1);
        if (n % 2 == 1) {
            med = sorted[indexOf(uk, n)];
            continue;
        }
        // Minimum of the n − k uniforms above U(k): U(k) + (1 − U(k)) · (1 − V^(1/(n−k))).
        const double v = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        const double uk1 = uk + (1 - uk) * (1 - std::pow(v, 1 / rest));
        const double lo = sorted[indexOf(uk, n)];
        med = lo + 0.5 * (sorted[indexOf(uk1, n)] - lo);
    }
    return meds;
}

std::optional<Interval> ratioOfMediansCi(std::span<const double> medsA, std::span<const double> medsB, double level)
{
    const std::size_t b = std::min(medsA.size(), medsB.size());
    if (b == 0) {
        return std::nullopt;
    }
    std::vector<double> ratios(b);
    for (std::size_t i = 0; i < b; ++i) {
        if (medsB[i] == 0) {
            return std::nullopt;
        }
        ratios[i] = medsA[i] / medsB[i];
    }
    return percentiles(ratios, level);
}

std::optional<Interval> percentileBootstrapCi(std::span<const double> a, std::span<const double> b,
    const std::function<double(std::span<const double>, std::span<const double>)>& statistic, int resamples,
    std::uint64_t seed, double level)
{
    if (a.empty() || b.empty() || resamples < 1) {
        return std::nullopt;
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> ia(0, a.size() - 1);
    std::uniform_int_distribution<std::size_t> ib(0, b.size() - 1);
    std::vector<double> ra(a.size());
    std::vector<double> rb(b.size());
    std::vector<double> stats(static_cast<std::size_t>(resamples));
    for (double& s : stats) {
        std::generate(ra.begin(), ra.end(), [&] { return a[ia(rng)]; });
        std::generate(rb.begin(), rb.end(), [&] { return b[ib(rng)]; });
        s = statistic(ra, rb);
        if (!std::isfinite(s)) {
            return std::nullopt;
        }
    }
    return percentiles(stats, level);
}

} // namespace rb::stats

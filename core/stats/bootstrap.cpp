// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootstrap.h"

#include "descriptive.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <functional>
#include <numeric>
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

Interval percentiles(std::vector<double>& v, double level);

/// Type-7 quantiles at α/2 and 1 − α/2 from the tails only: a bounded heap keeps the k + 2 smallest (and
/// largest) values, so one pass costs O(B) compares plus O(k log k) for the few values that enter.
/// Falls back to selection when the tails are not small.
Interval tailPercentiles(std::vector<double>& v, double level)
{
    const std::size_t n = v.size();
    const double hLo = (double(n) - 1.0) * (1 - level) / 2;
    const auto k = std::size_t(std::floor(hLo)) + 2; // order statistics ⌊h⌋ and ⌊h⌋ + 1
    if (level <= 0.5 || 4 * k > n) {
        return percentiles(v, level);
    }
    std::vector<double> small(v.begin(), v.begin() + std::ptrdiff_t(k)); // max-heap of the k smallest
    std::vector<double> large(small); // min-heap of the k largest
    std::make_heap(small.begin(), small.end());
    std::make_heap(large.begin(), large.end(), std::greater<>());
    for (std::size_t i = k; i < n; ++i) {
        const double x = v[i];
        if (x < small.front()) {
            std::pop_heap(small.begin(), small.end());
            small.back() = x;
            std::push_heap(small.begin(), small.end());
        }
        if (x > large.front()) {
            std::pop_heap(large.begin(), large.end(), std::greater<>());
            large.back() = x;
            std::push_heap(large.begin(), large.end(), std::greater<>());
        }
    }
    std::sort(small.begin(), small.end());
    std::sort(large.begin(), large.end());
    // Lower: ranks ⌊h⌋, ⌊h⌋ + 1 are the last two of `small`. Upper: h' = n − 1 − h by symmetry of type 7,
    // ranks ⌊h'⌋, ⌊h'⌋ + 1 counted from the end of the sorted data.
    const double fLo = hLo - std::floor(hLo);
    const double lo = small[k - 2] + fLo * (small[k - 1] - small[k - 2]);
    const double hHi = (double(n) - 1.0) * (1 - (1 - level) / 2);
    const auto iHi = std::size_t(std::floor(hHi));
    const std::size_t first = n - k; // rank of large[0]
    const double x0 = large[iHi - first];
    const double x1 = iHi + 1 < n ? large[iHi + 1 - first] : x0;
    return { lo, x0 + (hHi - double(iHi)) * (x1 - x0) };
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
    return tailPercentiles(ratios, level);
}

namespace {

/// θ* of `resamples` resamples of both groups; empty if a value is not finite.
std::vector<double> resampleStatistic(std::span<const double> a, std::span<const double> b,
    const std::function<double(std::span<const double>, std::span<const double>)>& statistic, int resamples,
    std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> ia(0, a.size() - 1);
    std::uniform_int_distribution<std::size_t> ib(0, b.size() - 1);
    std::vector<double> ra(a.size());
    std::vector<double> rb(b.size());
    std::vector<double> values(static_cast<std::size_t>(resamples));
    for (double& s : values) {
        std::generate(ra.begin(), ra.end(), [&] { return a[ia(rng)]; });
        std::generate(rb.begin(), rb.end(), [&] { return b[ib(rng)]; });
        s = statistic(ra, rb);
        if (!std::isfinite(s)) {
            return {};
        }
    }
    return values;
}

/// Σ U³/n³ and Σ U²/n² of one sample's jackknife, U_i = (n − 1)(θ̄ − θ_i) (SciPy's _bca_interval).
std::pair<double, double> jackknifeTerms(const std::vector<double>& theta)
{
    const double n = double(theta.size());
    const double mean = std::accumulate(theta.begin(), theta.end(), 0.0) / n;
    double num = 0;
    double den = 0;
    for (double t : theta) {
        const double u = (n - 1) * (mean - t);
        num += u * u * u;
        den += u * u;
    }
    return { num / (n * n * n), den / (n * n) };
}

} // namespace

std::optional<Interval> bcaBootstrapCi(std::span<const double> a, std::span<const double> b,
    const std::function<double(std::span<const double>, std::span<const double>)>& statistic, int resamples,
    std::uint64_t seed, double level)
{
    if (a.size() < 2 || b.size() < 2 || resamples < 1) {
        return std::nullopt;
    }
    std::vector<double> boot = resampleStatistic(a, b, statistic, resamples, seed);
    if (boot.empty()) {
        return std::nullopt;
    }
    const double theta = statistic(a, b);
    const double less = double(std::count_if(boot.begin(), boot.end(), [&](double t) { return t < theta; }));
    const double leq = double(std::count_if(boot.begin(), boot.end(), [&](double t) { return t <= theta; }));
    const boost::math::normal norm;
    const double pct = (less + leq) / (2 * double(boot.size()));
    if (pct <= 0 || pct >= 1) {
        return std::nullopt;
    }
    const double z0 = boost::math::quantile(norm, pct);
    std::vector<double> rest;
    std::vector<double> thetaA;
    std::vector<double> thetaB;
    for (std::size_t i = 0; i < a.size(); ++i) {
        rest.assign(a.begin(), a.end());
        rest.erase(rest.begin() + std::ptrdiff_t(i));
        thetaA.push_back(statistic(rest, b));
    }
    for (std::size_t i = 0; i < b.size(); ++i) {
        rest.assign(b.begin(), b.end());
        rest.erase(rest.begin() + std::ptrdiff_t(i));
        thetaB.push_back(statistic(a, rest));
    }
    const auto [numA, denA] = jackknifeTerms(thetaA);
    const auto [numB, denB] = jackknifeTerms(thetaB);
    const double accel = (numA + numB) / (6 * std::pow(denA + denB, 1.5));
    const auto adjusted = [&](double alpha) {
        const double z = z0 + boost::math::quantile(norm, alpha);
        return boost::math::cdf(norm, z0 + z / (1 - accel * z));
    };
    const double alpha = (1 - level) / 2;
    const double lo = adjusted(alpha);
    const double hi = adjusted(1 - alpha);
    if (!std::isfinite(accel) || !(lo >= 0 && hi <= 1)) {
        return std::nullopt;
    }
    std::sort(boot.begin(), boot.end());
    return Interval { quantileSorted(boot, lo), quantileSorted(boot, hi) };
}

std::optional<Interval> percentileBootstrapCi(std::span<const double> a, std::span<const double> b,
    const std::function<double(std::span<const double>, std::span<const double>)>& statistic, int resamples,
    std::uint64_t seed, double level)
{
    if (a.empty() || b.empty() || resamples < 1) {
        return std::nullopt;
    }
    std::vector<double> values = resampleStatistic(a, b, statistic, resamples, seed);
    if (values.empty()) {
        return std::nullopt;
    }
    return percentiles(values, level);
}

} // namespace rb::stats

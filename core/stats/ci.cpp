// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci.h"

#include "descriptive.h"

#include <algorithm>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cfloat>
#include <cmath>

namespace rb::stats {

namespace {

double tQuantile(double df, double level)
{
    return boost::math::quantile(boost::math::students_t(df), 1 - (1 - level) / 2);
}

/// R's qbinom(q, n, p): the smallest k with P(B ≤ k) ≥ q (q fuzzed down by 64 ε as R does).
std::size_t qbinom(double q, std::size_t n, double p)
{
    if (p <= 0) {
        return 0;
    }
    if (p >= 1) {
        return n;
    }
    const boost::math::binomial_distribution<double> dist(double(n), p);
    const double target = q * (1 - 64 * DBL_EPSILON);
    std::size_t lo = 0;
    std::size_t hi = n;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (boost::math::cdf(dist, double(mid)) >= target) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

} // namespace

std::optional<Interval> meanCi(std::span<const double> x, double level)
{
    const auto se = sem(x);
    if (!se) {
        return std::nullopt;
    }
    const double m = mean(x);
    const double h = tQuantile(double(x.size()) - 1, level) * *se;
    return Interval { m - h, m + h };
}

std::pair<std::size_t, std::size_t> quantileCiRanks(std::size_t n, double p, double level)
{
    const double alpha = 1 - level;
    const std::size_t r = qbinom(alpha / 2, n, p);
    const std::size_t s = qbinom(1 - alpha / 2, n, p) + 1;
    return { std::clamp<std::size_t>(r, 1, n), std::clamp<std::size_t>(s, 1, n) };
}

Interval quantileCiSorted(std::span<const double> sorted, double p, double level)
{
    const auto [r, s] = quantileCiRanks(sorted.size(), p, level);
    return { sorted[r - 1], sorted[s - 1] };
}

std::optional<Interval> fiellerRatioCi(std::span<const double> a, std::span<const double> b, double level)
{
    const auto sa = sd(a);
    const auto sb = sd(b);
    if (!sa || !sb) {
        return std::nullopt;
    }
    const double ma = mean(a);
    const double mb = mean(b);
    const double va = *sa * *sa / double(a.size());
    const double vb = *sb * *sb / double(b.size());
    if (mb == 0) {
        return std::nullopt;
    }
    const double r = ma / mb;
    const double num = va + r * r * vb;
    if (!(num > 0)) {
        return Interval { r, r }; // both groups constant: the ratio is known exactly
    }
    const double den = va * va / double(a.size() - 1) + std::pow(r, 4) * vb * vb / double(b.size() - 1);
    const double t = tQuantile(num * num / den, level);
    const double g = t * t * vb / (mb * mb);
    if (g >= 1) {
        return std::nullopt;
    }
    const double half = t / std::abs(mb) * std::sqrt(va * (1 - g) + r * r * vb);
    return Interval { (r - half) / (1 - g), (r + half) / (1 - g) };
}

} // namespace rb::stats

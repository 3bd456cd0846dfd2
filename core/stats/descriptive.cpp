// SPDX-License-Identifier: GPL-3.0-or-later
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace rb::stats {

double mean(std::span<const double> x)
{
    if (x.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    // Two passes: the mean of the deviations from a first estimate corrects rounding (as numpy does not,
    // but it keeps 1e-15 relative error on data with a large offset).
    const double m0 = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
    double corr = 0;
    for (double v : x) {
        corr += v - m0;
    }
    return m0 + corr / double(x.size());
}

std::optional<double> sd(std::span<const double> x)
{
    if (x.size() < 2) {
        return std::nullopt;
    }
    const double m = mean(x);
    double ss = 0;
    double comp = 0;
    for (double v : x) {
        ss += (v - m) * (v - m);
        comp += v - m;
    }
    const double n = double(x.size());
    return std::sqrt(std::max(0.0, (ss - comp * comp / n) / (n - 1)));
}

std::optional<double> sem(std::span<const double> x)
{
    const auto s = sd(x);
    if (!s) {
        return std::nullopt;
    }
    return *s / std::sqrt(double(x.size()));
}

double quantileSorted(std::span<const double> sorted, double p)
{
    const double h = (double(sorted.size()) - 1.0) * p;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

double median(std::span<const double> x)
{
    if (x.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::vector<double> v(x.begin(), x.end());
    std::sort(v.begin(), v.end());
    return quantileSorted(v, 0.5);
}

double madSorted(std::span<const double> sorted)
{
    const double med = quantileSorted(sorted, 0.5);
    std::vector<double> dev(sorted.size());
    std::transform(sorted.begin(), sorted.end(), dev.begin(), [med](double v) { return std::abs(v - med); });
    // The deviations are two sorted runs (below and above the median): an O(n) selection suffices.
    const std::size_t n = dev.size();
    std::nth_element(dev.begin(), dev.begin() + std::ptrdiff_t(n / 2), dev.end());
    const double upper = dev[n / 2];
    if (n % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(dev.begin(), dev.begin() + std::ptrdiff_t(n / 2));
    return lower + 0.5 * (upper - lower);
}

double iqrSorted(std::span<const double> sorted)
{
    return quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
}

namespace {

/// Central moments m2, m3, m4 (divided by n).
void centralMoments(std::span<const double> x, double& m2, double& m3, double& m4)
{
    const double m = mean(x);
    m2 = m3 = m4 = 0;
    for (double v : x) {
        const double d = v - m;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    const double n = double(x.size());
    m2 /= n;
    m3 /= n;
    m4 /= n;
}

} // namespace

std::optional<double> skewness(std::span<const double> x)
{
    if (x.size() < 3) {
        return std::nullopt;
    }
    double m2, m3, m4;
    centralMoments(x, m2, m3, m4);
    if (m2 <= 0) {
        return std::nullopt;
    }
    const double n = double(x.size());
    const double g1 = m3 / std::pow(m2, 1.5);
    return g1 * std::sqrt(n * (n - 1)) / (n - 2);
}

std::optional<double> excessKurtosis(std::span<const double> x)
{
    if (x.size() < 4) {
        return std::nullopt;
    }
    double m2, m3, m4;
    centralMoments(x, m2, m3, m4);
    if (m2 <= 0) {
        return std::nullopt;
    }
    const double n = double(x.size());
    const double g2 = m4 / (m2 * m2) - 3.0;
    return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3));
}

Summary summarize(std::span<const double> x, std::span<const double> sorted)
{
    Summary s;
    s.n = x.size();
    if (x.empty()) {
        return s;
    }
    s.mean = mean(x);
    s.sd = sd(x);
    s.sem = sem(x);
    s.median = quantileSorted(sorted, 0.5);
    s.min = sorted.front();
    s.max = sorted.back();
    s.mad = madSorted(sorted);
    s.iqr = iqrSorted(sorted);
    return s;
}

} // namespace rb::stats

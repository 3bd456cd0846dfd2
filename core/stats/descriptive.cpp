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
    return std::sqrt((ss - comp * comp / n) / (n - 1));
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

} // namespace rb::stats

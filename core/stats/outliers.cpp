// SPDX-License-Identifier: GPL-3.0-or-later
#include "outliers.h"

#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rb::stats {

namespace {

std::size_t countOutside(std::span<const double> sorted, double lo, double hi)
{
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), lo) - sorted.begin();
    const auto above = sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), hi);
    return std::size_t(below + above);
}

} // namespace

TukeyBox tukeyBox(std::span<const double> sorted)
{
    TukeyBox b;
    b.q1 = quantileSorted(sorted, 0.25);
    b.median = quantileSorted(sorted, 0.5);
    b.q3 = quantileSorted(sorted, 0.75);
    const double lo = b.q1 - 1.5 * (b.q3 - b.q1);
    const double hi = b.q3 + 1.5 * (b.q3 - b.q1);
    b.whiskerLow = b.q1;
    b.whiskerHigh = b.q3;
    for (const double v : sorted) {
        if (v < lo || v > hi) {
            b.outliers.push_back(v);
        } else {
            b.whiskerLow = std::min(b.whiskerLow, v);
            b.whiskerHigh = std::max(b.whiskerHigh, v);
        }
    }
    return b;
}

Outliers findOutliers(std::span<const double> sorted)
{
    Outliers o;
    const double q1 = quantileSorted(sorted, 0.25);
    const double q3 = quantileSorted(sorted, 0.75);
    const double iqr = q3 - q1;
    o.tukeyMild = countOutside(sorted, q1 - 1.5 * iqr, q3 + 1.5 * iqr);
    o.tukeySevere = countOutside(sorted, q1 - 3 * iqr, q3 + 3 * iqr);
    const double mad = madSorted(sorted);
    if (mad > 0) {
        const double med = quantileSorted(sorted, 0.5);
        o.mad = std::size_t(std::count_if(
            sorted.begin(), sorted.end(), [&](double v) { return std::abs(0.6745 * (v - med) / mad) > 3.5; }));
    }
    return o;
}

std::optional<double> bimodalityCoefficient(std::span<const double> x)
{
    const auto g = skewness(x);
    const auto k = excessKurtosis(x);
    if (!g || !k) {
        return std::nullopt;
    }
    const double n = double(x.size());
    return (*g * *g + 1) / (*k + 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)));
}

QStringList sampleWarnings(std::span<const double> x, std::span<const double> sorted)
{
    QStringList w;
    if (x.size() < 5) {
        w << QStringLiteral("only %1 value(s): fewer than 5 samples, tests have little power").arg(x.size());
        return w;
    }
    std::vector<double> rest(x.begin() + 1, x.end());
    std::sort(rest.begin(), rest.end());
    const double q1 = quantileSorted(rest, 0.25);
    const double q3 = quantileSorted(rest, 0.75);
    if (x.front() > q3 + 1.5 * (q3 - q1)) {
        w << QStringLiteral("slow first run: %1 is above Q3 + 1.5 IQR of the other runs (warm-up effect?)")
                 .arg(x.front());
    }
    if (x.size() >= 10) {
        const auto bc = bimodalityCoefficient(sorted);
        if (bc && *bc > 5.0 / 9.0) {
            w << QStringLiteral("bimodality hint: bimodality coefficient %1 > 0.555").arg(*bc, 0, 'f', 3);
        }
    }
    return w;
}

} // namespace rb::stats
